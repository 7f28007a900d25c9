package id.kinerja.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.appraisal.Words;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.support.SharedApplicationTest;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
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

/**
 * The header listener and the task names in the application, on a model a process owner might
 * deploy: a user task without {@code ${taskHeaderListener}} gets it from the engine, a task created
 * by an employee's completion finds its form's header names the first time its deployment is
 * asked, and a name that reads a variable the instance lacks does not stop the instance.
 */
@SharedApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskHeaderListenerTest {

  static final String RUDI = "198809092012121010";   // Rudi Hartono, an employee (asn) of the demo
  static final String HENDRA = "197212121998031008"; // his appraiser
  static final String FORM = """
      {"id": "form-kepala-uji", "type": "default", "schemaVersion": 16, "components": [
        {"id": "Text_Kepala", "type": "text",
         "text": "#### {{namaPegawai}}\\nTenggat: **{{tenggatTugas}}** · pejabat penilai {{namaPejabatPenilai}} · {{predikatLabel}}"}]}""";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired TestRestTemplate http;

  String deploymentId;

  @BeforeAll
  void deploy() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("kepala-uji").camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Mulai")
        // no form: its creation asks nothing of the deployment
        .userTask("Task_TanpaFormulir").name("Tanpa formulir").camundaAssignee(RUDI)
        .userTask("Task_DenganKepala").name("Dengan kepala ${namaPegawai}").camundaAssignee(HENDRA)
        .camundaFormRef("form-kepala-uji").camundaFormRefBinding("deployment")
        .camundaDueDate("${dateTime().plusDays(3).toDate()}")
        .endEvent("EndEvent_Selesai").done();
    deploymentId = repositoryService.createDeployment().name("kepala-uji")
        .addModelInstance("kepala-uji.bpmn", model).addString("kepala-uji.form", FORM).deploy().getId();
  }

  @AfterAll
  void undeploy() {
    repositoryService.deleteDeployment(deploymentId, true);
  }

  @Test
  void aTaskCreatedByAnEmployeesCompletion_getsItsHeader_evenWithoutDeclaringTheListener() {
    String instance = runtimeService.startProcessInstanceByKey("kepala-uji", Map.of(AppraisalProcess.NAMA_PEGAWAI.name(), "Rudi Hartono",
        AppraisalProcess.PEJABAT_PENILAI.name(), HENDRA, AppraisalProcess.PREDIKAT.name(), "SANGAT_BAIK", AppraisalProcess.NIP.name(), RUDI)).getId();
    Task first = taskService.createTaskQuery().processInstanceId(instance).singleResult();

    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    var answer = http.withBasicAuth(RUDI, "demo").postForEntity("/engine-rest/task/" + first.getId() + "/complete",
        new HttpEntity<>("{\"variables\": {}}", headers), String.class);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    Task second = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(second.getName()).isEqualTo("Dengan kepala Rudi Hartono");
    assertThat(taskService.getVariablesLocal(second.getId()))
        .containsEntry("tenggatTugas", Words.date(second.getDueDate().toInstant().atZone(ZoneId.of("Asia/Jakarta")).toLocalDate()))
        .containsEntry("namaPejabatPenilai", "Drs. Hendra Gunawan, M.M.")
        .containsEntry("predikatLabel", "Sangat Baik")
        .as("the process holds it itself").doesNotContainKey("namaPegawai");

    // an admin moves the deadline: the form says the new one
    second.setDueDate(java.sql.Timestamp.valueOf(java.time.LocalDateTime.of(2027, 1, 14, 12, 0)));
    taskService.saveTask(second);
    assertThat(taskService.getVariableLocal(second.getId(), "tenggatTugas")).isEqualTo("14 Januari 2027");
  }

  @Test
  void anInstanceWithoutTheVariablesANameReads_stillGetsItsTask_namedWithoutThem() {
    // e.g. a year migrated from a version without namaPegawai, or started by an admin in the middle
    String instance = runtimeService.createProcessInstanceByKey("kepala-uji")
        .startBeforeActivity("Task_DenganKepala").execute().getId();

    Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(task.getName()).isEqualTo("Dengan kepala");
    assertThat(LenientTaskNames.LenientName.tidy("Periksa SKP ·  · 2026")).isEqualTo("Periksa SKP · 2026");
    assertThat(LenientTaskNames.LenientName.tidy("Laporan realisasi  2026")).isEqualTo("Laporan realisasi 2026");
  }
}
