package id.kinerja.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.followup.TindakLanjutProcess;
import id.kinerja.support.SharedApplicationTest;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A task submitted with nothing filled in ({@code {"variables":{}}}, what a careless REST client or
 * a script sends) is a 400 that says what is missing, for every form of the models: never a 500
 * from a rule or a step that reads a variable which is not there.
 */
@SharedApplicationTest
class EmptySubmissionRestTest {

  static final String RUDI = "198809092012121010";       // an employee (asn)
  static final String BKPSDM = "198506152010012009";     // Yuni Astuti, BKPSDM operator
  static final String PENILAI = "197212121998031008";    // Rudi's appraiser

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired RepositoryService repositoryService;
  @Autowired List<SubmissionRule> rules;
  @Autowired JdbcClient jdbc;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void rewardNomination_submittedEmpty_is400WithTheMissingDecision_andNothingIsStored() throws Exception {
    int tahun = 2061;
    String followUp = runtimeService.createMessageCorrelation(TindakLanjutProcess.MESSAGE_MULAI)
        .processInstanceBusinessKey(TindakLanjutProcess.businessKey(RUDI, tahun))
        .setVariable(TindakLanjutProcess.NIP.name(), RUDI).setVariable(TindakLanjutProcess.TAHUN.name(), tahun).setVariable(TindakLanjutProcess.PREDIKAT.name(), "SANGAT_BAIK")
        .setVariable(TindakLanjutProcess.PEJABAT_PENILAI.name(), PENILAI)
        .correlateStartMessage().getId();
    Task nomination = taskService.createTaskQuery().processInstanceId(followUp).singleResult();
    assertThat(nomination.getTaskDefinitionKey()).isEqualTo(TindakLanjutProcess.Elements.TASK_USULAN_PENGHARGAAN);

    for (String endpoint : List.of("submit-form", "complete")) {
      ResponseEntity<String> refused = post(BKPSDM, "/engine-rest/task/" + nomination.getId() + "/" + endpoint,
          "{\"variables\":{}}");

      assertThat(refused.getStatusCode().value()).as(endpoint + ": " + refused.getBody()).isEqualTo(400);
      assertReadableRefusal(refused.getBody());
      assertThat(json.readTree(refused.getBody()).path("message").asText())
          .contains("Pilih keputusan: usulan penghargaan diterima atau ditolak");
    }
    assertThat(taskService.createTaskQuery().taskId(nomination.getId()).count()).isEqualTo(1);
    assertThat(runtimeService.getVariables(followUp)).doesNotContainKeys("keputusanPenghargaan", "catatanPenghargaan");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM usulan_penghargaan WHERE nip = ? AND tahun = ?").params(RUDI, tahun)
        .query(Long.class).single()).isZero();

    ResponseEntity<String> decided = post(BKPSDM, "/engine-rest/task/" + nomination.getId() + "/submit-form", """
        {"variables": {"keputusanPenghargaan": {"value": "DITERIMA"},
                       "catatanPenghargaan": {"value": "Satyalancana Karya Satya"}}}""");
    assertThat(decided.getStatusCode().value()).as(decided.getBody()).isEqualTo(204);
    assertThat(jdbc.sql("SELECT keputusan FROM usulan_penghargaan WHERE nip = ? AND tahun = ?").params(RUDI, tahun)
        .query(String.class).single()).isEqualTo("DITERIMA");
  }

  /**
   * Every form of forms/ on a task of its own (the same form, bound to its deployment as in the
   * models), assigned to an employee who submits it empty through the REST API: the server-side
   * check (the form's own rules and every SubmissionRule of that form) must refuse it with a message.
   */
  @Test
  void everyForm_submittedEmptyByItsAssignee_is400WithAMessage_andTheTaskStaysOpen() throws Exception {
    Resource[] forms = new PathMatchingResourcePatternResolver().getResources("classpath:kinerja-models/forms/*.form");
    assertThat(forms).hasSizeGreaterThanOrEqualTo(26);
    DeploymentBuilder deployment = repositoryService.createDeployment().name("uji-isian-kosong");
    List<String> keys = new ArrayList<>();
    for (Resource form : forms) {
      String formId;
      try (InputStream in = form.getInputStream()) {
        formId = json.readTree(in).path("id").asText();
      }
      String key = "uji-kosong-" + formId;
      keys.add(key);
      deployment.addInputStream("forms/" + form.getFilename(), form.getInputStream());
      deployment.addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
          .startEvent().userTask("Task_Isi").camundaAssignee(RUDI)
          .camundaFormRef(formId).camundaFormRefBinding("deployment").endEvent().done());
    }
    String deploymentId = deployment.deploy().getId();

    List<String> notRefused = new ArrayList<>();
    for (String key : keys) {
      String instance = runtimeService.startProcessInstanceByKey(key).getId();
      Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
      ResponseEntity<String> response = post(RUDI, "/engine-rest/task/" + task.getId() + "/submit-form",
          "{\"variables\":{}}");
      if (response.getStatusCode().value() != 400) {
        notRefused.add(key + " -> " + response.getStatusCode().value() + " " + response.getBody());
        continue;
      }
      assertReadableRefusal(response.getBody());
      assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as(key).isEqualTo(1);
    }
    repositoryService.deleteDeployment(deploymentId, true);
    assertThat(notRefused).as("forms whose empty submission was not refused with 400").isEmpty();
  }

  /** Each rule on its own, with nothing at all: it names what is missing, it does not fail. */
  @Test
  void everySubmissionRule_givenNoVariables_answersInsteadOfFailing() {
    assertThat(rules).hasSizeGreaterThanOrEqualTo(22);
    for (SubmissionRule rule : rules) {
      assertThatCode(() -> rule.violations(Map.of())).as(rule.getClass().getName()).doesNotThrowAnyException();
    }
  }

  private void assertReadableRefusal(String body) throws Exception {
    JsonNode answer = json.readTree(body);
    assertThat(answer.path("message").asText()).startsWith("Isian formulir belum benar: ");
    assertThat(body).doesNotContain("Exception while").doesNotContain("ENGINE-").doesNotContain("NullPointer")
        .doesNotContain("\tat ");
  }

  private ResponseEntity<String> post(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
        String.class);
  }
}
