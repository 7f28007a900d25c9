package id.kinerja.skp;

import static id.kinerja.kernel.AppraisalProcess.CATATAN_REVIEW;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.PenilaianTahunan;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_KembalikanSkp: records that the appraiser returned the draft, with the notes. */
@Component
public class ReturnSkpDelegate implements JavaDelegate {

  private final SkpService skpService;
  private final SupervisorRhkOffers offers;

  public ReturnSkpDelegate(SkpService skpService, SupervisorRhkOffers offers) {
    this.skpService = skpService;
    this.offers = offers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PenilaianTahunan penilaian = AppraisalProcess.penilaian(execution);
    skpService.returnDraft(penilaian, CATATAN_REVIEW.from(execution));
    // the subordinates drafting now link to this SKP's RHK as it stands after this step
    offers.refreshDraftsOfSubordinates(penilaian.nip().value(), penilaian.tahun());
  }
}
