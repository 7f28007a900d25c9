package id.kinerja.objection;

import static id.kinerja.kernel.AppraisalProcess.ALASAN_PUTUSAN;
import static id.kinerja.kernel.AppraisalProcess.ATASAN_PEJABAT_PENILAI;
import static id.kinerja.kernel.AppraisalProcess.HASIL_KERJA;
import static id.kinerja.kernel.AppraisalProcess.KEPUTUSAN_KEBERATAN;
import static id.kinerja.kernel.AppraisalProcess.PERILAKU_KERJA;
import static id.kinerja.kernel.AppraisalProcess.PREDIKAT;
import static id.kinerja.kernel.AppraisalProcess.TANGGAPAN_PENILAI;

import id.kinerja.calibration.KalibrasiService;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.PenilaianTahunan;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SimpanPutusanKeberatan: records the atasan's final decision and the ratings it leaves, and
 * puts a changed predikat into the unit's calibrated distribution (the decision stands; the curve is
 * only checked again, for BKPSDM to see).
 */
@Component
public class RecordObjectionDecisionDelegate implements JavaDelegate {

  private final ObjectionService objectionService;
  private final KalibrasiService kalibrasi;

  public RecordObjectionDecisionDelegate(ObjectionService objectionService, KalibrasiService kalibrasi) {
    this.objectionService = objectionService;
    this.kalibrasi = kalibrasi;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PenilaianTahunan penilaian = AppraisalProcess.penilaian(execution);
    objectionService.decide(new ObjectionService.Decision(
        penilaian, TANGGAPAN_PENILAI.from(execution),
        KEPUTUSAN_KEBERATAN.require(execution), HASIL_KERJA.require(execution), PERILAKU_KERJA.require(execution),
        PREDIKAT.require(execution), ALASAN_PUTUSAN.from(execution), ATASAN_PEJABAT_PENILAI.require(execution)));
    kalibrasi.objectionDecided(penilaian, HASIL_KERJA.require(execution),
        PERILAKU_KERJA.require(execution), PREDIKAT.require(execution), ATASAN_PEJABAT_PENILAI.require(execution),
        execution.getProcessInstanceId());
  }
}
