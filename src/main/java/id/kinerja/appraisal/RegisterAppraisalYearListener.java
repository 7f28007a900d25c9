package id.kinerja.appraisal;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.PenilaianTahunan;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Process-start listener: registers the employee's year in {@code siklus_penilaian} inside the
 * transaction that starts the instance, whichever way it is started (REST, Tasklist, the bulk
 * opening). The table's key refuses a second instance for the same NIP and year, even from two
 * nodes at the same moment, and the refused start leaves nothing behind. The employee must be active:
 * their row is locked for the rest of the transaction, so a departure being recorded at the same
 * moment (which marks the row first, {@code Mutasi.recordDeparture}) either waits for this start and
 * then ends its instance, or has left before and the start is refused.
 */
@Component
public class RegisterAppraisalYearListener implements ExecutionListener {

  private final JdbcClient jdbc;

  public RegisterAppraisalYearListener(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void notify(DelegateExecution execution) {
    PenilaianTahunan penilaian = AppraisalProcess.penilaian(execution);
    String nip = penilaian.nip().value();
    int tahun = penilaian.tahun().value();
    if (jdbc.sql("SELECT nip FROM org_employee WHERE nip = ? AND active = TRUE FOR UPDATE").param(nip)
        .query(String.class).optional().isEmpty()) {
      throw new IllegalStateException("Pegawai " + nip + " tidak aktif atau tidak terdaftar: tahun penilaian " + tahun
          + " tidak dibuka untuknya");
    }
    try {
      jdbc.sql("INSERT INTO siklus_penilaian (nip, tahun, process_instance_id, dibuka_oleh) VALUES (?, ?, ?, ?)")
          .params(nip, tahun, execution.getProcessInstanceId(),
              execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? null
                  : execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId())
          .update();
    } catch (DuplicateKeyException e) {
      throw new AppraisalYearAlreadyOpenException(penilaian.businessKey());
    }
  }
}
