package id.kinerja.system.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.support.SharedApplicationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A deployment is code: what a process owner (or an admin) deploys through the REST API, as Camunda
 * Modeler does, is checked before the engine takes it. The attack that made a process owner an
 * admin, each construct that reaches beyond reading, and the product's own models, over real HTTP.
 */
@SharedApplicationTest
class DeploymentCheckRestTest {

  static final String PEMILIK_PROSES = "198201102006041003";   // Bambang Priyono, process-owner
  static final String ADMIN = "demo";
  static final String PASSWORD = "demo";
  static final String DEPLOYMENT_NAME = "Uji pemeriksaan deployment";

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void removeWhatWasDeployed() {
    repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).list()
        .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
    // on a build without the check the attack succeeds; leave the shared demo data as it was
    if (isAdmin(PEMILIK_PROSES)) {
      identityService.deleteMembership(PEMILIK_PROSES, "camunda-admin");
    }
  }

  /** The attack as it was found: fails on a build without the check (200, and he is an admin). */
  @Test
  void processOwnersTimerThatMakesHimAdmin_isRefusedWith400_andHeStaysAProcessOwner() throws IOException {
    String attack = bpmn("uji-jadi-admin", """
        <bpmn:startEvent id="StartEvent_JadiAdmin">
          <bpmn:extensionElements>
            <camunda:executionListener event="start"
                expression="${identityService.createMembership('198201102006041003','camunda-admin')}" />
          </bpmn:extensionElements>
          <bpmn:timerEventDefinition id="TimerEventDefinition_JadiAdmin">
            <bpmn:timeDuration>PT5S</bpmn:timeDuration>
          </bpmn:timerEventDefinition>
        </bpmn:startEvent>
        <bpmn:sequenceFlow id="Flow_KeSelesai" sourceRef="StartEvent_JadiAdmin" targetRef="EndEvent_Selesai" />
        <bpmn:endEvent id="EndEvent_Selesai" />
        """);

    ResponseEntity<String> response = deployAs(PEMILIK_PROSES, Map.of("uji-jadi-admin.bpmn", attack));
    // what the job executor would do seconds later with whatever was deployed
    for (Job timer : managementService.createJobQuery().processDefinitionKey("uji-jadi-admin").list()) {
      managementService.executeJob(timer.getId());
    }

    assertThat(isAdmin(PEMILIK_PROSES)).as("the process owner became an admin").isFalse();
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.path("type").asText()).isEqualTo("ParseException");
    assertThat(body.path("message").asText()).startsWith("Deployment ditolak, tidak ada yang disimpan.")
        .contains("uji-jadi-admin.bpmn, elemen 'StartEvent_JadiAdmin'")
        .contains("'identityService' bukan bean yang boleh dipakai model");
    JsonNode problem = body.path("details").path("uji-jadi-admin.bpmn").path("errors").path(0);
    assertThat(problem.path("mainElementId").asText()).isEqualTo("StartEvent_JadiAdmin");
    assertThat(problem.path("line").asInt()).isPositive();
    assertNothingStored("uji-jadi-admin");
  }

  /** An expected refusal is one INFO line, not the engine's ERROR and the REST API's WARN with stack traces. */
  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void aRefusedDeployment_isOneInfoLineInTheLog(CapturedOutput log) {
    String refused = bpmn("uji-log-ditolak", "<bpmn:scriptTask id=\"Task_Skrip\" scriptFormat=\"groovy\"><bpmn:script>1</bpmn:script></bpmn:scriptTask>");

    ResponseEntity<String> response = deployAs(PEMILIK_PROSES, Map.of("uji-log-ditolak.bpmn", refused));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(log.getOut()).contains("POST /engine-rest/deployment/create by " + PEMILIK_PROSES + " refused with 400")
        .doesNotContain("ENGINE-16004").doesNotContain("ENGINE-REST-HTTP");
  }

  @Test
  void anAdminsDeployment_isCheckedToo() {
    String attack = bpmn("uji-admin-juga", """
        <bpmn:startEvent id="StartEvent_Mulai">
          <bpmn:extensionElements>
            <camunda:executionListener event="start" expression="${runtimeService.deleteProcessInstance('x', 'y')}" />
          </bpmn:extensionElements>
        </bpmn:startEvent>
        """);

    ResponseEntity<String> response = deployAs(ADMIN, Map.of("uji-admin-juga.bpmn", attack));

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("'runtimeService' bukan bean");
    assertNothingStored("uji-admin-juga");
  }

  static Stream<Arguments> forbiddenConstructs() {
    return Stream.of(
        bpmnCase("camunda:class", "<bpmn:serviceTask id=\"Task_Kelas\" camunda:class=\"id.kinerja.Jahat\" />",
            "Task_Kelas", "kelas Java"),
        bpmnCase("script task", """
            <bpmn:scriptTask id="Task_Skrip" scriptFormat="groovy">
              <bpmn:script>java.lang.Runtime.getRuntime().exec('id')</bpmn:script>
            </bpmn:scriptTask>""", "Task_Skrip", "skrip (bpmn:scriptTask) tidak diizinkan"),
        bpmnCase("script task from a resource (camunda:resource)",
            "<bpmn:scriptTask id=\"Task_SkripBerkas\" scriptFormat=\"groovy\" camunda:resource=\"deployment://jahat.groovy\" />",
            "Task_SkripBerkas", "skrip (bpmn:scriptTask) tidak diizinkan"),
        bpmnCase("script execution listener", """
            <bpmn:startEvent id="StartEvent_Skrip">
              <bpmn:extensionElements>
                <camunda:executionListener event="start">
                  <camunda:script scriptFormat="javascript">execution.getProcessEngineServices()</camunda:script>
                </camunda:executionListener>
              </bpmn:extensionElements>
            </bpmn:startEvent>""", "StartEvent_Skrip", "skrip (camunda:script) tidak diizinkan"),
        bpmnCase("script in an input parameter", """
            <bpmn:userTask id="Task_SkripMasukan" camunda:assignee="demo">
              <bpmn:extensionElements>
                <camunda:inputOutput>
                  <camunda:inputParameter name="x"><camunda:script scriptFormat="groovy">1</camunda:script></camunda:inputParameter>
                </camunda:inputOutput>
              </bpmn:extensionElements>
            </bpmn:userTask>""", "Task_SkripMasukan", "skrip (camunda:script) tidak diizinkan"),
        bpmnCase("condition in a script language", """
            <bpmn:startEvent id="StartEvent_Mulai" />
            <bpmn:exclusiveGateway id="Gateway_Pilih" />
            <bpmn:sequenceFlow id="Flow_KePilih" sourceRef="StartEvent_Mulai" targetRef="Gateway_Pilih" />
            <bpmn:sequenceFlow id="Flow_Skrip" sourceRef="Gateway_Pilih" targetRef="EndEvent_Selesai">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="groovy">true</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:endEvent id="EndEvent_Selesai" />""", "Flow_Skrip", "language=\"groovy\""),
        bpmnCase("connector", """
            <bpmn:serviceTask id="Task_Konektor">
              <bpmn:extensionElements>
                <camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>
              </bpmn:extensionElements>
            </bpmn:serviceTask>""", "Task_Konektor", "connector (camunda:connector) tidak diizinkan"),
        bpmnCase("shell task", """
            <bpmn:serviceTask id="Task_Shell" camunda:type="shell">
              <bpmn:extensionElements>
                <camunda:field name="command"><camunda:string>id</camunda:string></camunda:field>
              </bpmn:extensionElements>
            </bpmn:serviceTask>""", "Task_Shell", "camunda:type=\"shell\" tidak diizinkan"),
        bpmnCase("identityService in an assignee", "<bpmn:userTask id=\"Task_Identitas\" "
            + "camunda:assignee=\"${identityService.createMembership('198201102006041003','camunda-admin')}\" />",
            "Task_Identitas", "'identityService' bukan bean"),
        bpmnCase("identityService in a timer of a timer start event", """
            <bpmn:startEvent id="StartEvent_Timer">
              <bpmn:timerEventDefinition id="TimerEventDefinition_Identitas">
                <bpmn:timeDate>${identityService.createMembership('198201102006041003','camunda-admin')}</bpmn:timeDate>
              </bpmn:timerEventDefinition>
            </bpmn:startEvent>""", "TimerEventDefinition_Identitas", "'identityService' bukan bean"),
        bpmnCase("runtimeService in a condition", """
            <bpmn:startEvent id="StartEvent_Mulai" />
            <bpmn:sequenceFlow id="Flow_Runtime" sourceRef="StartEvent_Mulai" targetRef="EndEvent_Selesai">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${runtimeService.createProcessInstanceQuery().count() > 0}</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:endEvent id="EndEvent_Selesai" />""", "Flow_Runtime", "'runtimeService' bukan bean"),
        bpmnCase("execution.getProcessEngineServices() in a due date", "<bpmn:userTask id=\"Task_Layanan\" "
            + "camunda:dueDate=\"${execution.getProcessEngineServices().getIdentityService()}\" />",
            "Task_Layanan", "'execution.getProcessEngineServices' membuka layanan engine"),
        bpmnCase("execution.processEngine in an input parameter", """
            <bpmn:userTask id="Task_Engine">
              <bpmn:extensionElements>
                <camunda:inputOutput>
                  <camunda:inputParameter name="x">${execution.processEngine.identityService}</camunda:inputParameter>
                </camunda:inputOutput>
              </bpmn:extensionElements>
            </bpmn:userTask>""", "Task_Engine", "'execution.processEngine' membuka layanan engine"),
        bpmnCase("task.getProcessEngineServices() in a task listener", """
            <bpmn:userTask id="Task_PendengarTugas">
              <bpmn:extensionElements>
                <camunda:taskListener event="create" expression="${task.getProcessEngineServices().getIdentityService()}" />
              </bpmn:extensionElements>
            </bpmn:userTask>""", "Task_PendengarTugas", "'task.getProcessEngineServices' membuka layanan engine"),
        bpmnCase("a service getter of execution", "<bpmn:userTask id=\"Task_Induk\" "
            + "camunda:assignee=\"${execution.getProcessInstance().getProcessEngineServices()}\" />",
            "Task_Induk", "'execution.getProcessInstance' tidak boleh dipakai"),
        bpmnCase("writing through execution", "<bpmn:userTask id=\"Task_Tulis\" "
            + "camunda:assignee=\"${execution.setVariable('pejabatPenilai', '198201102006041003')}\" />",
            "Task_Tulis", "'execution.setVariable' mengubah data"),
        bpmnCase("reflection (getClass, forName)", "<bpmn:userTask id=\"Task_Refleksi\" "
            + "camunda:assignee=\"${nip.getClass().forName('java.lang.Runtime')}\" />",
            "Task_Refleksi", "refleksi Java ('getClass')"),
        bpmnCase("reflection (class)", "<bpmn:userTask id=\"Task_Kelas\" camunda:assignee=\"${nip['class']}\" />",
            "Task_Kelas", "refleksi Java ('class')"),
        bpmnCase("a bean outside the allowlist", """
            <bpmn:startEvent id="StartEvent_Akses">
              <bpmn:extensionElements>
                <camunda:executionListener event="start"
                    expression="${appraisalAccess.grantForInstance(execution.processInstanceId, '198201102006041003')}" />
              </bpmn:extensionElements>
            </bpmn:startEvent>""", "StartEvent_Akses", "'appraisalAccess' bukan bean"),
        bpmnCase("a delegateExpression that is not exactly ${bean}", "<bpmn:serviceTask id=\"Task_Delegasi\" "
            + "camunda:delegateExpression=\"${saveSkpDraftDelegate.execute(execution)}\" />",
            "Task_Delegasi", "delegateExpression harus tepat ${namaBean}"),
        bpmnCase("a delegateExpression naming a bean without a template", "<bpmn:serviceTask id=\"Task_Layanan\" "
            + "camunda:delegateExpression=\"${identityService}\" />",
            "Task_Layanan", "'identityService' bukan delegate yang disediakan Kinerja"),
        bpmnCase("a task listener that is not in the list", """
            <bpmn:userTask id="Task_Pendengar">
              <bpmn:extensionElements>
                <camunda:taskListener event="create" delegateExpression="${saveSkpDraftDelegate}" />
              </bpmn:extensionElements>
            </bpmn:userTask>""", "Task_Pendengar", "'saveSkpDraftDelegate' bukan task listener yang disediakan"),
        bpmnCase("the old activiti namespace", "<bpmn:serviceTask id=\"Task_Activiti\" activiti:class=\"id.kinerja.Jahat\" />",
            "Task_Activiti", "atribut activiti:class"),
        Arguments.of("DMN in another expression language (definitions)", "uji.dmn",
            dmn("expressionLanguage=\"javascript\"", "", ""), "Definitions_UjiDmn", "expressionLanguage=\"javascript\""),
        Arguments.of("DMN in another expression language (input)", "uji.dmn",
            dmn("", "expressionLanguage=\"groovy\"", ""), "InputExpression_Nilai", "expressionLanguage=\"groovy\""),
        Arguments.of("DMN in another expression language (rule)", "uji.dmn",
            dmn("", "", "expressionLanguage=\"juel\""), "LiteralExpression_Tinggi", "expressionLanguage=\"juel\""),
        Arguments.of("CMMN", "uji.cmmn", "<definitions xmlns=\"http://www.omg.org/spec/CMMN/20151109/MODEL\" />",
            null, "CMMN tidak dipakai Kinerja"),
        Arguments.of("a script file", "jahat.groovy", "'id'.execute()", null, "jenis berkas ini tidak dipakai Kinerja"),
        Arguments.of("a form that loads a page into Tasklist", "uji.form",
            "{\"id\": \"form-uji\", \"type\": \"default\", \"components\": [{\"id\": \"Field_Halaman\", "
                + "\"type\": \"iframe\", \"url\": \"https://contoh.example/\"}]}",
            "Field_Halaman", "komponen formulir jenis 'iframe' tidak diizinkan"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forbiddenConstructs")
  void forbiddenConstruct_isRefusedWith400_namingTheElementAndTheReason(String construct, String file, String content,
      String elementId, String reason) throws IOException {
    ResponseEntity<String> response = deployAs(PEMILIK_PROSES, Map.of(file, content));

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = json.readTree(response.getBody());
    String message = body.path("message").asText();
    assertThat(message).startsWith("Deployment ditolak").contains(reason)
        .contains(elementId == null ? file + ": " : file + ", elemen '" + elementId + "'");
    JsonNode problem = body.path("details").path(file).path("errors").path(0);
    assertThat(problem.path("message").asText()).contains(reason);
    if (elementId != null) {
      assertThat(problem.path("mainElementId").asText()).isEqualTo(elementId);
    }
    assertThat(repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count()).isZero();
  }

  @Test
  void theProductsOwnModels_areAccepted() throws IOException {
    Map<String, String> files = new java.util.TreeMap<>();
    for (Path folder : List.of(Path.of("processes"), Path.of("forms"))) {
      try (Stream<Path> list = Files.list(folder)) {
        for (Path file : list.toList()) {
          files.put(file.getFileName().toString(), Files.readString(file));
        }
      }
    }

    ResponseEntity<String> response = deployAs(PEMILIK_PROSES, files);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(files).containsKeys("appraisal-cycle.bpmn", "tindak-lanjut-penilaian.bpmn", "predikat-kinerja.dmn",
        "draft-skp.form");
    assertThat(repositoryService.getDeploymentResourceNames(json.readTree(response.getBody()).path("id").asText()))
        .containsExactlyInAnyOrderElementsOf(files.keySet());
  }

  private void assertNothingStored(String processKey) {
    assertThat(repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count()).isZero();
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey).count()).isZero();
    assertThat(managementService.createJobQuery().processDefinitionKey(processKey).count()).isZero();
  }

  private boolean isAdmin(String user) {
    return identityService.createUserQuery().userId(user).memberOfGroup("camunda-admin").count() > 0;
  }

  private ResponseEntity<String> deployAs(String user, Map<String, String> files) {
    LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("deployment-name", DEPLOYMENT_NAME);
    body.add("deployment-source", "Camunda Modeler");
    body.add("enable-duplicate-filtering", "true");
    files.forEach((name, content) -> body.add(name, new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    }));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(user, PASSWORD)
        .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), String.class);
  }

  private static Arguments bpmnCase(String construct, String body, String elementId, String reason) {
    String key = "uji-" + Integer.toHexString(construct.hashCode());
    return Arguments.of(construct, key + ".bpmn", bpmn(key, body), elementId, reason);
  }

  static String bpmn(String processKey, String body) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:activiti="http://activiti.org/bpmn"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            id="Definitions_Uji" targetNamespace="http://kinerja.id/uji">
          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
        %s
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(processKey, body);
  }

  static String dmn(String definitions, String input, String rule) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_UjiDmn" name="Uji"
            namespace="http://kinerja.id/uji" %s>
          <decision id="keputusan-uji-bahasa" name="Uji bahasa">
            <decisionTable id="DecisionTable_Uji">
              <input id="Input_Nilai" label="Nilai">
                <inputExpression id="InputExpression_Nilai" typeRef="integer" %s><text>nilai</text></inputExpression>
              </input>
              <output id="Output_Hasil" name="hasil" typeRef="string" />
              <rule id="Rule_Tinggi">
                <inputEntry id="UnaryTests_Tinggi"><text>&gt;= 80</text></inputEntry>
                <outputEntry id="LiteralExpression_Tinggi" %s><text>"TINGGI"</text></outputEntry>
              </rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(definitions, input, rule);
  }
}
