package id.kinerja.appraisal;

import static id.kinerja.kernel.AppraisalProcess.AJUKAN_KEBERATAN;
import static id.kinerja.kernel.AppraisalProcess.ATASAN_PEJABAT_PENILAI;
import static id.kinerja.kernel.AppraisalProcess.CATATAN_PENETAPAN;
import static id.kinerja.kernel.AppraisalProcess.HASIL_KERJA;
import static id.kinerja.kernel.AppraisalProcess.PERILAKU_KERJA;
import static id.kinerja.kernel.AppraisalProcess.PREDIKAT;

import id.kinerja.kernel.AppraisalProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SimpanHasilAkhir: the approved (ditetapkan) result becomes the employee's predikat of the year. */
@Component
public class FinalizeAppraisalDelegate implements JavaDelegate {

  private final AppraisalService appraisalService;

  public FinalizeAppraisalDelegate(AppraisalService appraisalService) {
    this.appraisalService = appraisalService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    appraisalService.finalizeResult(new AppraisalService.FinalResult(
        AppraisalProcess.penilaian(execution),
        HASIL_KERJA.require(execution), PERILAKU_KERJA.require(execution), PREDIKAT.require(execution),
        Boolean.TRUE.equals(AJUKAN_KEBERATAN.from(execution)),
        ATASAN_PEJABAT_PENILAI.require(execution), CATATAN_PENETAPAN.from(execution)));
  }
}
