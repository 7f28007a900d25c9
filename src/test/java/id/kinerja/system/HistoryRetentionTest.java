package id.kinerja.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.SharedApplicationTest;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What keeps the engine's tables from growing without bound (issue 7.3), as the running engine
 * has it configured: models without a history time-to-live are refused, the history cleanup runs
 * in its nightly window, and task assignments leave no licence-metric rows behind.
 */
@SharedApplicationTest
class HistoryRetentionTest {

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;

  @Test
  void historyCleanup_runsInTheNightlyWindow_andEveryModelMustSayHowLongItsHistoryIsKept() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(configuration.isEnforceHistoryTimeToLive()).isTrue();
    assertThat(historyService.findHistoryCleanupJobs()).as("the cleanup job is scheduled").isNotEmpty();
  }

  @Test
  void assigningATask_writesNoTaskMetricRow() {
    repositoryService.createDeployment().name("uji-metrik-tugas")
        .addModelInstance("uji-metrik-tugas.bpmn", Bpmn.createExecutableProcess("uji-metrik-tugas")
            .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Uji").camundaAssignee("pegawaiMetrik")
            .endEvent().done())
        .deploy();
    Date before = new Date(System.currentTimeMillis() - 60_000);
    String instance = runtimeService.startProcessInstanceByKey("uji-metrik-tugas").getId();
    String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    taskService.setAssignee(task, "pegawaiLain");

    assertThat(managementService.getUniqueTaskWorkerCount(before, null)).isZero();
  }
}
