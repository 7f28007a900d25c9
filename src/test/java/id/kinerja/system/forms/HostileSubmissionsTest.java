package id.kinerja.system.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.calibration.CapaianOrganisasiService;
import id.kinerja.security.Roles;
import id.kinerja.support.AppraisalYearDriver;
import id.kinerja.support.DemoEngineRest;
import id.kinerja.support.DocumentYearFixture;
import id.kinerja.support.SharedApplicationTest;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The open tasks of every kind in the demo (the running year's employees in their different
 * phases, and a year driven to its result by {@link DocumentYearFixture}), attacked through real
 * HTTP by the person whose task it is: every variable the instance holds that the task's form does
 * not declare, then a bounded fuzz of hostile submissions. Nothing may complete a task, change a
 * variable or reach a 5xx.
 */
@SharedApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileSubmissionsTest {

  static final int FUZZED = 2_000;
  static final int CLIENTS = 4;
  static final int TAHUN = 2038;
  static final java.util.Set<String> PRODUCT_PROCESSES = java.util.Set.of("appraisal-cycle", "kalibrasi-unit",
      "pengaduan-layanan", "permintaan-umpan-balik", "tindak-lanjut-penilaian", "umpan-balik-360");
  static final Duration FUZZ_BUDGET = Duration.ofSeconds(115);

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired CapaianOrganisasiService capaian;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired FormService formService;
  @Autowired IdentityService identityService;

  private final ObjectMapper json = new ObjectMapper();

  /** One open task of each kind (process and task definition), with who works on it and its form. */
  record Target(Task task, String user, FormShape form, String kind) {}

  private final List<Target> targets = new ArrayList<>();

  @BeforeAll
  void openTasksOfEveryKind() throws Exception {
    DocumentYearFixture.ensure(http, jdbc, capaian);
    yearInItsPeriods();
    Map<String, Target> byKind = new TreeMap<>();
    for (Task task : taskService.createTaskQuery().active().list()) {
      String key = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
      if (!PRODUCT_PROCESSES.contains(key)) {
        continue; // a test model another test class deployed into the shared context
      }
      String kind = key + "/" + task.getTaskDefinitionKey();
      String user = userOf(task);
      // the attacker is an ordinary user: an admin may steer the engine by design
      // and one of the demo's people (password "demo"), not a user another test class made
      if (user == null || byKind.containsKey(kind)
          || identityService.createUserQuery().userId(user).memberOfGroup(Roles.ADMIN).count() > 0
          || !identityService.checkPassword(user, "demo")) {
        continue;
      }
      byKind.put(kind, new Target(task, user, formOf(task), kind));
    }
    targets.addAll(byKind.values());
    assertThat(targets).as("open task kinds in the demo").hasSizeGreaterThanOrEqualTo(9);
  }

  /**
   * A year (2038, no other test opens it) with employees at the steps the demo does not have open:
   * Fitri reports her first period, Wahyu's appraiser rates his, Nur Aini assesses herself while
   * her appraiser picks her 360 raters.
   */
  private void yearInItsPeriods() throws Exception {
    if (runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(DocumentYearFixture.FITRI + "-" + TAHUN)
        .count() > 0) {
      return;
    }
    AppraisalYearDriver year = new AppraisalYearDriver(http);
    DemoEngineRest rest = new DemoEngineRest(http);
    String skp = """
        [{"jenis":"UTAMA","uraian":"Tersusunnya laporan analisis jabatan unit","rhkAtasanUraian":"Meningkatnya kinerja unit",
          "indikator":[{"uraian":"Laporan analisis jabatan","aspek":"KUANTITAS","target":"1 dokumen"}]}]""";
    for (String nip : List.of(DocumentYearFixture.FITRI, DocumentYearFixture.WAHYU, DocumentYearFixture.NUR_AINI)) {
      String instance = year.open(nip, TAHUN);
      year.submitSkp(instance, nip, skp);
      year.approveSkp(instance, DocumentYearFixture.PENILAI, "[]");
      if (nip.equals(DocumentYearFixture.NUR_AINI)) {
        year.periods(instance, nip, DocumentYearFixture.PENILAI, 4, "SESUAI", "SESUAI");
        continue;
      }
      rest.fireTimer(instance, "Timer_PeriodeDibuka");
      if (nip.equals(DocumentYearFixture.WAHYU)) {
        String report = rest.taskOf(nip, instance, "Task_LaporkanRealisasi");
        ArrayNode rows = (ArrayNode) rest.jsonVariable(nip, report, "realisasi");
        rows.forEach(row -> ((ObjectNode) row).put("capaian", "1 dokumen"));
        ResponseEntity<String> sent = rest.post(nip, "/engine-rest/task/" + report + "/submit-form",
            Map.of("variables", Map.of("realisasi", DemoEngineRest.jsonValue(rows.toString()))));
        assertThat(sent.getStatusCode().value()).as(sent.getBody()).isEqualTo(204);
      }
    }
  }

  @Test
  void everyOpenTaskKind_refusesEachVariableItsFormDoesNotDeclare_andNothingChanges() throws Exception {
    Map<String, String> before = snapshot();
    int refused = 0;
    List<String> accepted = new ArrayList<>();
    for (Target target : targets) {
      Map<String, Object> held = new LinkedHashMap<>(runtimeService.getVariables(target.task().getProcessInstanceId()));
      held.putAll(taskService.getVariablesLocal(target.task().getId()));
      held.put("kunciYangTidakAda", "x");
      for (Map.Entry<String, Object> variable : held.entrySet()) {
        FormShape.Field field = target.form().fields().get(variable.getKey());
        if (field != null && !field.disabled()) {
          continue;
        }
        ResponseEntity<String> answer = submit(target, Map.of("variables", Map.of(variable.getKey(),
            typedLike(variable.getValue()))), "submit-form");
        if (answer.getStatusCode().value() == 400
            && json.readTree(answer.getBody()).path("message").asText().contains("'" + variable.getKey() + "'")) {
          refused++;
        } else {
          accepted.add(target.kind() + " " + variable.getKey() + " → " + answer.getStatusCode() + " " + answer.getBody());
        }
      }
    }
    assertThat(accepted).isEmpty();
    assertThat(refused).as("undeclared variables refused").isGreaterThan(80);
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void fuzz_hostileSubmissionsOverEveryTaskKind_noServerError_nothingCompleted_nothingChanged() throws Exception {
    Map<String, String> before = snapshot();
    long deadline = System.nanoTime() + FUZZ_BUDGET.toNanos();
    List<String> serverErrors = java.util.Collections.synchronizedList(new ArrayList<>());
    List<String> notRefused = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
    // a few clients at once, as several attackers would; each its own seed, so a run can be replayed
    java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(CLIENTS);
    List<java.util.concurrent.Future<?>> running = new ArrayList<>();
    for (int client = 0; client < CLIENTS; client++) {
      Random random = new Random(21 + client);
      running.add(clients.submit(() -> {
        while (System.nanoTime() < deadline && sent.getAndIncrement() < FUZZED) {
          Target target = targets.get(random.nextInt(targets.size()));
          HostileSubmission submission = HostileSubmission.next(random, target.form());
          ResponseEntity<String> answer = send(target, submission.body(), random.nextBoolean() ? "submit-form" : "complete");
          int status = answer.getStatusCode().value();
          if (status >= 500) {
            serverErrors.add(target.kind() + " " + submission.what() + " → " + status + " " + answer.getBody());
          } else if (status < 400) {
            notRefused.add(target.kind() + " " + submission.what() + " → " + status);
          } else if (answer.getBody() != null && (answer.getBody().contains("ENGINE-") || answer.getBody().contains("\tat "))) {
            serverErrors.add(target.kind() + " " + submission.what() + " leaked " + answer.getBody());
          }
        }
        return null;
      }));
    }
    for (var client : running) {
      client.get();
    }
    clients.shutdown();
    assertThat(serverErrors).as("5xx or engine messages").isEmpty();
    assertThat(notRefused).as("hostile submissions let through").isEmpty();
    assertThat(Math.min(sent.get(), FUZZED)).as("hostile submissions within %s", FUZZ_BUDGET).isEqualTo(FUZZED);
    assertThat(snapshot()).as("tasks and variables after the fuzz").isEqualTo(before);
  }

  /** Every open task of the targets and every variable of their instances, as text. */
  private Map<String, String> snapshot() {
    Map<String, String> state = new TreeMap<>();
    for (Target target : targets) {
      String instance = target.task().getProcessInstanceId();
      state.put(target.kind() + " open", String.valueOf(taskService.createTaskQuery().taskId(target.task().getId()).count()));
      state.put(target.kind() + " variables", new TreeMap<>(runtimeService.getVariables(instance)).toString());
    }
    return state;
  }

  private String userOf(Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
      if (Roles.BKPSDM.equals(link.getGroupId())) {
        return AppraisalYearDriver.BKPSDM;
      }
    }
    return null;
  }

  private FormShape formOf(Task task) throws Exception {
    try (InputStream form = formService.getDeployedTaskForm(task.getId())) {
      return FormShape.of(json.readTree(form));
    } catch (org.camunda.bpm.engine.ProcessEngineException e) {
      return FormShape.none();
    }
  }

  private Map<String, Object> typedLike(Object value) {
    Map<String, Object> typed = new LinkedHashMap<>();
    if (value instanceof SpinJsonNode node) {
      typed.put("value", node.toString());
      typed.put("type", "Json");
    } else if (value instanceof Integer) {
      typed.put("value", value);
      typed.put("type", "Integer");
    } else if (value instanceof Boolean) {
      typed.put("value", value);
      typed.put("type", "Boolean");
    } else {
      typed.put("value", value == null ? null : value.toString());
      typed.put("type", "String");
    }
    return typed;
  }

  private ResponseEntity<String> submit(Target target, Object body, String how) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(target.user(), "demo").exchange("/engine-rest/task/" + target.task().getId() + "/" + how,
        HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> send(Target target, String body, String how) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(target.user(), "demo").exchange("/engine-rest/task/" + target.task().getId() + "/" + how,
        HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  static JsonNode parse(String text) throws Exception {
    return new ObjectMapper().readTree(text);
  }
}
