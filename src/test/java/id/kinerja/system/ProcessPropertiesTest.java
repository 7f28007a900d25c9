package id.kinerja.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A process owner's deadline, set as an extension property of the process in Modeler and read by
 * {@code ${konfigurasi.nilai(execution, '...')}}: what a new deployment changes and what it leaves.
 */
class ProcessPropertiesTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder().build();

  private static final String KEY = "uji-konfigurasi";

  ProcessEngine engine;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    Mocks.register("konfigurasi", new ProcessProperties());
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    engine.getRepositoryService().createDeploymentQuery().list()
        .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
  }

  @Test
  void deadlineProperty_setsTheDueDate_andNothingIsCopiedIntoTheInstance() {
    deploy("P3D", "tenggat");
    String instance = start(Map.of());

    assertDueIn(task(instance), Duration.ofDays(3));
    assertThat(engine.getRuntimeService().getVariables(instance)).isEmpty();
  }

  @Test
  void variableGivenAtStart_winsOverTheProperty() {
    deploy("P3D", "tenggat");
    String instance = start(Map.of("tenggat", "P10D"));

    assertDueIn(task(instance), Duration.ofDays(10));
  }

  @Test
  void newDeployment_changesNewYears_whileARunningYearKeepsItsVersionsValue() {
    deploy("P3D", "tenggat");
    String running = start(Map.of());
    deploy("P5D", "tenggat");
    String started = start(Map.of());

    engine.getTaskService().complete(task(running).getId());
    assertDueIn(task(running), Duration.ofDays(3));
    assertDueIn(task(started), Duration.ofDays(5));
  }

  @Test
  void expressionNamingAnUndeclaredProperty_failsWithAMessageForTheProcessOwner() {
    deploy("P3D", "tenggatTidakAda");

    assertThatThrownBy(() -> start(Map.of()))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Properti proses 'tenggatTidakAda' tidak ada");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  private void deploy(String tenggat, String used) {
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Uji" targetNamespace="https://kinerja.id/uji">
          <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:extensionElements>
              <camunda:properties><camunda:property name="tenggat" value="%2$s" /></camunda:properties>
            </bpmn:extensionElements>
            <bpmn:startEvent id="StartEvent_Mulai" />
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Mulai" targetRef="Task_Pertama" />
            <bpmn:userTask id="Task_Pertama" camunda:dueDate="${konfigurasi.nilai(execution, '%3$s')}" />
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Pertama" targetRef="Task_Kedua" />
            <bpmn:userTask id="Task_Kedua" camunda:dueDate="${konfigurasi.nilai(execution, '%3$s')}" />
            <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Kedua" targetRef="EndEvent_Selesai" />
            <bpmn:endEvent id="EndEvent_Selesai" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(KEY, tenggat, used);
    engine.getRepositoryService().createDeployment().addString(KEY + ".bpmn", bpmn).deploy();
  }

  private String start(Map<String, Object> variables) {
    return engine.getRuntimeService().startProcessInstanceByKey(KEY, variables).getId();
  }

  private Task task(String instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
  }

  private static void assertDueIn(Task task, Duration expected) {
    Instant due = task.getDueDate().toInstant();
    Instant now = Instant.now();
    assertThat(Date.from(due)).isBetween(Date.from(now.plus(expected).minusSeconds(60)),
        Date.from(now.plus(expected).plusSeconds(60)));
  }
}
