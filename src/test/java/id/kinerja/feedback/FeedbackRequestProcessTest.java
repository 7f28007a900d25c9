package id.kinerja.feedback;

import static id.kinerja.feedback.FeedbackRequestProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {
    "kinerja-models/processes/permintaan-umpan-balik.bpmn",
    "kinerja-models/forms/ajukan-umpan-balik.form",
    "kinerja-models/forms/beri-umpan-balik.form",
    "kinerja-models/forms/baca-umpan-balik.form"})
class FeedbackRequestProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder().build();

  @Test
  void feedbackAnswered_thenReadByTheRequester() {
    IdentityService identity = engine.getProcessEngine().getIdentityService();
    identity.setAuthenticatedUserId("198501012010011001");
    ProcessInstance instance;
    try {
      instance = runtimeService().startProcessInstanceByKey(KEY, withVariables(
          RECIPIENT, "197001012000031002", TOPIC, "Laporan triwulan I",
          QUESTION, "Apa yang perlu saya perbaiki dari laporan ini?"));
    } finally {
      identity.clearAuthentication();
    }

    assertThat(instance).isWaitingAt(TASK_GIVE_FEEDBACK);
    assertThat(task()).isAssignedTo("197001012000031002");
    // a week to answer
    org.assertj.core.api.Assertions.assertThat(task().getDueDate())
        .isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(6)))
        .isBefore(java.time.Instant.now().plus(java.time.Duration.ofDays(8)));
    complete(task(), withVariables(ANSWER, "Tambahkan perbandingan dengan target."));

    assertThat(instance).isWaitingAt(TASK_READ_FEEDBACK);
    assertThat(task()).isAssignedTo("198501012010011001");
    complete(task(), withVariables("sudahDibaca", true));

    assertThat(instance).isEnded()
        .hasPassedInOrder(TASK_GIVE_FEEDBACK, TASK_READ_FEEDBACK, END_FEEDBACK_READ)
        .variables().containsEntry(ANSWER, "Tambahkan perbandingan dengan target.");
  }
}
