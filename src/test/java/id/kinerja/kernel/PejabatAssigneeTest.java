package id.kinerja.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** Which pejabat a user task is meant for, read from its assignee expression (a mutasi relies on it). */
class PejabatAssigneeTest {

  static final BpmnModelInstance MODEL = Bpmn.readModelFromFile(new File("processes/appraisal-cycle.bpmn"));

  static String assigneeOf(String taskId) {
    return MODEL.<UserTask>getModelElementById(taskId).getCamundaAssignee();
  }

  @Test
  void theModelsPejabatTasks_nameTheirPejabat() {
    assertThat(AppraisalProcess.pejabatAssignedBy(assigneeOf(AppraisalProcess.Elements.TASK_REVIEW_SKP)))
        .isSameAs(AppraisalProcess.PEJABAT_PENILAI);
    assertThat(AppraisalProcess.pejabatAssignedBy(assigneeOf(AppraisalProcess.Elements.TASK_TINDAK_LANJUT_REVIEW)))
        .isSameAs(AppraisalProcess.ATASAN_PEJABAT_PENILAI);
    assertThat(AppraisalProcess.pejabatAssignedBy(assigneeOf(AppraisalProcess.Elements.TASK_DRAFT_SKP))).isNull();
  }

  @Test
  void blanksInTheExpression_areIgnored() {
    assertThat(AppraisalProcess.pejabatAssignedBy("${ atasanPejabatPenilai }")).isSameAs(AppraisalProcess.ATASAN_PEJABAT_PENILAI);
  }

  @Test
  void anyOtherAssignee_namesNone() {
    assertThat(AppraisalProcess.pejabatAssignedBy("${pejabatPenilaiLama}")).isNull();
    assertThat(AppraisalProcess.pejabatAssignedBy("197003151995031001")).isNull();
    assertThat(AppraisalProcess.pejabatAssignedBy(null)).isNull();
  }
}
