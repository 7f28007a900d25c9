package id.kinerja.followup;

import static id.kinerja.followup.TindakLanjutProcess.PEJABAT_PENILAI;
import static id.kinerja.followup.TindakLanjutProcess.PREDIKAT;
import static id.kinerja.followup.TindakLanjutProcess.RENCANA_PENGEMBANGAN;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SimpanRencanaPengembangan: the appraiser's draft, stored for the employee to agree. */
@Component
public class SaveDevelopmentPlanDelegate implements JavaDelegate {

  private final TindakLanjutService service;

  public SaveDevelopmentPlanDelegate(TindakLanjutService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.saveDevelopmentPlan(TindakLanjutProcess.penilaian(execution), PREDIKAT.require(execution),
        RENCANA_PENGEMBANGAN.require(execution), PEJABAT_PENILAI.require(execution));
  }
}
