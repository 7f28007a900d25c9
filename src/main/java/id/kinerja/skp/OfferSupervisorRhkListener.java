package id.kinerja.skp;

import static id.kinerja.kernel.AppraisalProcess.PEJABAT_PENILAI;
import static id.kinerja.kernel.AppraisalProcess.TAHUN;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "create" listener of Task_DraftSkp: offers the appraiser's RHK of the year as the options of the
 * form's "RHK atasan yang diintervensi" ({@link SupervisorRhkOffers}). Local to the task, so a
 * draft returned for revision gets the appraiser's RHK as they are then; no variable while the
 * appraiser has none, which makes the form show the free-text field.
 */
@Component
public class OfferSupervisorRhkListener implements TaskListener {

  private final SupervisorRhkOffers offers;

  public OfferSupervisorRhkListener(SupervisorRhkOffers offers) {
    this.offers = offers;
  }

  @Override
  public void notify(DelegateTask task) {
    offers.offer(task, PEJABAT_PENILAI.from(task), TAHUN.from(task));
  }
}
