package id.kinerja.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The curve rule, the product's only one, cell by cell against the official limits of SE MenPANRB
 * 3/2023 as the DMN kurva-distribusi writes them (MAKS rounds down, MIN rounds up), on small and odd
 * unit sizes where the rounding decides.
 */
class KurvaDistribusiTest {

  /** The unit sizes of the table below, column by column. */
  static final int[] SIZES = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 23, 25};

  @ParameterizedTest(name = "{0} {1}% for n = 1..11, 13, 15, 17, 23, 25")
  @CsvSource(delimiter = '|', value = {
      // every kind of limit the official table has; people allowed (MAKS) or required (MIN)
      "MAKS | 70 | 0 1 2 2 3 4 4 5 6 7 7 9 10 11 16 17",   // Istimewa: Sangat Baik; Baik: Baik
      "MAKS | 10 | 0 0 0 0 0 0 0 0 0 1 1 1 1 1 2 2",       // Butuh Perbaikan, Kurang: Sangat Baik
      "MAKS |  0 | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",       // Sangat Kurang: no Sangat Baik
      "MIN  | 60 | 1 2 2 3 3 4 5 5 6 6 7 8 9 11 14 15",    // the unit's own predikat at least 60%
      "MIN  | 10 | 1 1 1 1 1 1 1 1 1 1 2 2 2 2 3 3",       // Kurang: Butuh Perbaikan; Sangat Kurang: K and/or BP
      "MIN  |  1 | 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1"})     // Baik: "some Butuh Perbaikan and/or Kurang"
  void limitInPeople_cellByCell(String jenis, int persen, String people) {
    int[] expected = Arrays.stream(people.strip().split(" +")).mapToInt(Integer::parseInt).toArray();
    var batas = KurvaDistribusi.Batas.of("BAIK", jenis, persen, "");
    for (int i = 0; i < SIZES.length; i++) {
      assertThat(batas.orang(SIZES[i])).as("%s %d%% of %d", jenis, persen, SIZES[i]).isEqualTo(expected[i]);
    }
  }

  @Test
  void exactPercentages_areNotRoundedAway() {
    // 70% of 10 is exactly 7 (a double would make it 6.999...), 60% of 5 exactly 3 (not 4), 10% of 20 exactly 2
    assertThat(KurvaDistribusi.Batas.of("SANGAT_BAIK", "MAKS", 70, "").orang(10)).isEqualTo(7);
    assertThat(KurvaDistribusi.Batas.of("BUTUH_PERBAIKAN", "MIN", 60, "").orang(5)).isEqualTo(3);
    assertThat(KurvaDistribusi.Batas.of("BUTUH_PERBAIKAN", "MIN", 10, "").orang(20)).isEqualTo(2);
    assertThat(KurvaDistribusi.Batas.of("BUTUH_PERBAIKAN", "MIN", 60, "").orang(0)).isZero();
  }

  @ParameterizedTest(name = "{0}: SB/B/BP/K/SK = {1} -> inside {2}")
  @CsvSource({
      // Istimewa, one Sangat Baik in a unit of one: 70% of 1 is nobody
      "ISTIMEWA,        1/0/0/0/0, false",
      "ISTIMEWA,        2/1/0/0/0, true",
      "ISTIMEWA,        3/0/0/0/0, false",
      // Baik, a unit of three: Baik at most 2, somebody Butuh Perbaikan or Kurang
      "BAIK,            0/2/1/0/0, true",
      "BAIK,            0/2/0/1/0, true",
      "BAIK,            1/2/0/0/0, false",
      "BAIK,            0/3/0/0/0, false",
      // Butuh Perbaikan, a unit of seven: BP at least 5, SB none (10% of 7 is nobody)
      "BUTUH_PERBAIKAN, 0/2/5/0/0, true",
      "BUTUH_PERBAIKAN, 1/1/5/0/0, false",
      "BUTUH_PERBAIKAN, 0/3/4/0/0, false",
      // Kurang, a unit of eleven: K at least 7, BP at least 2, SB at most 1
      "KURANG,          1/1/2/7/0, true",
      "KURANG,          1/0/1/9/0, false",
      "KURANG,          2/0/2/7/0, false",
      // Sangat Kurang, a unit of five: SK at least 3, K and/or BP at least 1, no SB
      "SANGAT_KURANG,   0/1/0/1/3, true",
      "SANGAT_KURANG,   0/0/0/1/4, true",
      "SANGAT_KURANG,   0/2/0/0/3, false",
      "SANGAT_KURANG,   1/0/1/0/3, false"})
  void oddUnits_againstTheOfficialTable(String capaian, String distribution, boolean inside) {
    assertThat(KurvaDistribusi.periksa(OFFICIAL.get(capaian), counts(distribution)).dalamKurva()).isEqualTo(inside);
  }

  @Test
  void severalPredikatInOneRow_areCountedTogether() {
    var batas = KurvaDistribusi.Batas.of("KURANG_MISCONDUCT, BUTUH_PERBAIKAN", "MIN", 10, "Kurang dan/atau Butuh Perbaikan");

    var hasil = KurvaDistribusi.periksa(List.of(batas), Map.of(Predikat.SANGAT_KURANG, 8, Predikat.KURANG_MISCONDUCT, 1,
        Predikat.BUTUH_PERBAIKAN, 1));

    assertThat(hasil.jumlahPegawai()).isEqualTo(10);
    assertThat(hasil.baris().get(0).jumlah()).isEqualTo(2);
    assertThat(hasil.dalamKurva()).isTrue();
  }

  @Test
  void oneEmployeeRatedSangatBaik_inAnIstimewaUnit_isOutside_becauseSeventyPercentOfOneIsNobody() {
    var hasil = KurvaDistribusi.periksa(OFFICIAL.get("ISTIMEWA"), KurvaDistribusi.hitung(List.of("SANGAT_BAIK")));

    assertThat(hasil.dalamKurva()).isFalse();
    assertThat(hasil.tabel())
        .contains("| Sangat Baik | 1 |").contains("| Baik | 0 |")
        .contains("| Sangat Baik paling banyak 70% | 1 | paling banyak 0 | **TIDAK terpenuhi** |");
  }

  @Test
  void emptyUnit_isInside() {
    var hasil = KurvaDistribusi.periksa(OFFICIAL.get("SANGAT_KURANG"), Map.of());

    assertThat(hasil.jumlahPegawai()).isZero();
    assertThat(hasil.dalamKurva()).isTrue(); // every limit of nobody is nobody
  }

  @Test
  void aRowTheRuleCannotRead_isRefused() {
    assertThatThrownBy(() -> KurvaDistribusi.Batas.of("LUAR_BIASA", "MAKS", 10, ""))
        .hasMessageContaining("LUAR_BIASA");
    assertThatThrownBy(() -> KurvaDistribusi.Batas.of("BAIK", "KIRA", 10, "")).hasMessageContaining("KIRA");
    assertThatThrownBy(() -> KurvaDistribusi.Batas.of("BAIK", "MAKS", 101, "")).hasMessageContaining("101");
  }

  /** The rows of processes/kurva-distribusi.dmn (KurvaDistribusiDecisionTest holds the DMN to them). */
  static final Map<String, List<KurvaDistribusi.Batas>> OFFICIAL = Map.of(
      "ISTIMEWA", List.of(KurvaDistribusi.Batas.of("SANGAT_BAIK", "MAKS", 70, "Sangat Baik paling banyak 70%")),
      "BAIK", List.of(KurvaDistribusi.Batas.of("BAIK", "MAKS", 70, "Baik paling banyak 70%"),
          KurvaDistribusi.Batas.of("BUTUH_PERBAIKAN,KURANG_MISCONDUCT", "MIN", 1, "")),
      "BUTUH_PERBAIKAN", List.of(KurvaDistribusi.Batas.of("BUTUH_PERBAIKAN", "MIN", 60, ""),
          KurvaDistribusi.Batas.of("SANGAT_BAIK", "MAKS", 10, "")),
      "KURANG", List.of(KurvaDistribusi.Batas.of("KURANG_MISCONDUCT", "MIN", 60, ""),
          KurvaDistribusi.Batas.of("BUTUH_PERBAIKAN", "MIN", 10, ""), KurvaDistribusi.Batas.of("SANGAT_BAIK", "MAKS", 10, "")),
      "SANGAT_KURANG", List.of(KurvaDistribusi.Batas.of("SANGAT_KURANG", "MIN", 60, ""),
          KurvaDistribusi.Batas.of("KURANG_MISCONDUCT,BUTUH_PERBAIKAN", "MIN", 10, ""),
          KurvaDistribusi.Batas.of("SANGAT_BAIK", "MAKS", 0, "")));

  static Map<Predikat, Integer> counts(String distribution) {
    String[] n = distribution.strip().split("/");
    Map<Predikat, Integer> counts = new EnumMap<>(Predikat.class);
    for (int i = 0; i < Predikat.values().length; i++) {
      counts.put(Predikat.values()[i], Integer.parseInt(n[i]));
    }
    return counts;
  }
}
