package id.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.kernel.AppraisalProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A process owner's change reaches running appraisal years: v2 of appraisal-cycle (a shorter
 * reminder deadline, a new BKPSDM check between submitting and reviewing the SKP, a changed label
 * in the draft form) is deployed through the REST API as Camunda Modeler does, with its forms and
 * decisions in the same deployment. One running year is migrated to v2 through the REST API (by
 * the admin: the process owner may plan a migration but not run it), another stays on v1. Both
 * are then driven through the SKP agreement: the migrated one takes the new step and reads the v2
 * form, the other finishes the agreement on v1 without it.
 *
 * <p>An IT because it changes the deployed models of its application, which no other test
 * context may share.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AppraisalMigrationIT {

  static final String PEMILIK_PROSES = "198201102006041003";   // Bambang Priyono, process-owner
  static final String BKPSDM = "198506152010012009";           // Yuni Astuti
  static final String ADMIN = "demo";
  static final String PASSWORD = "demo";
  static final String LABEL_V1 = "\"label\": \"Uraian RHK\"";
  static final String LABEL_V2 = "\"label\": \"Uraian Rencana Hasil Kerja\"";
  static final String TASK_VALIDASI = "Task_ValidasiSkpBkpsdm";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired JdbcClient jdbc;
  private final ObjectMapper json = new ObjectMapper();
  private final int tahun = LocalDate.now().getYear();

  @Test
  void runningYearMigratedToV2_takesTheNewStep_andOneLeftOnV1_finishesTheAgreementOnV1() throws Exception {
    // two running years of the demo, both waiting for the employee's SKP draft, on v1
    List<Task> drafts = taskService.createTaskQuery().taskDefinitionKey(AppraisalProcess.Elements.TASK_DRAFT_SKP)
        .processInstanceBusinessKeyLike("%-" + tahun).orderByTaskAssignee().asc().list();
    Task draftA = drafts.get(0);
    Task draftB = drafts.get(1);
    String v1 = draftA.getProcessDefinitionId();
    assertThat(draftB.getProcessDefinitionId()).isEqualTo(v1);
    assertThat(deployedForm(draftA)).contains(LABEL_V1);

    // the process owner deploys v2 with its forms and decisions, as Modeler's "Deploy" does
    ResponseEntity<String> deployed = http.withBasicAuth(PEMILIK_PROSES, PASSWORD)
        .postForEntity("/engine-rest/deployment/create", modelerDeployment(), String.class);
    assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(200);
    String v2 = json.readTree(deployed.getBody()).path("deployedProcessDefinitions").fieldNames().next();
    assertThat(v2).startsWith(AppraisalProcess.KEY + ":2:");

    // the process owner can draw up the plan, but not run it
    ResponseEntity<String> generated = post(PEMILIK_PROSES, "/engine-rest/migration/generate", Map.of(
        "sourceProcessDefinitionId", v1, "targetProcessDefinitionId", v2, "updateEventTriggers", true));
    assertThat(generated.getStatusCode().value()).as(generated.getBody()).isEqualTo(200);
    JsonNode plan = json.readTree(generated.getBody());
    assertThat(plan.path("instructions")).isNotEmpty();
    Map<String, Object> migration = new LinkedHashMap<>();
    migration.put("migrationPlan", plan);
    migration.put("processInstanceIds", List.of(draftA.getProcessInstanceId()));
    migration.put("skipCustomListeners", false);
    ResponseEntity<String> refused = post(PEMILIK_PROSES, "/engine-rest/migration/execute", migration);
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(403);
    // running it is the admin's (the engine write gate answers before the engine's MIGRATE_INSTANCE check)
    assertThat(refused.getBody()).contains("hanya untuk administrator");
    ResponseEntity<String> refusedBatch = post(PEMILIK_PROSES, "/engine-rest/migration/executeAsync", migration);
    assertThat(refusedBatch.getStatusCode().value()).as(refusedBatch.getBody()).isEqualTo(403);
    assertThat(refusedBatch.getBody()).contains("hanya untuk administrator");
    assertThat(instance(draftA).getProcessDefinitionId()).isEqualTo(v1);

    // the plan is valid; the admin runs it as a batch (the job executor is off in tests: run its jobs here)
    ResponseEntity<String> validation = post(ADMIN, "/engine-rest/migration/validate", plan);
    assertThat(validation.getStatusCode().value()).as(validation.getBody()).isEqualTo(200);
    assertThat(json.readTree(validation.getBody()).path("instructionReports")).isEmpty();
    ResponseEntity<String> batch = post(ADMIN, "/engine-rest/migration/executeAsync", migration);
    assertThat(batch.getStatusCode().value()).as(batch.getBody()).isEqualTo(200);
    runBatch(json.readTree(batch.getBody()));

    assertThat(instance(draftA).getProcessDefinitionId()).isEqualTo(v2);
    assertThat(instance(draftB).getProcessDefinitionId()).isEqualTo(v1);
    // the migrated task now resolves its form from the v2 deployment (formRefBinding="deployment")
    assertThat(deployedForm(draftA)).contains(LABEL_V2).doesNotContain(LABEL_V1);
    assertThat(deployedForm(draftB)).contains(LABEL_V1);

    // A, on v2: draft → the new BKPSDM check → review → approved
    submit(draftA.getAssignee(), draftA, Map.of(AppraisalProcess.RHK.name(), skpFor(draftA)));
    Task validasi = taskOf(draftA, TASK_VALIDASI);
    assertThat(post(BKPSDM, "/engine-rest/task/" + validasi.getId() + "/complete", Map.of()).getStatusCode().value())
        .isEqualTo(204);
    // deadlines are read from the version an instance runs on: the migrated year reminds after v2's 3 days
    assertReminderIn(draftA, java.time.Duration.ofDays(3));
    approve(taskOf(draftA, AppraisalProcess.Elements.TASK_REVIEW_SKP));

    // B, on v1: draft → review → approved, no BKPSDM check
    submit(draftB.getAssignee(), draftB, Map.of(AppraisalProcess.RHK.name(), skpFor(draftB)));
    assertThat(taskService.createTaskQuery().processInstanceId(draftB.getProcessInstanceId())
        .taskDefinitionKey(TASK_VALIDASI).count()).isZero();
    assertReminderIn(draftB, java.time.Duration.ofDays(5));
    approve(taskOf(draftB, AppraisalProcess.Elements.TASK_REVIEW_SKP));

    for (Task draft : List.of(draftA, draftB)) {
      assertThat(passed(draft, AppraisalProcess.Elements.TASK_SETUJUI_SKP)).as(draft.getAssignee()).isTrue();
      assertThat(jdbc.sql("SELECT status FROM skp WHERE nip = ? AND tahun = ?").params(draft.getAssignee(), tahun)
          .query(String.class).single()).isEqualTo("DISETUJUI");
    }
    assertThat(passed(draftA, TASK_VALIDASI)).isTrue();
    assertThat(passed(draftB, TASK_VALIDASI)).isFalse();
    assertThat(instance(draftA).getProcessDefinitionId()).isEqualTo(v2);
    assertThat(instance(draftB).getProcessDefinitionId()).isEqualTo(v1);

    // a year opened after the deployment starts on v2 with the new deadline
    String nip = draftB.getAssignee();
    ResponseEntity<String> opened = post(BKPSDM, "/engine-rest/process-definition/key/appraisal-cycle/start", Map.of(
        "businessKey", AppraisalProcess.businessKey(nip, tahun + 1),
        "variables", Map.of("nip", Map.of("value", nip), "tahun", Map.of("value", tahun + 1, "type", "Integer"))));
    assertThat(opened.getStatusCode().value()).as(opened.getBody()).isEqualTo(200);
    String next = json.readTree(opened.getBody()).get("id").asText();
    assertThat(json.readTree(opened.getBody()).get("definitionId").asText()).isEqualTo(v2);
    assertThat(runtimeService.getVariables(next)).doesNotContainKey("pengingatReviewSkp");
  }

  /** The due date of the review reminder timer of the year of this draft. */
  private void assertReminderIn(Task draft, java.time.Duration expected) {
    Job reminder = managementService.createJobQuery().processInstanceId(draft.getProcessInstanceId())
        .activityId(AppraisalProcess.Elements.TIMER_PENGINGAT_REVIEW_SKP).singleResult();
    java.time.Instant expectedAt = java.time.Instant.now().plus(expected);
    assertThat(reminder.getDuedate().toInstant())
        .isBetween(expectedAt.minus(java.time.Duration.ofMinutes(5)), expectedAt.plus(java.time.Duration.ofMinutes(5)));
  }

  /** Seed job, then the migration jobs, then the monitor job: what the job executor would do. */
  private void runBatch(JsonNode batch) {
    for (String definition : List.of("seedJobDefinitionId", "batchJobDefinitionId", "monitorJobDefinitionId")) {
      List<Job> jobs;
      while (!(jobs = managementService.createJobQuery().jobDefinitionId(batch.get(definition).asText()).list()).isEmpty()) {
        jobs.forEach(job -> managementService.executeJob(job.getId()));
        if (definition.equals("monitorJobDefinitionId")) {
          break;
        }
      }
    }
    assertThat(managementService.createJobQuery().withException().count()).isZero();
  }

  /** appraisal-cycle v2 with its forms and decisions, named as Modeler names the files. */
  private HttpEntity<LinkedMultiValueMap<String, Object>> modelerDeployment() throws IOException {
    LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("deployment-name", "appraisal-cycle (Camunda Modeler)");
    body.add("deployment-source", "Camunda Modeler");
    body.add("enable-duplicate-filtering", "false");
    String bpmn = Files.readString(Path.of("processes", "appraisal-cycle.bpmn"));
    String v2 = changed(bpmn,
        "<camunda:property name=\"pengingatReviewSkp\" value=\"P5D\" />",
        "<camunda:property name=\"pengingatReviewSkp\" value=\"P3D\" />");
    v2 = changed(v2,
        "<bpmn:sequenceFlow id=\"Flow_KeReviewSkp\" sourceRef=\"Task_SimpanSkp\" targetRef=\"Task_ReviewSkp\" />",
        """
        <bpmn:userTask id="Task_ValidasiSkpBkpsdm" name="Validasi SKP oleh BKPSDM" camunda:candidateGroups="bkpsdm">
                <bpmn:incoming>Flow_KeReviewSkp</bpmn:incoming>
                <bpmn:outgoing>Flow_ValidasiKeReviewSkp</bpmn:outgoing>
              </bpmn:userTask>
              <bpmn:sequenceFlow id="Flow_KeReviewSkp" sourceRef="Task_SimpanSkp" targetRef="Task_ValidasiSkpBkpsdm" />
              <bpmn:sequenceFlow id="Flow_ValidasiKeReviewSkp" sourceRef="Task_ValidasiSkpBkpsdm" targetRef="Task_ReviewSkp" />""");
    v2 = changed(v2, "<bpmn:incoming>Flow_KeReviewSkp</bpmn:incoming>\n        <bpmn:outgoing>Flow_KeGatewaySkp</bpmn:outgoing>",
        "<bpmn:incoming>Flow_ValidasiKeReviewSkp</bpmn:incoming>\n        <bpmn:outgoing>Flow_KeGatewaySkp</bpmn:outgoing>");
    file(body, "appraisal-cycle.bpmn", v2);
    for (String folder : List.of("processes", "forms")) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        for (Path path : files.filter(p -> p.toString().endsWith(".dmn") || p.toString().endsWith(".form")).toList()) {
          String content = Files.readString(path);
          if (path.getFileName().toString().equals("draft-skp.form")) {
            content = changed(content, LABEL_V1, LABEL_V2);
          }
          file(body, path.getFileName().toString(), content);
        }
      }
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(body, headers);
  }

  private static String changed(String text, String from, String to) {
    assertThat(text).as("the model still holds " + from).contains(from);
    return text.replace(from, to);
  }

  private static void file(LinkedMultiValueMap<String, Object> body, String name, String content) {
    body.add(name, new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    });
  }

  private String deployedForm(Task task) {
    ResponseEntity<String> form = http.withBasicAuth(task.getAssignee(), PASSWORD)
        .getForEntity("/engine-rest/task/" + task.getId() + "/deployed-form", String.class);
    assertThat(form.getStatusCode().value()).as(form.getBody()).isEqualTo(200);
    return form.getBody();
  }

  /** A valid draft: linked to the appraiser's RHK when the form offers them, else in words. */
  private Map<String, Object> skpFor(Task draft) throws IOException {
    JsonNode options = json.readTree(String.valueOf(
        taskService.getVariableLocal(draft.getId(), AppraisalProcess.PILIHAN_RHK_ATASAN.name())));
    String link = options != null && options.isArray() && !options.isEmpty()
        ? "\"rhkAtasan\":" + json.writeValueAsString(options.get(0).path("value").asText())
        : "\"rhkAtasanUraian\":\"Meningkatnya kualitas pelayanan publik\"";
    String skp = "[{\"jenis\":\"UTAMA\",\"uraian\":\"Tersusunnya laporan layanan unit tepat waktu\"," + link
        + ",\"indikator\":[{\"uraian\":\"Laporan yang selesai\",\"aspek\":\"KUANTITAS\",\"target\":\"12 laporan\"}]}]";
    return Map.of("value", skp, "type", "Json");
  }

  private void submit(String user, Task task, Map<String, Object> variables) {
    ResponseEntity<String> response = post(user, "/engine-rest/task/" + task.getId() + "/submit-form",
        Map.of("variables", variables));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(204);
  }

  private void approve(Task review) {
    submit(review.getAssignee(), review, Map.of(AppraisalProcess.KEPUTUSAN_REVIEW_SKP.name(),
        Map.of("value", AppraisalProcess.Decisions.SKP_SETUJU)));
  }

  private Task taskOf(Task draft, String taskDefinitionKey) {
    Task task = taskService.createTaskQuery().processInstanceId(draft.getProcessInstanceId())
        .taskDefinitionKey(taskDefinitionKey).singleResult();
    assertThat(task).as(taskDefinitionKey + " of " + draft.getAssignee()).isNotNull();
    return task;
  }

  private ProcessInstance instance(Task task) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
  }

  private boolean passed(Task task, String activityId) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .activityId(activityId).finished().count() > 0;
  }

  private ResponseEntity<String> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }
}
