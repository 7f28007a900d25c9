package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.feedback.FeedbackRequestProcess;
import id.kinerja.support.SharedApplicationTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The REST API as a real HTTP client meets it: who gets in, what they see, what they may submit. */
@SharedApplicationTest
class RestApiSecurityTest {

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired TaskService taskService;

  @BeforeEach
  void employees() {
    ensureEmployee("pegawaiA");
    ensureEmployee("pegawaiB");
    ensureEmployee("pegawaiLupa");
  }

  @Test
  void withoutCredentials_restApiAnswers401() {
    ResponseEntity<String> response = http.getForEntity("/engine-rest/task", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    assertThat(http.getForEntity("/engine-rest/process-instance", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void wrongPassword_is401_andTheRightOneRightAfter_isLetIn() {
    assertThat(http.withBasicAuth("pegawaiLupa", "salah").getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // a typing mistake costs nothing more (failures are throttled per client and account: LoginThrottlingTest)
    assertThat(http.withBasicAuth("pegawaiLupa", "rahasia").getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void employee_seesOnlyOwnTasks_adminSeesAll() {
    String instanceId = startFeedbackRequest("pegawaiA", "pegawaiB");

    JsonNode tasksOfB = getJson("pegawaiB", "/engine-rest/task?processInstanceId=" + instanceId);
    assertThat(tasksOfB).hasSize(1);
    assertThat(tasksOfB.get(0).get("assignee").asText()).isEqualTo("pegawaiB");
    assertThat(getJson("pegawaiA", "/engine-rest/task?processInstanceId=" + instanceId)).isEmpty();
    assertThat(getJson("pegawaiA", "/engine-rest/task?assignee=pegawaiB")).isEmpty();
    assertThat(getJson("demo", "/engine-rest/task?processInstanceId=" + instanceId)).hasSize(1);
  }

  @Test
  void invalidTaskSubmission_is400WithAReadableMessage_andNothingIsStored() {
    String instanceId = startFeedbackRequest("pegawaiA", "pegawaiB");
    String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();

    ResponseEntity<String> response = submitTask("pegawaiB", taskId, Map.of("jawaban", "pendek"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("Umpan balik Anda: paling sedikit 10 karakter");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    assertThat(runtimeService.getVariable(instanceId, FeedbackRequestProcess.ANSWER)).isNull();
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void invalidTaskSubmission_isOneInfoLineInTheLog_notAnErrorWithAStackTrace(CapturedOutput log) {
    String instanceId = startFeedbackRequest("pegawaiA", "pegawaiB");
    String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();

    assertThat(submitTask("pegawaiB", taskId, Map.of("jawaban", "pendek")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);

    assertThat(log.getAll()).contains("Submission of task " + taskId + " refused by the form check (1 message(s))")
        .doesNotContain("ENGINE-16004").doesNotContain("ENGINE-REST-HTTP500").doesNotContain("SubmissionRejectedException");
  }

  @Test
  void taskOfAModelThatForgotTheCheck_isStillCheckedOnTheServer() {
    // as a process owner might deploy from Modeler: a user task with a form, no task listener
    String form = """
        {"id": "form-uji-tanpa-pendengar", "type": "default", "components": [
          {"id": "Field_Catatan", "key": "catatan", "type": "textfield", "label": "Catatan",
           "validate": {"required": true, "minLength": 5}}]}""";
    repositoryService.createDeployment().name("uji-tanpa-pendengar")
        .addModelInstance("uji-tanpa-pendengar.bpmn", Bpmn.createExecutableProcess("uji-tanpa-pendengar")
            .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Uji").camundaAssignee("pegawaiB")
            .camundaFormRef("form-uji-tanpa-pendengar").camundaFormRefBinding("deployment").endEvent().done())
        .addString("uji-tanpa-pendengar.form", form)
        .deploy();
    String instanceId = runtimeService.startProcessInstanceByKey("uji-tanpa-pendengar").getId();
    String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();

    ResponseEntity<String> refused = submitTask("pegawaiB", taskId, Map.of("catatan", "x"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("Catatan: paling sedikit 5 karakter");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    assertThat(runtimeService.getVariable(instanceId, "catatan")).isNull();
    assertThat(submitTask("pegawaiB", taskId, Map.of("catatan", "cukup panjang")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void validTaskSubmission_completesTheTaskAndHandsItToTheRequester() {
    String instanceId = startFeedbackRequest("pegawaiA", "pegawaiB");
    String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();

    ResponseEntity<String> response = submitTask("pegawaiB", taskId,
        Map.of("jawaban", "Laporan Anda rapi, tambahkan data pembanding tahun lalu."));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode tasksOfA = getJson("pegawaiA", "/engine-rest/task?processInstanceId=" + instanceId);
    assertThat(tasksOfA).hasSize(1);
    assertThat(tasksOfA.get(0).get("taskDefinitionKey").asText()).isEqualTo(FeedbackRequestProcess.TASK_READ_FEEDBACK);
  }

  @Test
  void someoneElse_cannotSubmitAnEmployeesTask() {
    String instanceId = startFeedbackRequest("pegawaiA", "pegawaiB");
    String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();

    ResponseEntity<String> response = submitTask("pegawaiA", taskId,
        Map.of("jawaban", "Saya menjawab atas nama orang lain, ini tidak boleh."));

    assertThat(response.getStatusCode().value()).isIn(403, 404);
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void invalidStartForm_is400_andNoInstanceStarts() {
    long before = runtimeService.createProcessInstanceQuery().count();
    ResponseEntity<String> response = submitStart("pegawaiA", Map.of(
        "penerima", "tidakAda", "topik", "", "pertanyaan", "Bagaimana laporan saya?"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("Topik: wajib diisi").contains("'tidakAda' tidak terdaftar");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void actuator_healthIsPublic_metricsOnlyForAdmins() {
    assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/actuator/metrics", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("pegawaiA", "rahasia").getForEntity("/actuator/metrics", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("demo", "demo").getForEntity("/actuator/metrics", String.class).getBody())
        .contains("jvm.memory.used");
    // not exposed at all
    assertThat(http.withBasicAuth("demo", "demo").getForEntity("/actuator/env", String.class)
        .getStatusCode().is2xxSuccessful()).isFalse();
  }

  @Test
  void webappApi_withoutLogin_is401() {
    assertThat(http.getForEntity("/camunda/api/engine/engine/default/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private String startFeedbackRequest(String requester, String recipient) {
    ResponseEntity<String> response = submitStart(requester, Map.of(
        "penerima", recipient, "topik", "Laporan triwulan", "pertanyaan", "Apa yang perlu saya perbaiki?"));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return readJson(response.getBody()).get("id").asText();
  }

  private ResponseEntity<String> submitStart(String user, Map<String, Object> variables) {
    return http.withBasicAuth(user, "rahasia").exchange(
        "/engine-rest/process-definition/key/" + FeedbackRequestProcess.KEY + "/submit-form",
        HttpMethod.POST, jsonBody(variables), String.class);
  }

  private ResponseEntity<String> submitTask(String user, String taskId, Map<String, Object> variables) {
    return http.withBasicAuth(user, user.equals("demo") ? "demo" : "rahasia").exchange(
        "/engine-rest/task/" + taskId + "/submit-form", HttpMethod.POST, jsonBody(variables), String.class);
  }

  private static HttpEntity<Map<String, Object>> jsonBody(Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(Map.of("variables", typed), headers);
  }

  private JsonNode getJson(String user, String path) {
    ResponseEntity<String> response = http.withBasicAuth(user, user.equals("demo") ? "demo" : "rahasia")
        .getForEntity(path, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return readJson(response.getBody());
  }

  private static JsonNode readJson(String body) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
    } catch (Exception e) {
      throw new IllegalStateException(body, e);
    }
  }

  private void ensureEmployee(String id) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(id);
      user.setLastName("Uji");
      user.setPassword("rahasia");
      identityService.saveUser(user);
      identityService.createMembership(id, Roles.ASN);
    }
  }
}
