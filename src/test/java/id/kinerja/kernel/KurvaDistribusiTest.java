package id.kinerja.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checking of a distribution against limits, with the rounding at small unit sizes. */
class KurvaDistribusiTest {

  @ParameterizedTest(name = "MAKS {0}% of {1} = {2} people")
  @CsvSource({"70, 1, 0", "70, 2, 1", "70, 3, 2", "70, 7, 4", "70, 10, 7", "10, 9, 0", "10, 10, 1", "0, 25, 0"})
  void maks_roundsDown(int persen, int n, int expected) {
    assertThat(KurvaDistribusi.Batas.of("SANGAT_BAIK", "MAKS", persen, "").orang(n)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "MIN {0}% of {1} = {2} people")
  @CsvSource({"60, 1, 1", "60, 2, 2", "60, 3, 2", "60, 5, 3", "60, 10, 6", "10, 1, 1", "10, 10, 1", "10, 11, 2", "1, 3, 1", "60, 0, 0"})
  void min_roundsUp(int persen, int n, int expected) {
    assertThat(KurvaDistribusi.Batas.of("BUTUH_PERBAIKAN", "MIN", persen, "").orang(n)).isEqualTo(expected);
  }

  @Test
  void severalPredikatInOneRow_areCountedTogether() {
    var batas = KurvaDistribusi.Batas.of("KURANG_MISCONDUCT, BUTUH_PERBAIKAN", "MIN", 10, "Kurang dan/atau Butuh Perbaikan");

    var hasil = KurvaDistribusi.periksa(List.of(batas), Map.of("SANGAT_KURANG", 8, "KURANG_MISCONDUCT", 1, "BUTUH_PERBAIKAN", 1));

    assertThat(hasil.jumlahPegawai()).isEqualTo(10);
    assertThat(hasil.baris().get(0).jumlah()).isEqualTo(2);
    assertThat(hasil.dalamKurva()).isTrue();
  }

  @Test
  void oneEmployeeRatedSangatBaik_inAnIstimewaUnit_isOutside_becauseSeventyPercentOfOneIsNobody() {
    var hasil = KurvaDistribusi.periksa(List.of(KurvaDistribusi.Batas.of("SANGAT_BAIK", "MAKS", 70, "Sangat Baik paling banyak 70%")),
        Map.of("SANGAT_BAIK", 1));

    assertThat(hasil.dalamKurva()).isFalse();
    assertThat(hasil.tabel(Map.of("SANGAT_BAIK", 1)))
        .contains("| Sangat Baik | 1 |").contains("| Sangat Baik paling banyak 70% | 1 | paling banyak 0 | **TIDAK terpenuhi** |");
  }

  @Test
  void emptyUnit_isInside() {
    var hasil = KurvaDistribusi.periksa(List.of(KurvaDistribusi.Batas.of("SANGAT_KURANG", "MIN", 60, "")), Map.of());

    assertThat(hasil.dalamKurva()).isTrue();
  }
}
