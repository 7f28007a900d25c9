package id.kinerja.organisation;

import id.kinerja.kernel.AppraisalProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener for the tasks of an appraisal ({@code camunda:delegateExpression=
 * "${appraiserTaskVisibility}"}): the appraiser of the employee named by the process variable
 * {@code nip} may see the task, though only its assignee may work on it. Tasks of processes
 * without that variable are left alone.
 */
@Component("appraiserTaskVisibility")
class AppraiserTaskVisibility implements TaskListener {

  private final AppraisalAccess access;

  AppraiserTaskVisibility(AppraisalAccess access) {
    this.access = access;
  }

  @Override
  public void notify(DelegateTask task) {
    Object nip = task.getVariable(AppraisalProcess.NIP.name());
    if (nip != null) {
      // the instance's own pejabatPenilai (kept right by a mutasi) saves a look-up per task
      Object appraiser = task.getVariable(AppraisalProcess.PEJABAT_PENILAI.name());
      access.grantForTask(task.getId(), task.getAssignee(), nip.toString(), appraiser == null ? null : appraiser.toString());
    }
  }
}
