package id.kinerja.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppraisalAccessTest {

  @Test
  void theAssigneeExpressionOfAPejabatsTask_namesItsVariable_blanksIgnored() {
    assertThat(AppraisalAccess.pejabatVariableOf("${pejabatPenilai}")).isEqualTo(AppraisalAccess.APPRAISER_VARIABLE);
    assertThat(AppraisalAccess.pejabatVariableOf("${ atasanPejabatPenilai }")).isEqualTo(AppraisalAccess.ATASAN_VARIABLE);
  }

  @Test
  void anyOtherAssignee_namesNone() {
    assertThat(AppraisalAccess.pejabatVariableOf("${nip}")).isNull();
    assertThat(AppraisalAccess.pejabatVariableOf("${pejabatPenilaiLama}")).isNull();
    assertThat(AppraisalAccess.pejabatVariableOf("197003151995031001")).isNull();
    assertThat(AppraisalAccess.pejabatVariableOf(null)).isNull();
  }
}
