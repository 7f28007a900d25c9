package id.kinerja.organisation;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.Nip;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * "end" listener of the start event of an employee's process (the appraisal year, its follow-up):
 * who the employee (variable {@code nip}) is, in words, into the instance's variables
 * {@code namaPegawai}, {@code jabatanPegawai} and {@code unitPegawai} ({@link OrganisationLookup#describe}),
 * so that the models' task names ({@code Periksa SKP · ${namaPegawai} · ${tahun}}) and the headers
 * of their forms say whose task it is. Set once, where the year starts: a year shows its employee as
 * the organisation named them then, except for the unit, which a mutasi to another unit renames
 * ({@link Mutasi}).
 */
@Component
public class DescribeEmployeeListener implements ExecutionListener {

  private final OrganisationLookup organisasi;

  public DescribeEmployeeListener(OrganisationLookup organisasi) {
    this.organisasi = organisasi;
  }

  @Override
  public void notify(DelegateExecution execution) {
    // the employee's NIP, parsed once here (absent or malformed: refused with the reason in words)
    execution.setVariables(organisasi.describe(Nip.of(AppraisalProcess.NIP.from(execution))));
  }
}
