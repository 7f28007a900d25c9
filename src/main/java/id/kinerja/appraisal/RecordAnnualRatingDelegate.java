package id.kinerja.appraisal;

import static id.kinerja.kernel.AppraisalProcess.ALASAN_HASIL_KERJA;
import static id.kinerja.kernel.AppraisalProcess.ALASAN_PERILAKU_KERJA;
import static id.kinerja.kernel.AppraisalProcess.CATATAN_PENILAIAN_DIRI;
import static id.kinerja.kernel.AppraisalProcess.HASIL_KERJA;
import static id.kinerja.kernel.AppraisalProcess.PEJABAT_PENILAI;
import static id.kinerja.kernel.AppraisalProcess.PENILAIAN_DIRI_HASIL_KERJA;
import static id.kinerja.kernel.AppraisalProcess.PENILAIAN_DIRI_PERILAKU_KERJA;
import static id.kinerja.kernel.AppraisalProcess.PERILAKU_KERJA;
import static id.kinerja.kernel.AppraisalProcess.PREDIKAT;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.NilaiBerakhlak;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SimpanPenilaianTahunan: stores the self-assessment, the appraiser's ratings and the predikat. */
@Component
public class RecordAnnualRatingDelegate implements JavaDelegate {

  private final AppraisalService appraisalService;

  public RecordAnnualRatingDelegate(AppraisalService appraisalService) {
    this.appraisalService = appraisalService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<NilaiBerakhlak, AppraisalService.ValueRating> perilaku = new EnumMap<>(NilaiBerakhlak.class);
    for (NilaiBerakhlak nilai : NilaiBerakhlak.values()) {
      String rating = AppraisalProcess.perilaku(nilai).from(execution);
      if (rating != null) {
        perilaku.put(nilai, new AppraisalService.ValueRating(rating, AppraisalProcess.alasan(nilai).from(execution)));
      }
    }
    appraisalService.recordAnnualRating(new AppraisalService.AnnualRating(
        AppraisalProcess.penilaian(execution), PEJABAT_PENILAI.require(execution),
        PENILAIAN_DIRI_HASIL_KERJA.from(execution), PENILAIAN_DIRI_PERILAKU_KERJA.from(execution),
        CATATAN_PENILAIAN_DIRI.from(execution),
        HASIL_KERJA.require(execution), ALASAN_HASIL_KERJA.from(execution),
        PERILAKU_KERJA.require(execution), ALASAN_PERILAKU_KERJA.from(execution),
        PREDIKAT.require(execution), perilaku));
  }
}
