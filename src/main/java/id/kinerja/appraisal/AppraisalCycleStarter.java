package id.kinerja.appraisal;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens an employee's appraisal year (BKPSDM, a batch job or the demo data call this). */
@Service
public class AppraisalCycleStarter {

  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final JdbcClient jdbc;

  public AppraisalCycleStarter(RuntimeService runtimeService, IdentityService identityService, JdbcClient jdbc) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.jdbc = jdbc;
  }

  /**
   * Starts the cycle of one employee and year and returns the process instance id. Variables in
   * {@code overrides} replace the process's configured properties for this instance only (e.g.
   * {@code skemaPeriode}, a deadline). The year is registered in {@code siklus_penilaian} in the
   * same transaction, whose key refuses a second start even from another node at the same moment.
   *
   * @throws IllegalStateException when the year is already open for the employee
   */
  @Transactional
  public String start(String nip, int tahun, Map<String, Object> overrides) {
    String businessKey = AppraisalProcess.businessKey(nip, tahun);
    String instanceId = runtimeService.createProcessInstanceByKey(AppraisalProcess.KEY)
        .businessKey(businessKey)
        .setVariables(overrides)
        .setVariable(AppraisalProcess.NIP.name(), nip)
        .setVariable(AppraisalProcess.TAHUN.name(), tahun)
        .execute()
        .getId();
    // the engine takes part in this transaction: a refused registration rolls the start back too
    try {
      jdbc.sql("INSERT INTO siklus_penilaian (nip, tahun, process_instance_id, dibuka_oleh) VALUES (?, ?, ?, ?)")
          .params(nip, tahun, instanceId, identityService.getCurrentAuthentication() == null
              ? null : identityService.getCurrentAuthentication().getUserId())
          .update();
    } catch (DuplicateKeyException e) {
      throw new IllegalStateException("Siklus penilaian " + businessKey + " sudah dibuka", e);
    }
    return instanceId;
  }

  /** Whether the employee's year has been opened (it may have ended since). */
  public boolean isOpened(String nip, int tahun) {
    return jdbc.sql("SELECT COUNT(*) FROM siklus_penilaian WHERE nip = ? AND tahun = ?")
        .params(nip, tahun).query(Long.class).single() > 0;
  }
}
