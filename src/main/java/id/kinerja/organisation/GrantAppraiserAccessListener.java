package id.kinerja.organisation;

import id.kinerja.kernel.AppraisalProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of an employee's process (the appraisal's start event, the follow-up process):
 * the employee's appraiser may read this instance and its history ({@link AppraisalAccess}). The
 * appraiser is the instance's {@code pejabatPenilai}, or, in an instance without one, the
 * employee's ({@code nip}) appraiser in the organisation.
 *
 * <p>A listener with an element template, not an expression: granting access is a write, and
 * {@code appraisalAccess} in a deployable expression would let any model grant anyone any instance.
 */
@Component
public class GrantAppraiserAccessListener implements ExecutionListener {

  private final AppraisalAccess access;

  public GrantAppraiserAccessListener(AppraisalAccess access) {
    this.access = access;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object appraiser = execution.getVariable(AppraisalProcess.PEJABAT_PENILAI.name());
    if (appraiser != null) {
      access.grantToAppraiser(execution.getProcessInstanceId(), appraiser.toString());
    } else {
      Object nip = execution.getVariable(AppraisalProcess.NIP.name());
      access.grantForInstance(execution.getProcessInstanceId(), nip == null ? null : nip.toString());
    }
  }
}
