package id.kinerja.appraisal;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/** Opens an employee's appraisal year (BKPSDM, a batch job or the demo data call this). */
@Service
public class AppraisalCycleStarter {

  private final RuntimeService runtimeService;

  public AppraisalCycleStarter(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /**
   * Starts the cycle of one employee and year and returns the process instance id. Variables in
   * {@code overrides} replace the process's configured properties for this instance only (e.g.
   * {@code skemaPeriode}, a deadline).
   *
   * @throws IllegalStateException when the year is already running for the employee
   */
  public String start(String nip, int tahun, Map<String, Object> overrides) {
    String businessKey = AppraisalProcess.businessKey(nip, tahun);
    long running = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(AppraisalProcess.KEY).processInstanceBusinessKey(businessKey).count();
    if (running > 0) {
      throw new IllegalStateException("Siklus penilaian " + businessKey + " sudah berjalan");
    }
    return runtimeService.createProcessInstanceByKey(AppraisalProcess.KEY)
        .businessKey(businessKey)
        .setVariables(overrides)
        .setVariable(AppraisalProcess.NIP.name(), nip)
        .setVariable(AppraisalProcess.TAHUN.name(), tahun)
        .execute()
        .getId();
  }
}
