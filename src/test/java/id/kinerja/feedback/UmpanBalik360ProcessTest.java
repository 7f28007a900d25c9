package id.kinerja.feedback;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import id.kinerja.appraisal.AppraisalSubmissionRules;
import id.kinerja.appraisal.SubmissionRejectedException;
import id.kinerja.appraisal.SubmissionRulesListener;
import id.kinerja.kernel.NilaiBerakhlak;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.system.ProcessProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One rater's 360 feedback (umpan-balik-360), on its own, scenario by scenario. */
@Deployment(resources = {"kinerja-models/processes/umpan-balik-360.bpmn", "kinerja-models/forms/beri-umpan-balik-360.form"})
class UmpanBalik360ProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(1.0)
      .build();

  static final String DINILAI = "198809092012121010";
  static final String PENILAI = "199101012015042011";

  PeerFeedbackService feedback = mock(PeerFeedbackService.class);

  @BeforeEach
  void registerBeans() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register("konfigurasi", new ProcessProperties());
    id.kinerja.support.TaskHeaderBeans.register();
    Mocks.register("recordPeerFeedbackDelegate", new RecordPeerFeedbackDelegate(feedback));
    Mocks.register("submissionRulesListener",
        new SubmissionRulesListener(new AppraisalSubmissionRules(List.of(new PeerFeedbackAnswerRule()))));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void raterAnswers_answerStoredWithoutTheRater_andGoneFromTheEngine() {
    ProcessInstance asked = start(Map.of());
    Task beri = task(PeerFeedbackProcess.Elements.TASK_BERI_UMPAN_BALIK, asked);
    assertThat(beri).isAssignedTo(PENILAI);
    Assertions.assertThat(beri.getName()).isEqualTo("Beri umpan balik 360 untuk Rudi Hartono · 2026");
    assertDueIn(beri, Duration.ofDays(14));

    Map<String, Object> answer = withVariables("komentar", "Selalu siap membantu");
    for (NilaiBerakhlak nilai : NilaiBerakhlak.values()) {
      answer.put(PeerFeedbackProcess.scoreVariable(nilai), nilai == NilaiBerakhlak.ADAPTIF ? "2" : "4");
    }
    complete(beri, answer);

    assertThat(asked).hasPassedInOrder(PeerFeedbackProcess.Elements.TASK_BERI_UMPAN_BALIK,
        PeerFeedbackProcess.Elements.TASK_SIMPAN_UMPAN_BALIK, PeerFeedbackProcess.Elements.END_DIBERIKAN).isEnded();
    verify(feedback).recordAnswer(eq(PenilaianTahunan.of(DINILAI, 2026)), argThat(skor -> skor.size() == 7
        && skor.get(NilaiBerakhlak.ADAPTIF) == 2 && skor.get(NilaiBerakhlak.LOYAL) == 4), eq("Selalu siap membantu"));
    Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(asked.getId()).count())
        .isZero();
    Assertions.assertThat(historyService().createHistoricDetailQuery().processInstanceId(asked.getId()).count()).isZero();
    // who was asked and that they answered stays in the task history, for the admin
    Assertions.assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(asked.getId())
        .singleResult().getAssignee()).isEqualTo(PENILAI);
  }

  @Test
  void raterLetsTheDeadlinePass_taskClosesQuietly_nothingStored() {
    ProcessInstance asked = start(Map.of());

    execute(job(PeerFeedbackProcess.Elements.TIMER_TENGGAT, asked));

    assertThat(asked).hasPassed(PeerFeedbackProcess.Elements.END_TERLEWAT)
        .hasNotPassed(PeerFeedbackProcess.Elements.TASK_SIMPAN_UMPAN_BALIK).isEnded();
    verify(feedback, never()).recordAnswer(any(), any(), any());
  }

  @Test
  void deadlineGivenByTheCaller_winsOverTheProcessProperty() {
    ProcessInstance asked = start(Map.of("tenggatUmpanBalik360", "P3D"));

    assertDueIn(task(asked), Duration.ofDays(3));
    Assertions.assertThat(job(PeerFeedbackProcess.Elements.TIMER_TENGGAT, asked).getDuedate())
        .isCloseTo(task(asked).getDueDate(), 60_000);
  }

  @Test
  void answerWithoutEveryScore_isRejected() {
    ProcessInstance asked = start(Map.of());

    Assertions.assertThatThrownBy(() -> complete(task(asked), withVariables("skorLoyal", "5", "komentar", "x".repeat(1001))))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("Skor \"Akuntabel\": wajib diisi")
        .hasMessageContaining("Komentar: paling banyak 1000 karakter");
    assertThat(asked).isWaitingAt(PeerFeedbackProcess.Elements.TASK_BERI_UMPAN_BALIK);
  }

  ProcessInstance start(Map<String, Object> extra) {
    Map<String, Object> variables = withVariables("nipDinilai", DINILAI, "namaDinilai", "Rudi Hartono",
        "tahun", 2026, "penilai", PENILAI);
    variables.putAll(extra);
    return runtimeService().startProcessInstanceByKey(PeerFeedbackProcess.KEY, variables);
  }

  static void assertDueIn(Task task, Duration expected) {
    Instant now = Instant.now();
    Assertions.assertThat(task.getDueDate().toInstant())
        .isBetween(now.plus(expected).minus(Duration.ofMinutes(5)), now.plus(expected));
  }
}
