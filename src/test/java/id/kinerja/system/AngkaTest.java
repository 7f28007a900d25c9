package id.kinerja.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Numbers as Indonesian readers write them. */
class AngkaTest {

  private final Angka angka = new Angka();

  @Test
  void decimalComma_thousandsDot_roundedHalfUp() {
    assertThat(angka.desimal(new BigDecimal("2.7692"), 2)).isEqualTo("2,77");
    assertThat(angka.desimal(new BigDecimal("88.5"), 2)).isEqualTo("88,50");
    assertThat(angka.desimal(2.675, 2)).isEqualTo("2,68");
    assertThat(angka.desimal(-0.25, 2)).isEqualTo("-0,25");
    assertThat(angka.desimal(1234567.891, 1)).isEqualTo("1.234.567,9");
    assertThat(angka.desimal(42.4, 0)).isEqualTo("42");
  }

  @Test
  void atMostSoManyDecimals_withoutTrailingZeros() {
    assertThat(angka.ringkas(3.0, 1)).isEqualTo("3");
    assertThat(angka.ringkas(2.5, 1)).isEqualTo("2,5");
    assertThat(angka.ringkas(200_000, 0)).isEqualTo("200.000");
  }

  @Test
  void noValue_isADash() {
    assertThat(angka.desimal(null, 2)).isEqualTo("—");
    assertThat(angka.desimal(Double.NaN, 2)).isEqualTo("—");
    assertThat(angka.ringkas(Double.POSITIVE_INFINITY, 1)).isEqualTo("—");
  }
}
