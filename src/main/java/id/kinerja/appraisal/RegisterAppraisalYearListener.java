package id.kinerja.appraisal;

import static id.kinerja.appraisal.AppraisalProcess.NIP;
import static id.kinerja.appraisal.AppraisalProcess.TAHUN;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Process-start listener: registers the employee's year in {@code siklus_penilaian} inside the
 * transaction that starts the instance, whichever way it is started (REST, Tasklist, the bulk
 * opening). The table's key refuses a second instance for the same NIP and year, even from two
 * nodes at the same moment, and the refused start leaves nothing behind.
 */
@Component
public class RegisterAppraisalYearListener implements ExecutionListener {

  private final JdbcClient jdbc;

  public RegisterAppraisalYearListener(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String nip = NIP.require(execution);
    int tahun = TAHUN.require(execution);
    try {
      jdbc.sql("INSERT INTO siklus_penilaian (nip, tahun, process_instance_id, dibuka_oleh) VALUES (?, ?, ?, ?)")
          .params(nip, tahun, execution.getProcessInstanceId(),
              execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? null
                  : execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId())
          .update();
    } catch (DuplicateKeyException e) {
      throw new AppraisalYearAlreadyOpenException(AppraisalProcess.businessKey(nip, tahun));
    }
  }
}
