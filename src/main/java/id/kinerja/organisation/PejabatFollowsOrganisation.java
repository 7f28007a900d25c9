package id.kinerja.organisation;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.Nip;
import id.kinerja.system.EveryUserTask;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.configuration.CamundaProcessEngineConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A task meant for the employee's Pejabat Penilai or Atasan Pejabat Penilai
 * ({@code camunda:assignee="${pejabatPenilai}"} or {@code "${atasanPejabatPenilai}"}) goes to the
 * people the organisation names when it is created, even when a mutasi is being recorded at that
 * very moment.
 *
 * <p>Before such a task is created (an execution listener on the user task's start), the
 * employee's {@code org_employee} row is locked, the row a mutasi locks before it hands the
 * employee's running appraisals over ({@link Mutasi#changeSupervisor}), and the instance's pejabat
 * variables are compared with the organisation:
 * <ul>
 *   <li>a mutasi that started first has committed by then: the variables this step read are
 *   stale, so they are set again; the engine then refuses the step as a conflict with the
 *   mutasi's own update of the same variables (a 409 for a user, a retry for a job), and the
 *   step done again gives the task to the new pejabat;</li>
 *   <li>a mutasi that comes second waits for this step to commit and then finds its new task
 *   among the ones it reassigns.</li>
 * </ul>
 * Variables the organisation changed without a mutasi (a re-imported supervisor) are corrected the
 * same way, without any conflict. Added to every user task with such an assignee when its model
 * is deployed ({@link EveryUserTask}), so a task a process owner adds in Modeler is covered too.
 */
@Component
class PejabatFollowsOrganisation implements CamundaProcessEngineConfiguration {

  private final ObjectProvider<OrganisationRepository> repository;
  private final ObjectProvider<OrganisationLookup> organisasi;

  PejabatFollowsOrganisation(ObjectProvider<OrganisationRepository> repository,
      ObjectProvider<OrganisationLookup> organisasi) {
    this.repository = repository;
    this.organisasi = organisasi;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ExecutionListener check = this::beforeTaskIsCreated;
    EveryUserTask.extend(configuration, (userTask, activity) -> {
      var assignee = userTask.getTaskDefinition().getAssigneeExpression();
      if (assignee != null && AppraisalProcess.pejabatAssignedBy(assignee.getExpressionText()) != null) {
        activity.addListener(ExecutionListener.EVENTNAME_START, check);
      }
    });
  }

  void beforeTaskIsCreated(DelegateExecution execution) {
    Object nip = execution.getVariable(AppraisalProcess.NIP.name());
    if (nip == null) {
      return;
    }
    if (repository.getObject().lockEmployees(List.of(nip.toString())).isEmpty()) {
      return; // not an employee of the organisation: nothing to follow
    }
    Map<String, Object> now = organisasi.getObject().pejabatOf(Nip.of(nip.toString()));
    for (var variable : AppraisalProcess.PEJABAT) {
      Object held = execution.getVariable(variable.name());
      if (held != null && !Objects.equals(held, now.get(variable.name()))) {
        execution.setVariable(variable.name(), now.get(variable.name()));
      }
    }
  }
}
