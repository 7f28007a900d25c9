package id.kinerja.appraisal;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.PenilaianTahunan;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Opens an employee's appraisal year (BKPSDM, a batch job or the demo data call this). */
@Service
public class AppraisalCycleStarter {

  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final JdbcClient jdbc;

  public AppraisalCycleStarter(RuntimeService runtimeService, RepositoryService repositoryService, JdbcClient jdbc) {
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.jdbc = jdbc;
  }

  /**
   * Starts the cycle of one employee and year and returns the process instance id. Variables in
   * {@code overrides} replace the process's configured properties for this instance only (e.g.
   * {@code skemaPeriode}, a deadline). The year is registered in {@code siklus_penilaian} in the
   * same transaction (by {@link RegisterAppraisalYearListener}), whose key refuses a second start
   * even from another node at the same moment.
   *
   * @throws AppraisalYearAlreadyOpenException when the year is already open for the employee
   */
  public String start(PenilaianTahunan penilaian, Map<String, Object> overrides) {
    return start(runtimeService.createProcessInstanceByKey(AppraisalProcess.KEY), penilaian, overrides);
  }

  /**
   * The same on a definition already looked up ({@link #latestDefinitionId}), for many starts in
   * a row: the engine otherwise asks the database for the latest version on every start.
   */
  public String start(String definitionId, PenilaianTahunan penilaian) {
    return start(runtimeService.createProcessInstanceById(definitionId), penilaian, Map.of());
  }

  /** The id of the newest deployed version of the appraisal process. */
  public String latestDefinitionId() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(AppraisalProcess.KEY)
        .latestVersion().singleResult().getId();
  }

  private String start(ProcessInstantiationBuilder builder, PenilaianTahunan penilaian, Map<String, Object> overrides) {
    try {
      return builder
          .businessKey(penilaian.businessKey())
          .setVariables(overrides)
          .setVariable(AppraisalProcess.NIP.name(), penilaian.nip().value())
          .setVariable(AppraisalProcess.TAHUN.name(), penilaian.tahun().value())
          .execute()
          .getId();
    } catch (RuntimeException e) {
      throw alreadyOpen(e).orElseThrow(() -> e);
    }
  }

  /** The engine wraps what listeners throw; find the refusal of a second start, if that is it. */
  private static java.util.Optional<AppraisalYearAlreadyOpenException> alreadyOpen(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof AppraisalYearAlreadyOpenException refusal) {
        return java.util.Optional.of(refusal);
      }
    }
    return java.util.Optional.empty();
  }

  /** Whether the employee's year has been opened (it may have ended since). */
  public boolean isOpened(PenilaianTahunan penilaian) {
    return jdbc.sql("SELECT COUNT(*) FROM siklus_penilaian WHERE nip = ? AND tahun = ?")
        .params(penilaian.nip().value(), penilaian.tahun().value()).query(Long.class).single() > 0;
  }
}
