package id.kinerja.security;

import static id.kinerja.support.DemoEngineRest.jsonValue;
import static id.kinerja.support.DemoEngineRest.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.calibration.CapaianOrganisasiService;
import id.kinerja.support.AppraisalYearDriver;
import id.kinerja.support.DemoEngineRest;
import id.kinerja.support.DocumentYearFixture;
import id.kinerja.support.SharedApplicationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The attacks of issue 21, each as an ordinary employee with nothing but their login and the
 * documented REST API, through real HTTP. On the main before the fix each was answered 204/200 and
 * forged the record; now each is refused and nothing changes.
 */
@SharedApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordForgeryAttacksTest {

  /** Eko drafts his SKP of a year no other test opens. */
  static final String EKO = DocumentYearFixture.EKO;
  static final int EKO_TAHUN = 2037;
  static final String RUDI = DocumentYearFixture.RUDI;
  static final String FITRI = DocumentYearFixture.FITRI;
  static final String NUR_AINI = DocumentYearFixture.NUR_AINI;

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired CapaianOrganisasiService capaian;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;

  private final ObjectMapper json = new ObjectMapper();
  private DemoEngineRest rest;

  @BeforeAll
  void year() throws Exception {
    rest = new DemoEngineRest(http);
    // Nur Aini, rated Sangat Kurang, waits on "Terima hasil penilaian"
    DocumentYearFixture.ensure(http, jdbc, capaian);
    if (taskService.createTaskQuery().taskAssignee(EKO).processVariableValueEquals("tahun", EKO_TAHUN).count() == 0) {
      new AppraisalYearDriver(http).open(EKO, EKO_TAHUN);
    }
  }

  @Test
  void anEmployee_cannotSetHerOwnPredikat_whenSheAcceptsTheResult() throws Exception {
    Task task = openTask(NUR_AINI, "Task_TerimaHasilPenilaian", DocumentYearFixture.TAHUN);
    Map<String, Object> before = runtimeService.getVariables(task.getProcessInstanceId());

    Map<String, Object> forged = new LinkedHashMap<>();
    forged.put("ajukanKeberatan", Map.of("value", false, "type", "Boolean"));
    forged.put("hasilKerja", Map.of("value", "DI_ATAS"));
    forged.put("perilakuKerja", Map.of("value", "DI_ATAS"));
    forged.put("predikat", Map.of("value", "SANGAT_BAIK"));
    ResponseEntity<String> answer = submit(NUR_AINI, task.getId(), forged);

    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
    assertThat(message(answer)).contains("'hasilKerja'", "'perilakuKerja'", "'predikat'").doesNotContain("ENGINE");
    assertUnchanged(task, before);
  }

  @Test
  void anEmployee_cannotWriteIntoAColleaguesSkp_orLastYearsSkp() throws Exception {
    Task draft = openTask(EKO, "Task_DraftSkp", EKO_TAHUN);
    Map<String, Object> before = runtimeService.getVariables(draft.getProcessInstanceId());
    String rhk = """
        [{"jenis":"UTAMA","uraian":"RHK yang dipalsukan ke SKP orang lain","rhkAtasanUraian":"Apa saja",
          "indikator":[{"uraian":"Indikator palsu","aspek":"KUANTITAS","target":"1 dokumen"}]}]""";

    ResponseEntity<String> intoColleague = submit(EKO, draft.getId(),
        Map.of("rhk", jsonValue(rhk), "nip", text(FITRI)));
    ResponseEntity<String> intoLastYear = submit(EKO, draft.getId(),
        Map.of("rhk", jsonValue(rhk), "tahun", Map.of("value", DocumentYearFixture.TAHUN, "type", "Integer")));

    assertThat(intoColleague.getStatusCode().value()).as(intoColleague.getBody()).isEqualTo(400);
    assertThat(message(intoColleague)).contains("'nip'");
    assertThat(intoLastYear.getStatusCode().value()).as(intoLastYear.getBody()).isEqualTo(400);
    assertThat(message(intoLastYear)).contains("'tahun'");
    assertUnchanged(draft, before);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM rhk WHERE uraian LIKE 'RHK yang dipalsukan%'").query(Long.class).single())
        .isZero();
  }

  @Test
  void anEmployee_cannotSkipTheReview_byThrowingABpmnErrorOnHisTask() throws Exception {
    Task draft = openTask(EKO, "Task_DraftSkp", EKO_TAHUN);

    ResponseEntity<String> thrown = rest.post(EKO, "/engine-rest/task/" + draft.getId() + "/bpmnError",
        Map.of("errorCode", "PEJABAT_TIDAK_LENGKAP"));
    ResponseEntity<String> escalated = rest.post(EKO, "/engine-rest/task/" + draft.getId() + "/bpmnEscalation",
        Map.of("escalationCode", "X"));

    assertThat(thrown.getStatusCode().value()).as(thrown.getBody()).isEqualTo(403);
    assertThat(message(thrown)).isEqualTo(EngineWriteGate.MESSAGE);
    assertThat(escalated.getStatusCode().value()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(draft.getId()).count()).isOne();
  }

  @Test
  void aFeedbackRequest_cannotBeSentInSomeoneElsesName() throws Exception {
    long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("permintaan-umpan-balik")
        .count();
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("penerima", text(DocumentYearFixture.PENILAI));
    variables.put("topik", text("Umpan balik presentasi"));
    variables.put("pertanyaan", text("Bagaimana presentasi saya kemarin?"));
    variables.put("pemohon", text(FITRI));

    ResponseEntity<String> forged = rest.post(RUDI,
        "/engine-rest/process-definition/key/permintaan-umpan-balik/start", Map.of("variables", variables));

    assertThat(forged.getStatusCode().value()).as(forged.getBody()).isEqualTo(400);
    assertThat(message(forged)).contains("'pemohon'");
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("permintaan-umpan-balik")
        .count()).isEqualTo(before);

    variables.remove("pemohon");
    ResponseEntity<String> honest = rest.post(RUDI,
        "/engine-rest/process-definition/key/permintaan-umpan-balik/start", Map.of("variables", variables));
    assertThat(honest.getStatusCode().value()).as(honest.getBody()).isEqualTo(200);
    String instance = json.readTree(honest.getBody()).get("id").asText();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("pemohon")
        .singleResult().getValue()).isEqualTo(RUDI);
  }

  @Test
  void aStartCannotSteerTheEngine_startInstructionsAndSkippedListenersAreForAdmins() throws Exception {
    ResponseEntity<String> steered = rest.post(RUDI,
        "/engine-rest/process-definition/key/permintaan-umpan-balik/start", Map.of(
            "skipCustomListeners", true,
            "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_BacaUmpanBalik")),
            "variables", Map.of()));

    assertThat(steered.getStatusCode().value()).as(steered.getBody()).isEqualTo(400);
    assertThat(message(steered)).containsAnyOf("skipCustomListeners", "startInstructions");
  }

  @Test
  void valuesOfTheWrongKind_areRefusedBeforeTheEngineSeesThem() throws Exception {
    Task draft = openTask(EKO, "Task_DraftSkp", EKO_TAHUN);
    Map<String, Object> before = runtimeService.getVariables(draft.getProcessInstanceId());
    List<Map<String, Object>> hostile = List.of(
        Map.of("rhk", Map.of("value", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==", "type", "Object",
            "valueInfo", Map.of("serializationDataFormat", "application/x-java-serialized-object",
                "objectTypeName", "java.util.HashMap"))),
        Map.of("rhk", Map.of("value", "[{\"jenis\":", "type", "Json")),
        Map.of("rhk", Map.of("value", "[".repeat(5000) + "]".repeat(5000), "type", "Json")),
        Map.of("rhk", Map.of("type", "Xml")),
        Map.of("rhk", Map.of("value", "<a/>", "type", "Xml")),
        Map.of("rhk", Map.of("value", "[]", "type", "Json", "valueInfo", Map.of("transient", true))),
        Map.of("rhk", Map.of("value", "[{\"jenis\":\"UTAMA\",\"nip\":\"" + FITRI + "\"}]", "type", "Json")));
    for (Map<String, Object> variables : hostile) {
      ResponseEntity<String> answer = submit(EKO, draft.getId(), variables);
      assertThat(answer.getStatusCode().value()).as(variables + " → " + answer.getBody()).isEqualTo(400);
      assertThat(message(answer)).as(answer.getBody()).doesNotContain("ENGINE-", "Exception", "org.camunda");
    }
    assertUnchanged(draft, before);
  }

  @Test
  void anEndedOrUnknownTask_isA404OrA409_neverA500() {
    ResponseEntity<String> unknown = submit("demo", "tidak-ada-tugas-ini", Map.of());
    ResponseEntity<String> unknownAsEmployee = rest.post(RUDI, "/engine-rest/task/tidak-ada/complete", Map.of());
    ResponseEntity<String> variablesOfNothing =
        http.withBasicAuth("demo", "demo").getForEntity("/engine-rest/task/tidak-ada/variables", String.class);

    assertThat(unknown.getStatusCode().value()).as(unknown.getBody()).isEqualTo(404);
    assertThat(unknownAsEmployee.getStatusCode().value()).as(unknownAsEmployee.getBody()).isEqualTo(404);
    assertThat(variablesOfNothing.getStatusCode().value()).as(variablesOfNothing.getBody()).isEqualTo(404);
    assertThat(unknown.getBody()).doesNotContain("ENGINE-", "is null");
  }

  private Task openTask(String assignee, String definitionKey, int tahun) {
    List<Task> tasks = taskService.createTaskQuery().taskAssignee(assignee).taskDefinitionKey(definitionKey)
        .processVariableValueEquals("tahun", tahun).list();
    assertThat(tasks).as(assignee + " has " + definitionKey + " " + tahun).hasSize(1);
    return tasks.get(0);
  }

  private void assertUnchanged(Task task, Map<String, Object> before) {
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("task still open").isOne();
    // JSON variables (Spin) compare by their text
    assertThat(runtimeService.getVariables(task.getProcessInstanceId()).toString()).isEqualTo(before.toString());
  }

  private ResponseEntity<String> submit(String user, String taskId, Map<String, Object> variables) {
    return rest.post(user, "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables));
  }

  private String message(ResponseEntity<String> answer) throws Exception {
    return json.readTree(answer.getBody()).path("message").asText();
  }
}
