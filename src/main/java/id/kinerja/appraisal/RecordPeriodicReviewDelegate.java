package id.kinerja.appraisal;

import static id.kinerja.kernel.AppraisalProcess.CATATAN_PERIODIK;
import static id.kinerja.kernel.AppraisalProcess.HASIL_KERJA_PERIODIK;
import static id.kinerja.kernel.AppraisalProcess.PEJABAT_PENILAI;
import static id.kinerja.kernel.AppraisalProcess.PERILAKU_KERJA_PERIODIK;
import static id.kinerja.kernel.AppraisalProcess.PERIODE_KE;
import static id.kinerja.kernel.AppraisalProcess.UMPAN_BALIK_RHK;

import id.kinerja.kernel.AppraisalProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SimpanPenilaianPeriodik: stores the appraiser's feedback per RHK and the period's ratings. */
@Component
public class RecordPeriodicReviewDelegate implements JavaDelegate {

  private final AppraisalService appraisalService;

  public RecordPeriodicReviewDelegate(AppraisalService appraisalService) {
    this.appraisalService = appraisalService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    appraisalService.recordPeriodicReview(new AppraisalService.PeriodicReview(
        AppraisalProcess.penilaian(execution), PERIODE_KE.require(execution),
        PEJABAT_PENILAI.require(execution),
        HASIL_KERJA_PERIODIK.require(execution), PERILAKU_KERJA_PERIODIK.require(execution),
        CATATAN_PERIODIK.from(execution), UMPAN_BALIK_RHK.from(execution)));
  }
}
