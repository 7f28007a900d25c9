package id.kinerja.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import org.springframework.stereotype.Component;

/**
 * Numbers as Indonesian readers write them: a decimal comma and a dot between thousands
 * ("2,77", "1.234,5"), rounded half up to the precision the page means, never the machine's
 * "2.7692". In Thymeleaf: {@code ${@angka.desimal(x, 2)}} (always two decimals, for an index such as
 * the IKM) and {@code ${@angka.ringkas(x, 1)}} (at most one, "3 hari", "2,5 hari"). The JSON API
 * and the CSV export keep plain numbers.
 */
@Component("angka")
public class Angka {

  private static final DecimalFormatSymbols SIMBOL = DecimalFormatSymbols.getInstance(Waktu.INDONESIA);

  static {
    SIMBOL.setDecimalSeparator(',');
    SIMBOL.setGroupingSeparator('.');
  }

  /** Exactly {@code digits} decimals; "—" for no value (null, not a number). */
  public String desimal(Number value, int digits) {
    return format(value, digits, digits);
  }

  /** At most {@code digits} decimals, trailing zeros dropped; "—" for no value. */
  public String ringkas(Number value, int digits) {
    return format(value, 0, digits);
  }

  public static String format(Number value, int minDigits, int maxDigits) {
    if (value == null || value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f)) {
      return "—";
    }
    DecimalFormat format = new DecimalFormat("#,##0", (DecimalFormatSymbols) SIMBOL.clone());
    format.setMinimumFractionDigits(minDigits);
    format.setMaximumFractionDigits(maxDigits);
    format.setRoundingMode(RoundingMode.HALF_UP);
    BigDecimal exact = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    return format.format(exact);
  }
}
