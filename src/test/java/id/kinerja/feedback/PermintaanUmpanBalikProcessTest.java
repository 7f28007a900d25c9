package id.kinerja.feedback;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import id.kinerja.appraisal.AppraisalSubmissionRules;
import id.kinerja.appraisal.SubmissionRulesListener;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"kinerja-models/processes/permintaan-umpan-balik.bpmn",
    "kinerja-models/forms/ajukan-umpan-balik.form", "kinerja-models/forms/beri-umpan-balik.form",
    "kinerja-models/forms/baca-umpan-balik.form"})
class PermintaanUmpanBalikProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(1.0)
      .build();

  @BeforeEach
  void useThisEngine() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register("submissionRulesListener", new SubmissionRulesListener(new AppraisalSubmissionRules(List.of())));
    Mocks.register("organisasi", id.kinerja.support.TaskHeaderBeans.register());
  }

  @AfterEach
  void logOut() {
    identityService().setAuthenticatedUserId(null);
    BpmnAwareTests.reset();
    Mocks.reset();
  }

  @Test
  void feedbackGiven_thenReadByTheRequester() {
    identityService().setAuthenticatedUserId("pegawai");
    ProcessInstance request = runtimeService().startProcessInstanceByKey("permintaan-umpan-balik",
        withVariables("penerima", "atasan", "topik", "Presentasi", "pertanyaan", "Bagaimana presentasi saya?"));

    var beri = task("Task_BeriUmpanBalik", request);
    assertThat(beri).isAssignedTo("atasan");
    Assertions.assertThat(beri.getName()).isEqualTo("Beri umpan balik · Nama pegawai · Presentasi");
    Assertions.assertThat(beri.getDueDate().toInstant())
        .isBetween(Instant.now().plus(Duration.ofDays(7)).minus(Duration.ofMinutes(5)), Instant.now().plus(Duration.ofDays(7)));
    complete(beri, withVariables("jawaban", "Jelas; beri jeda untuk pertanyaan"));
    assertThat(task("Task_BacaUmpanBalik", request)).isAssignedTo("pegawai");
    Assertions.assertThat(task("Task_BacaUmpanBalik", request).getName()).isEqualTo("Baca umpan balik · Nama atasan · Presentasi");
    complete(task("Task_BacaUmpanBalik", request), withVariables("sudahDibaca", true));

    assertThat(request).hasPassedInOrder("Task_BeriUmpanBalik",
        "Task_BacaUmpanBalik", "EndEvent_UmpanBalikDibaca").isEnded();
  }
}
