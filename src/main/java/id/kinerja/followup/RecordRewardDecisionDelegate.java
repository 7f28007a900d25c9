package id.kinerja.followup;

import static id.kinerja.followup.TindakLanjutProcess.CATATAN_PENGHARGAAN;
import static id.kinerja.followup.TindakLanjutProcess.KEPUTUSAN_PENGHARGAAN;
import static id.kinerja.followup.TindakLanjutProcess.PREDIKAT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SimpanUsulanPenghargaan: BKPSDM's decision on the reward nomination, with its note. */
@Component
public class RecordRewardDecisionDelegate implements JavaDelegate {

  private final TindakLanjutService service;

  public RecordRewardDecisionDelegate(TindakLanjutService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    service.recordRewardDecision(TindakLanjutProcess.penilaian(execution), PREDIKAT.require(execution),
        KEPUTUSAN_PENGHARGAAN.require(execution), CATATAN_PENGHARGAAN.require(execution),
        authentication == null || authentication.getUserId() == null ? "bkpsdm" : authentication.getUserId());
  }
}
