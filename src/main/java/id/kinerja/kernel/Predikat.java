package id.kinerja.kernel;

import java.util.Arrays;
import java.util.Optional;

/** The five predikat kinerja pegawai; the names are the contract of the DMNs and the tables. */
public enum Predikat {
  SANGAT_BAIK("Sangat Baik"),
  BAIK("Baik"),
  BUTUH_PERBAIKAN("Butuh Perbaikan"),
  KURANG_MISCONDUCT("Kurang/Misconduct"),
  SANGAT_KURANG("Sangat Kurang");

  private final String label;

  Predikat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<Predikat> parse(String value) {
    return Arrays.stream(values()).filter(p -> p.name().equals(value)).findFirst();
  }

  /** The label of a code, or the code itself when it is not a predikat. */
  public static String labelOf(String code) {
    return parse(code).map(Predikat::label).orElse(String.valueOf(code));
  }
}
