package id.kinerja.organisation;

import static id.kinerja.organisation.DemoPeople.FITRI;
import static id.kinerja.organisation.DemoPeople.KABAG_ORGANISASI;
import static id.kinerja.organisation.DemoPeople.KEPALA_BKPSDM;
import static id.kinerja.organisation.DemoPeople.PASSWORD;
import static id.kinerja.organisation.DemoPeople.RUDI;
import static id.kinerja.organisation.DemoPeople.YUNI_BKPSDM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.support.SharedApplicationTest;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Who sees which appraisal, through Camunda's REST API over real HTTP with Basic auth, on the demo
 * organisation: Rudi and Fitri are peers under the Kepala BKPSDM; Yuni is the BKPSDM operator.
 * A test-only model stands in for the appraisal (same key, so BKPSDM's definition-level read applies).
 */
@SharedApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppraisalAccessRestTest {

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;

  private final ObjectMapper json = new ObjectMapper();
  private String deploymentId;
  private String rudisAppraisal;
  private String fitrisAppraisal;

  @BeforeAll
  void startTwoAppraisals() {
    deploymentId = repositoryService.createDeployment().name("appraisal-access-test")
        .addClasspathResource("organisation/appraisal-access-test.bpmn").deploy().getId();
    String definitionId = repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult().getId();
    rudisAppraisal = runtimeService.startProcessInstanceById(definitionId, RUDI + "-2026", Map.of("nip", RUDI)).getId();
    fitrisAppraisal = runtimeService.startProcessInstanceById(definitionId, FITRI + "-2026", Map.of("nip", FITRI)).getId();
  }

  @AfterAll
  void removeTestModel() {
    repositoryService.deleteDeployment(deploymentId, true);
  }

  @Test
  void employee_seesOwnTaskButNothingOfAPeersAppraisal() {
    assertThat(taskAssignees(RUDI, rudisAppraisal)).containsExactly(RUDI);

    assertThat(taskAssignees(RUDI, fitrisAppraisal)).isEmpty();
    assertThat(get(RUDI, "/engine-rest/process-instance/" + fitrisAppraisal).getStatusCode().is2xxSuccessful()).isFalse();
    ResponseEntity<String> variables = get(RUDI, "/engine-rest/process-instance/" + fitrisAppraisal + "/variables");
    assertThat(variables.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(variables.getBody()).doesNotContain(FITRI);
    assertThat(array(get(RUDI, "/engine-rest/history/task?processInstanceId=" + fitrisAppraisal))).isEmpty();
    assertThat(array(get(RUDI, "/engine-rest/history/process-instance?processInstanceId=" + fitrisAppraisal))).isEmpty();
  }

  @Test
  void supervisor_seesEveryTaskAndTheHistoryOfBothSubordinates() {
    for (String appraisal : List.of(rudisAppraisal, fitrisAppraisal)) {
      assertThat(taskAssignees(KEPALA_BKPSDM, appraisal)).containsExactlyInAnyOrder(KEPALA_BKPSDM,
          appraisal.equals(rudisAppraisal) ? RUDI : FITRI);
      assertThat(get(KEPALA_BKPSDM, "/engine-rest/process-instance/" + appraisal).getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(get(KEPALA_BKPSDM, "/engine-rest/process-instance/" + appraisal + "/variables").getBody()).contains("\"nip\"");
      assertThat(array(get(KEPALA_BKPSDM, "/engine-rest/history/task?processInstanceId=" + appraisal))).hasSize(2);
    }
  }

  @Test
  void supervisor_canReadButNotWorkOnTheEmployeesTask() {
    String rudisTask = taskIdAssignedTo(RUDI, rudisAppraisal);

    ResponseEntity<String> complete = post(KEPALA_BKPSDM, "/engine-rest/task/" + rudisTask + "/complete", "{}");

    assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void anotherSupervisor_seesNothingOfAppraisalsOutsideTheirTeam() {
    assertThat(taskAssignees(KABAG_ORGANISASI, rudisAppraisal)).isEmpty();
    assertThat(get(KABAG_ORGANISASI, "/engine-rest/process-instance/" + rudisAppraisal).getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(array(get(KABAG_ORGANISASI, "/engine-rest/history/task?processInstanceId=" + rudisAppraisal))).isEmpty();
  }

  @Test
  void bkpsdm_readsEveryAppraisalButMayNotChangeAny() {
    assertThat(taskAssignees(YUNI_BKPSDM, fitrisAppraisal)).containsExactlyInAnyOrder(FITRI, KEPALA_BKPSDM);
    assertThat(get(YUNI_BKPSDM, "/engine-rest/process-instance/" + fitrisAppraisal).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(YUNI_BKPSDM, "/engine-rest/process-instance/" + fitrisAppraisal + "/variables").getBody()).contains(FITRI);
    assertThat(array(get(YUNI_BKPSDM, "/engine-rest/history/task?processInstanceId=" + fitrisAppraisal))).hasSize(2);

    String fitrisTask = taskIdAssignedTo(YUNI_BKPSDM, fitrisAppraisal, FITRI);
    assertThat(post(YUNI_BKPSDM, "/engine-rest/task/" + fitrisTask + "/complete", "{}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(YUNI_BKPSDM, "/engine-rest/process-instance/" + fitrisAppraisal + "/modification",
        "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"Task_IsiSkp\"}]}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskAssignees(YUNI_BKPSDM, fitrisAppraisal)).containsExactlyInAnyOrder(FITRI, KEPALA_BKPSDM);
  }

  @Test
  void anonymous_isAskedToAuthenticate() {
    ResponseEntity<String> response = http.getForEntity("/engine-rest/task?processInstanceId=" + rudisAppraisal, String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private List<String> taskAssignees(String user, String processInstanceId) {
    return StreamSupport.stream(array(get(user, "/engine-rest/task?processInstanceId=" + processInstanceId)).spliterator(), false)
        .map(task -> task.get("assignee").asText()).toList();
  }

  private String taskIdAssignedTo(String assignee, String processInstanceId) {
    return taskIdAssignedTo(assignee, processInstanceId, assignee);
  }

  private String taskIdAssignedTo(String viewer, String processInstanceId, String assignee) {
    return StreamSupport.stream(array(get(viewer, "/engine-rest/task?processInstanceId=" + processInstanceId)).spliterator(), false)
        .filter(task -> task.get("assignee").asText().equals(assignee)).map(task -> task.get("id").asText())
        .findFirst().orElseThrow();
  }

  private ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, PASSWORD).getForEntity(path, String.class);
  }

  private ResponseEntity<String> post(String user, String path, String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, PASSWORD).postForEntity(path, new HttpEntity<>(body, headers), String.class);
  }

  private JsonNode array(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    try {
      JsonNode node = json.readTree(response.getBody());
      assertThat(node.isArray()).isTrue();
      return node;
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + response.getBody(), e);
    }
  }
}
