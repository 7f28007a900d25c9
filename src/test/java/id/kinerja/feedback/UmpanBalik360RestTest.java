package id.kinerja.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.support.SharedApplicationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 360 feedback on the running application, through real HTTP, as the people involved (demo
 * organisation): the Kepala BKPSDM asks four of Rudi's peers about Rudi, three answer, one lets the
 * deadline pass. Then every door is tried as Rudi — the REST API (runtime and history) and the
 * webapps' API behind Tasklist — and as one of the raters: nobody learns who was asked, let alone
 * who said what. The appraiser sees the aggregate only.
 */
@SharedApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UmpanBalik360RestTest {

  static final String RUDI = "198809092012121010";
  static final String KEPALA_BKPSDM = "197212121998031008";
  static final String SEKDA = "197003151995031001";
  static final String YUNI_BKPSDM = "198506152010012009";
  static final String FITRI = "199101012015042011";
  static final String WAHYU = "199304182019031012";
  static final String EKO = "198706122011031014";
  static final String LINA = "198907232014032015";
  static final List<String> RATERS = List.of(FITRI, WAHYU, EKO, LINA);
  static final List<String> RATER_NAMES = List.of("Handayani", "Wahyu Pratama", "Saputra", "Lina Marlina");
  static final int TAHUN = 2034;
  static final Map<String, String> COMMENTS = Map.of(
      FITRI, "Sigap menanggapi permintaan data dari unit lain",
      WAHYU, "Rapi mendokumentasikan setiap pekerjaan",
      EKO, "Bisa lebih sering berbagi ilmu dengan rekan");

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  private final ObjectMapper json = new ObjectMapper();
  private String appraisal;
  private final Map<String, String> childOf = new LinkedHashMap<>();

  @BeforeAll
  void rudisAppraisalReachesTheAnnualPhase() throws Exception {
    // the phases before are covered by AppraisalYearThroughRestTest; start where 360 begins
    appraisal = runtimeService.createProcessInstanceByKey("appraisal-cycle").businessKey(RUDI + "-" + TAHUN)
        .setVariables(Map.of(AppraisalProcess.NIP.name(), RUDI, AppraisalProcess.TAHUN.name(), TAHUN, AppraisalProcess.PEJABAT_PENILAI.name(), KEPALA_BKPSDM,
            AppraisalProcess.ATASAN_PEJABAT_PENILAI.name(), SEKDA, AppraisalProcess.NAMA_PEGAWAI.name(), "Rudi Hartono, S.Sos.",
            "jabatanPegawai", "Analis SDM Aparatur Ahli Pertama", "unitPegawai", "BKPSDM"))
        .startBeforeActivity("SubProcess_PenilaianTahunan").execute().getId();

    String pilih = taskOf(KEPALA_BKPSDM, "Task_PilihPenilai360");
    ResponseEntity<String> withRudi = submitRaw(KEPALA_BKPSDM, pilih, Map.of("penilai360Terpilih",
        jsonValue(List.of(FITRI, WAHYU, RUDI))));
    assertThat(withRudi.getStatusCode().value()).isEqualTo(400);
    assertThat(withRudi.getBody()).contains("tidak dapat menilai dirinya sendiri");
    submit(KEPALA_BKPSDM, pilih, Map.of("penilai360Terpilih", jsonValue(List.of(FITRI, WAHYU, EKO)),
        "penilai360Tambahan", text(LINA)));
    for (var child : runtimeService.createProcessInstanceQuery().superProcessInstanceId(appraisal).list()) {
      childOf.put((String) runtimeService.getVariable(child.getId(), "penilai"), child.getId());
    }
    assertThat(childOf).containsOnlyKeys(RATERS);
  }

  @Test
  @Order(1)
  void whileRatersAreAsked_rudiSeesNeitherWhoNorTheirTasks() throws Exception {
    String diri = taskOf(RUDI, "Task_PenilaianDiri");
    assertNothingRevealed(get(RUDI, "/engine-rest/task"));
    assertNothingRevealed(get(RUDI, "/engine-rest/task/" + diri + "/variables"));
    assertNothingRevealed(get(RUDI, "/engine-rest/task/" + diri + "/form-variables"));
    assertNothingRevealed(get(RUDI, "/engine-rest/variable-instance"));
    assertThat(array(get(RUDI, "/engine-rest/process-instance?superProcessInstance=" + appraisal))).isEmpty();
    for (String child : childOf.values()) {
      assertThat(get(RUDI, "/engine-rest/process-instance/" + child).getStatusCode().is2xxSuccessful()).isFalse();
      ResponseEntity<String> variables = get(RUDI, "/engine-rest/process-instance/" + child + "/variables");
      assertThat(variables.getStatusCode().is2xxSuccessful()).isFalse();
      assertNothingRevealed(variables);
      assertThat(array(get(RUDI, "/engine-rest/task?processInstanceId=" + child))).isEmpty();
      assertThat(array(get(RUDI, "/engine-rest/variable-instance?processInstanceIdIn=" + child))).isEmpty();
    }
  }

  @Test
  @Order(2)
  void eachRaterSeesOnlyTheirOwnTask_andNotTheOtherAnswers() throws Exception {
    for (String rater : RATERS) {
      JsonNode tasks = feedbackTasks(rater, false);
      assertThat(tasks).as(rater).hasSize(1);
      assertThat(tasks.get(0).get("assignee").asText()).isEqualTo(rater);
      assertThat(tasks.get(0).get("name").asText()).isEqualTo("Beri umpan balik 360 untuk Rudi Hartono, S.Sos. · " + TAHUN);
    }
    answer(FITRI, 3);
    answer(WAHYU, 4);

    // Eko, before answering: sees his own task, nothing of Fitri's or Wahyu's
    String ekosTask = feedbackTaskOf(EKO);
    ResponseEntity<String> own = get(EKO, "/engine-rest/task/" + ekosTask + "/form-variables");
    assertThat(own.getBody()).contains("Rudi Hartono").doesNotContain(FITRI).doesNotContain(WAHYU).doesNotContain("skor");
    for (String other : List.of(FITRI, WAHYU)) {
      String child = childOf.get(other);
      assertThat(get(EKO, "/engine-rest/process-instance/" + child + "/variables").getStatusCode().is2xxSuccessful())
          .isFalse();
      assertThat(array(get(EKO, "/engine-rest/history/task?processInstanceId=" + child))).isEmpty();
      assertThat(array(get(EKO, "/engine-rest/history/variable-instance?processInstanceId=" + child))).isEmpty();
      assertThat(array(get(EKO, "/engine-rest/history/detail?processInstanceId=" + child))).isEmpty();
    }
    for (String path : List.of("/engine-rest/task", "/engine-rest/history/task", "/engine-rest/variable-instance",
        "/engine-rest/history/variable-instance", "/engine-rest/history/detail", "/engine-rest/history/process-instance")) {
      ResponseEntity<String> response = get(EKO, path);
      assertThat(response.getBody()).as(path).doesNotContain(FITRI).doesNotContain(WAHYU)
          .doesNotContain(COMMENTS.get(FITRI)).doesNotContain(COMMENTS.get(WAHYU));
    }
    answer(EKO, 5);
  }

  @Test
  @Order(3)
  void aLateRater_isClosedByTheDeadline_andTheAppraiserSeesOnlyTheAggregate() throws Exception {
    JsonNode jobs = array(get("demo", "/engine-rest/job?processInstanceId=" + childOf.get(LINA)));
    assertThat(jobs).hasSize(1);
    ResponseEntity<String> fired = post("demo", "/engine-rest/job/" + jobs.get(0).get("id").asText() + "/execute", Map.of());
    assertThat(fired.getStatusCode().value()).as(fired.getBody()).isEqualTo(204);
    assertThat(feedbackTasks(LINA, true)).isEmpty();

    submit(RUDI, taskOf(RUDI, "Task_PenilaianDiri"), Map.of("penilaianDiriHasilKerja", text("SESUAI"),
        "penilaianDiriPerilakuKerja", text("SESUAI"), "catatanPenilaianDiri", text("Target tercapai.")));

    String rating = taskOf(KEPALA_BKPSDM, "Task_NilaiKinerjaTahunan");
    String ringkasan = json.readTree(get(KEPALA_BKPSDM, "/engine-rest/task/" + rating
        + "/form-variables?variableNames=umpanBalik360Ringkasan").getBody()).get("umpanBalik360Ringkasan").get("value").asText();
    assertThat(ringkasan).contains("3 jawaban")
        .contains("| Akuntabel | 3 | 4,00 | 0 | 0 | 1 | 1 | 1 |")
        // comments sorted, whatever order they came in, and escaped for Markdown
        .containsSubsequence("Bisa lebih sering", "Rapi mendokumentasikan", "Sigap menanggapi");
    for (String rater : RATERS) {
      assertThat(ringkasan).doesNotContain(rater);
    }
    RATER_NAMES.forEach(name -> assertThat(ringkasan).doesNotContain(name));
    // neither the appraiser nor BKPSDM can open the raters' instances
    for (String reader : List.of(KEPALA_BKPSDM, YUNI_BKPSDM)) {
      for (String child : childOf.values()) {
        assertThat(array(get(reader, "/engine-rest/history/variable-instance?processInstanceId=" + child))).isEmpty();
        assertThat(array(get(reader, "/engine-rest/history/task?processInstanceId=" + child))).isEmpty();
        assertThat(get(reader, "/engine-rest/process-instance/" + child + "/variables").getStatusCode()
            .is2xxSuccessful()).isFalse();
      }
    }

    // stored without the rater: 3 answers x 7 values, no column that could hold a person
    List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM umpan_balik_360 WHERE nip_dinilai = ? AND tahun = ?")
        .params(RUDI, TAHUN).query().listOfRows();
    assertThat(rows).hasSize(21);
    assertThat(rows.get(0).keySet()).map(String::toLowerCase)
        .containsExactlyInAnyOrder("id", "jawaban_id", "nip_dinilai", "tahun", "nilai", "skor");
    assertThat(rows.toString()).doesNotContain(FITRI).doesNotContain(WAHYU).doesNotContain(EKO);
    // ... and nowhere in Camunda's history, for anybody, the admin included
    for (String child : childOf.values()) {
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(child).count()).isZero();
      assertThat(historyService.createHistoricDetailQuery().processInstanceId(child).count()).isZero();
      assertThat(array(get("demo", "/engine-rest/history/detail?processInstanceId=" + child))).isEmpty();
    }
  }

  @Test
  @Order(4)
  void afterwards_noRestPathOrHistoryTellsRudiWhoSaidWhat() throws Exception {
    List<String> paths = new ArrayList<>(List.of("/engine-rest/task", "/engine-rest/variable-instance",
        "/engine-rest/history/variable-instance", "/engine-rest/history/detail", "/engine-rest/history/task",
        "/engine-rest/history/process-instance", "/engine-rest/history/activity-instance?processInstanceId=" + appraisal,
        "/engine-rest/history/variable-instance?processInstanceId=" + appraisal,
        "/engine-rest/history/detail?processInstanceId=" + appraisal,
        "/engine-rest/history/process-instance?superProcessInstanceId=" + appraisal,
        "/engine-rest/history/task?processDefinitionKey=umpan-balik-360", "/engine-rest/history/identity-link-log",
        "/engine-rest/history/user-operation", "/engine-rest/history/activity-instance",
        "/engine-rest/history/process-instance?processDefinitionKey=umpan-balik-360"));
    for (String child : childOf.values()) {
      paths.add("/engine-rest/history/variable-instance?processInstanceId=" + child);
      paths.add("/engine-rest/history/detail?processInstanceId=" + child);
      paths.add("/engine-rest/history/task?processInstanceId=" + child);
      paths.add("/engine-rest/history/activity-instance?processInstanceId=" + child);
      paths.add("/engine-rest/process-instance/" + child + "/variables");
    }
    for (String path : paths) {
      ResponseEntity<String> response = get(RUDI, path);
      assertNothingRevealed(response);
      if (response.getStatusCode().is2xxSuccessful() && path.contains("history/task")) {
        array(response).forEach(task -> assertThat(task.get("assignee").asText()).as(path).isEqualTo(RUDI));
      }
      boolean aboutTheRaters = path.contains("umpan-balik-360") || path.contains("superProcessInstanceId")
          || path.contains("activity-instance") || childOf.values().stream().anyMatch(path::contains);
      if (response.getStatusCode().is2xxSuccessful() && aboutTheRaters) {
        assertThat(array(response)).as(path).isEmpty();
      }
    }
  }

  @Test
  @Order(5)
  void throughTasklistsOwnApi_rudiSeesNothingEither() throws Exception {
    HttpClient browser = loggedIn(RUDI);
    String api = "/camunda/api/engine/engine/default";
    List<String> paths = new ArrayList<>(List.of(api + "/task", api + "/task/count", api + "/variable-instance",
        api + "/history/task", api + "/history/variable-instance", api + "/history/detail",
        api + "/history/process-instance?superProcessInstanceId=" + appraisal));
    childOf.values().forEach(child -> paths.add(api + "/process-instance/" + child + "/variables"));
    boolean reached = false;
    for (String path : paths) {
      HttpResponse<String> response = browser.send(request(path).build(), BodyHandlers.ofString());
      reached |= response.statusCode() == 200;
      assertNothingRevealed(path, response.body());
    }
    assertThat(reached).as("Tasklist's API answers a logged-in user").isTrue();
  }

  // --- helpers ------------------------------------------------------------------------------

  private void assertNothingRevealed(ResponseEntity<String> response) {
    assertNothingRevealed(String.valueOf(response.getStatusCode()), response.getBody());
  }

  private void assertNothingRevealed(String where, String body) {
    String text = String.valueOf(body);
    for (String rater : RATERS) {
      assertThat(text).as(where).doesNotContain(rater);
    }
    RATER_NAMES.forEach(name -> assertThat(text).as(where).doesNotContain(name));
    COMMENTS.values().forEach(comment -> assertThat(text).as(where).doesNotContain(comment));
    assertThat(text).as(where).doesNotContain("skorAkuntabel").doesNotContain("penilai360Terpilih")
        .doesNotContain("penilaiUmpanBalik360").doesNotContain("umpanBalik360Ringkasan");
  }

  private void answer(String rater, int skor) throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (String value : List.of("BerorientasiPelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif",
        "Kolaboratif")) {
      variables.put("skor" + value, text(String.valueOf(skor)));
    }
    variables.put("komentar", text(COMMENTS.get(rater)));
    String task = feedbackTaskOf(rater);
    Map<String, Object> wrong = new LinkedHashMap<>(variables);
    wrong.put("skorLoyal", text("9"));
    ResponseEntity<String> rejected = submitRaw(rater, task, wrong);
    assertThat(rejected.getStatusCode().value()).isEqualTo(400);
    assertThat(rejected.getBody()).contains("Loyal");
    submit(rater, task, variables);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(childOf.get(rater)).count()).isZero();
  }

  private String feedbackTaskOf(String rater) throws Exception {
    JsonNode tasks = feedbackTasks(rater, true);
    assertThat(tasks).as(rater + " is asked about Rudi").hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  /** The 360 tasks about Rudi's year the user can see (a POST query: an NIP in a URL would be read as a number). */
  private JsonNode feedbackTasks(String user, boolean assignedToThem) throws Exception {
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("taskDefinitionKey", "Task_BeriUmpanBalik360");
    if (assignedToThem) {
      query.put("assignee", user);
    }
    query.put("processVariables", List.of(Map.of("name", "nipDinilai", "operator", "eq", "value", RUDI),
        Map.of("name", AppraisalProcess.TAHUN.name(), "operator", "eq", "value", TAHUN)));
    return array(post(user, "/engine-rest/task", query));
  }

  private String taskOf(String user, String definitionKey) throws Exception {
    JsonNode tasks = array(get(user, "/engine-rest/task?processInstanceId=" + appraisal
        + "&taskDefinitionKey=" + definitionKey + "&assignee=" + user));
    assertThat(tasks).as(user + " has " + definitionKey).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  private void submit(String user, String taskId, Map<String, Object> variables) {
    ResponseEntity<String> response = submitRaw(user, taskId, variables);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(204);
  }

  private ResponseEntity<String> submitRaw(String user, String taskId, Map<String, Object> variables) {
    return post(user, "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables));
  }

  private ResponseEntity<String> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
  }

  private JsonNode array(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    JsonNode node = json.readTree(response.getBody());
    assertThat(node.isArray()).as(response.getBody()).isTrue();
    return node;
  }

  private HttpClient loggedIn(String user) throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String page = browser.send(request("/login").build(), BodyHandlers.ofString()).body();
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(token.find()).isTrue();
    HttpResponse<String> login = browser.send(request("/login")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo&_csrf=" + token.group(1))).build(),
        BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    return browser;
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }

  private static Map<String, Object> text(String value) {
    return Map.of("value", value, "type", "String");
  }

  private Map<String, Object> jsonValue(Object value) throws Exception {
    return Map.of("value", json.writeValueAsString(value), "type", "Json");
  }
}
