package id.kinerja.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rounding the DMN kurva-distribusi prescribes: a maximum rounds down, a minimum rounds up. */
class DistributionCurveLimitTest {

  @Test
  void maximumRoundsDown_minimumRoundsUp_andOnePercentMeansAtLeastOnePerson() {
    var baikMaks = new DistributionCurve.Limit(List.of(Predikat.BAIK), "MAKS", 70, "");
    var perbaikanMin = new DistributionCurve.Limit(List.of(Predikat.BUTUH_PERBAIKAN, Predikat.KURANG_MISCONDUCT),
        "MIN", 1, "");
    var sangatBaikNone = new DistributionCurve.Limit(List.of(Predikat.SANGAT_BAIK), "MAKS", 0, "");

    assertThat(baikMaks.people(4)).isEqualTo(2);      // 2.8
    assertThat(baikMaks.people(10)).isEqualTo(7);     // exactly 7.0, not 6
    assertThat(perbaikanMin.people(4)).isEqualTo(1);  // 0.04
    assertThat(perbaikanMin.people(0)).isZero();
    assertThat(new DistributionCurve.Limit(List.of(Predikat.BUTUH_PERBAIKAN), "MIN", 60, "").people(10)).isEqualTo(6);
    assertThat(sangatBaikNone.people(25)).isZero();
  }

  @Test
  void predikatCountedTogether_areSummed() {
    Map<Predikat, Integer> counts = new EnumMap<>(Map.of(Predikat.BAIK, 2, Predikat.KURANG_MISCONDUCT, 1,
        Predikat.SANGAT_BAIK, 1));
    var perbaikanMin = new DistributionCurve.Limit(List.of(Predikat.BUTUH_PERBAIKAN, Predikat.KURANG_MISCONDUCT),
        "MIN", 1, "");
    var baikMaks = new DistributionCurve.Limit(List.of(Predikat.BAIK), "MAKS", 70, "");
    var sangatBaikNone = new DistributionCurve.Limit(List.of(Predikat.SANGAT_BAIK), "MAKS", 0, "");

    assertThat(perbaikanMin.actual(counts)).isEqualTo(1);
    assertThat(perbaikanMin.met(counts, 4)).isTrue();
    assertThat(baikMaks.met(counts, 4)).isTrue();
    assertThat(baikMaks.met(Map.of(Predikat.BAIK, 3), 4)).isFalse();
    assertThat(sangatBaikNone.met(counts, 4)).isFalse();
  }
}
