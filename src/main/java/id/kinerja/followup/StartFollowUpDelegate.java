package id.kinerja.followup;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.AsSystem;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_MulaiTindakLanjut of the appraisal cycle: starts the follow-up of the final result by
 * message. Once per employee and year: a follow-up that exists (running or ended) is not started again.
 */
@Component
public class StartFollowUpDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String nip = AppraisalProcess.NIP.require(execution);
    int tahun = AppraisalProcess.TAHUN.require(execution);
    String businessKey = TindakLanjutProcess.businessKey(nip, tahun);
    var engine = execution.getProcessEngineServices();
    AsSystem.run(engine.getIdentityService(), () -> {
      if (engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processDefinitionKey(TindakLanjutProcess.KEY).processInstanceBusinessKey(businessKey).count() > 0) {
        return;
      }
      engine.getRuntimeService().createMessageCorrelation(TindakLanjutProcess.MESSAGE_MULAI)
          .processInstanceBusinessKey(businessKey)
          .setVariable(TindakLanjutProcess.NIP.name(), nip)
          .setVariable(TindakLanjutProcess.TAHUN.name(), tahun)
          .setVariable(TindakLanjutProcess.PREDIKAT.name(), AppraisalProcess.PREDIKAT.require(execution))
          .setVariable(TindakLanjutProcess.PEJABAT_PENILAI.name(), AppraisalProcess.PEJABAT_PENILAI.require(execution))
          .correlateStartMessage();
    });
  }
}
