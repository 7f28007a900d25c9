package id.kinerja.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingCodesTest {

  @Test
  void codesAreLong_unambiguous_andDifferent() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String code = TrackingCodes.next();
      assertThat(code).hasSize(12).doesNotContainPattern("[01OIL]").matches("[2-9A-Z]{12}");
      seen.add(code);
    }
    assertThat(seen).hasSize(10_000);
  }

  @Test
  void typedCodes_areNormalised_orRefused() {
    assertThat(TrackingCodes.normalise("k7qm-x4pr-9htb")).contains("K7QMX4PR9HTB");
    assertThat(TrackingCodes.normalise(" K7QM X4PR 9HTB ")).contains("K7QMX4PR9HTB");
    assertThat(TrackingCodes.display("K7QMX4PR9HTB")).isEqualTo("K7QM-X4PR-9HTB");
    assertThat(TrackingCodes.normalise("K7QM-X4PR-9HT")).isEmpty();
    assertThat(TrackingCodes.normalise("K7QM-X4PR-9HT0")).isEmpty();
    assertThat(TrackingCodes.normalise("<script>alert(1)</script>")).isEmpty();
    assertThat(TrackingCodes.normalise(null)).isEmpty();
  }
}
