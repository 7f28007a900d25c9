package id.kinerja.system.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.support.SharedApplicationTest;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an expression can reach while it runs, for a model that reached the engine without the
 * deployment check (stored before the check existed, or written into the database): not the
 * engine's services, not Java reflection, not beans outside the allowlist. Shown with a model whose
 * stored XML is replaced in the database after it passed the check, and with expressions evaluated
 * by the engine's expression manager on a real execution and task.
 */
@SharedApplicationTest
class RuntimeNarrowingTest {

  static final String PEMILIK_PROSES = "198201102006041003";   // Bambang Priyono, process-owner
  static final String KEY = "uji-lolos-pemeriksaan";
  static final String MAKE_ADMIN = "createMembership('" + PEMILIK_PROSES + "', 'camunda-admin')";

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired JdbcClient jdbc;
  String deploymentId;

  @BeforeEach
  void deployAModelThatPassesTheCheck() {
    deploymentId = repositoryService.createDeployment().name("uji-penyempitan")
        .addString(KEY + ".bpmn", model("${nip}", "asli")).deploy().getId();
  }

  @AfterEach
  void removeIt() {
    repositoryService.deleteDeployment(deploymentId, true);
    if (isAdmin(PEMILIK_PROSES)) {
      identityService.deleteMembership(PEMILIK_PROSES, "camunda-admin");
    }
  }

  @Test
  void aModelReplacedInTheDatabase_isWhatTheEngineRuns() {
    replaceStoredModel(model("${nip}", "diganti"));

    String instance = runtimeService.startProcessInstanceByKey(KEY, Map.of("nip", PEMILIK_PROSES)).getId();

    assertThat(taskService.createTaskQuery().processInstanceId(instance).singleResult().getAssignee())
        .as("the replaced XML, not the checked one, runs: the tests below are not stopped by the check")
        .isEqualTo("diganti");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "${identityService." + MAKE_ADMIN + "}",
      "${execution.processEngineServices.identityService." + MAKE_ADMIN + "}",
      "${execution.getProcessEngine().getIdentityService()." + MAKE_ADMIN + "}",
      "${execution.processInstance.processEngineServices.identityService." + MAKE_ADMIN + "}",
      "${execution.bpmnModelInstance.class.forName('org.camunda.bpm.engine.ProcessEngines').getDefaultProcessEngine()}"})
  void aModelThatGotPastTheCheck_cannotMakeItsOwnerAdmin(String attack) {
    replaceStoredModel(model(attack, "asli"));

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, Map.of("nip", PEMILIK_PROSES)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageMatching("(?s).*(Cannot resolve identifier 'identityService'|Ekspresi ditolak).*");

    assertThat(isAdmin(PEMILIK_PROSES)).isFalse();
  }

  @Test
  void aScriptThatGotPastTheCheck_doesNotRun() {
    // JUEL is also a script language of the engine, evaluated without the expression manager's guard
    String script = "${execution.processEngineServices.identityService." + MAKE_ADMIN + "}";
    replaceStoredModel(model("${nip}", "asli").replace("<bpmn:userTask", """
        <bpmn:scriptTask id="Task_Skrip" scriptFormat="juel"><bpmn:script>%s</bpmn:script></bpmn:scriptTask>
        <bpmn:sequenceFlow id="Flow_KeSkrip" sourceRef="Task_Uji" targetRef="Task_Skrip" />
        <bpmn:userTask""".formatted(script)));
    String instance = start();
    String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();

    assertThatThrownBy(() -> taskService.complete(task))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("tidak menjalankan skrip");

    assertThat(isAdmin(PEMILIK_PROSES)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      ${identityService}                                       | Cannot resolve identifier 'identityService'
      ${runtimeService}                                        | Cannot resolve identifier 'runtimeService'
      ${appraisalAccess}                                       | Cannot resolve identifier 'appraisalAccess'
      ${processEngine}                                         | Cannot resolve identifier 'processEngine'
      ${execution.processEngineServices}                       | 'processEngineServices' pada ExecutionEntity
      ${execution.getProcessEngineServices()}                  | 'getProcessEngineServices' pada ExecutionEntity
      ${execution.processEngine}                               | 'processEngine' pada ExecutionEntity
      ${execution.processInstance.getProcessEngineServices()}  | 'getProcessEngineServices' pada ExecutionEntity
      ${execution.processDefinition}                           | 'processDefinition' pada ExecutionEntity
      ${execution.deleteCascade('x')}                          | 'deleteCascade' pada ExecutionEntity
      ${nip.getClass()}                                        | 'getClass' pada String
      ${nip['class']}                                          | 'class' pada String
      ${dateTime().getChronology().getClass()}                 | 'getClass' pada
      """)
  void onAnExecution_engineServicesInternalsAndReflectionAreRefused(String expression, String refusal) {
    String instance = start();

    assertThatThrownBy(() -> evaluate(expression, executionOf(instance)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining(refusal);
    assertThat(isAdmin(PEMILIK_PROSES)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"${task.processEngineServices}", "${task.getProcessEngine()}",
      "${task.execution.processEngineServices}", "${task.getClass()}"})
  void onATask_engineServicesAreRefused(String expression) {
    String instance = start();
    Command<VariableScope> task = context -> context.getTaskManager()
        .findTaskById(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId());

    assertThatThrownBy(() -> evaluate(expression, task))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Ekspresi ditolak");
  }

  @Test
  void whatTheModelsRead_stillResolves() {
    String instance = start();

    assertThat(evaluate("${nip}", executionOf(instance))).isEqualTo(PEMILIK_PROSES);
    assertThat(evaluate("${execution.processInstanceId}", executionOf(instance))).isEqualTo(instance);
    assertThat(evaluate("${execution.getVariable('nip')}", executionOf(instance))).isEqualTo(PEMILIK_PROSES);
    assertThat(evaluate("${organisasi.nameOf(nip)}", executionOf(instance))).asString().startsWith("Bambang Priyono");
    assertThat(evaluate("${dateTime().plusDays(3).toDate()}", executionOf(instance))).isInstanceOf(Date.class);
    assertThat(evaluate("${submissionRulesListener}", executionOf(instance))).isInstanceOf(TaskListener.class);
    // what versions deployed before the check still do (Flow_KeBukaPeriode's take listener until 2026-12)
    evaluate("${execution.setVariable('periodeDibuka', 1)}", executionOf(instance));
    assertThat(runtimeService.getVariable(instance, "periodeDibuka")).isEqualTo(1L);
  }

  private String start() {
    return runtimeService.startProcessInstanceByKey(KEY, Map.of("nip", PEMILIK_PROSES)).getId();
  }

  private static Command<VariableScope> executionOf(String instance) {
    return context -> context.getExecutionManager().findExecutionById(instance);
  }

  private Object evaluate(String expression, Command<VariableScope> scope) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context ->
        configuration.getExpressionManager().createExpression(expression).getValue(scope.execute(context)));
  }

  /** As if the model had been stored without the check: the engine reads it again from the database. */
  private void replaceStoredModel(String bpmn) {
    int replaced = jdbc.sql("UPDATE ACT_GE_BYTEARRAY SET BYTES_ = ? WHERE DEPLOYMENT_ID_ = ? AND NAME_ = ?")
        .params(bpmn.getBytes(StandardCharsets.UTF_8), deploymentId, KEY + ".bpmn").update();
    assertThat(replaced).isOne();
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    configuration.getCommandExecutorTxRequired().execute(context -> {
      configuration.getDeploymentCache().removeDeployment(deploymentId);
      return null;
    });
  }

  private boolean isAdmin(String user) {
    return identityService.createUserQuery().userId(user).memberOfGroup("camunda-admin").count() > 0;
  }

  private static String model(String startListener, String assignee) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Uji" targetNamespace="http://kinerja.id/uji">
          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="StartEvent_Mulai">
              <bpmn:extensionElements>
                <camunda:executionListener event="start" expression="%s" />
              </bpmn:extensionElements>
            </bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_KeTugas" sourceRef="StartEvent_Mulai" targetRef="Task_Uji" />
            <bpmn:userTask id="Task_Uji" camunda:assignee="%s" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(KEY, startListener, assignee);
  }
}
