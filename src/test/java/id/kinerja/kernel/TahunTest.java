package id.kinerja.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TahunTest {

  @Test
  void aYearOfTheAppraisalRange_isAYear() {
    assertThat(Tahun.of(2000).value()).isEqualTo(2000);
    assertThat(Tahun.of(2100).value()).isEqualTo(2100);
    assertThat(Tahun.parse(" 2026 ")).isEqualTo(Tahun.of(2026));
    assertThat(Tahun.of(2026).previous()).isEqualTo(Tahun.of(2025));
  }

  @Test
  void outsideTheRange_isRefusedWithTheRange() {
    assertThatThrownBy(() -> Tahun.of(1999)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2000–2100");
    assertThatThrownBy(() -> Tahun.of(2101)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Tahun.parse("2101")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Tahun '2101' tidak sah: tulis tahun empat angka, 2000 sampai 2100");
  }

  @Test
  void textThatIsNotAYear_isRefusedInWords() {
    assertThatThrownBy(() -> Tahun.parse("duaribu")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Tahun 'duaribu' tidak sah: tulis tahun empat angka, 2000 sampai 2100");
    assertThatThrownBy(() -> Tahun.parse(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Tahun.parse("26")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEmployeesYear_hasTheCyclesBusinessKey() {
    PenilaianTahunan year = PenilaianTahunan.of("19850615 201001 2 009", 2026);
    assertThat(year.businessKey()).isEqualTo("198506152010012009-2026")
        .isEqualTo(AppraisalProcess.businessKey("198506152010012009", 2026));
    assertThatThrownBy(() -> new PenilaianTahunan(null, Tahun.of(2026))).isInstanceOf(IllegalArgumentException.class);
  }
}
