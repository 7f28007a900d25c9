package id.kinerja.organisation;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.Nip;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * "end" listener of the appraisal's start event: the employee's Pejabat Penilai and Atasan Pejabat
 * Penilai as the organisation names them, into the instance's variables {@code pejabatPenilai} and
 * {@code atasanPejabatPenilai} ({@link OrganisationLookup#pejabatOf}). Was the expression
 * {@code ${execution.setVariables(organisasi.pejabatOf(nip))}}, which writes and so may no longer be
 * deployed as an expression.
 */
@Component
public class ResolvePejabatListener implements ExecutionListener {

  private final OrganisationLookup organisasi;

  public ResolvePejabatListener(OrganisationLookup organisasi) {
    this.organisasi = organisasi;
  }

  @Override
  public void notify(DelegateExecution execution) {
    // the employee's NIP, parsed once here (absent or malformed: refused with the reason in words)
    execution.setVariables(organisasi.pejabatOf(Nip.of(AppraisalProcess.NIP.from(execution))));
  }
}
