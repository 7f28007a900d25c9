package id.kinerja.followup;

import id.kinerja.kernel.AppraisalProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "create" listener of Task_DraftSkp: the employee's development plan from earlier appraisals
 * that is still open, so the new SKP can plan for it (local variable rencanaPengembanganTerbuka).
 * Without an open plan there is no variable, and the form shows no such section.
 */
@Component
public class OfferDevelopmentPlanListener implements TaskListener {

  private final TindakLanjutService service;

  public OfferDevelopmentPlanListener(TindakLanjutService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    String nip = AppraisalProcess.NIP.from(task);
    Integer tahun = AppraisalProcess.TAHUN.from(task);
    String plans = nip == null || tahun == null ? null : service.openPlansText(AppraisalProcess.penilaian(task));
    if (plans != null) {
      task.setVariableLocal(TindakLanjutProcess.RENCANA_PENGEMBANGAN_TERBUKA.name(), plans);
    }
  }
}
