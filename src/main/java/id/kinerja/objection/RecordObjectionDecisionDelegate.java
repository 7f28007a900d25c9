package id.kinerja.objection;

import static id.kinerja.appraisal.AppraisalProcess.ALASAN_PUTUSAN;
import static id.kinerja.appraisal.AppraisalProcess.ATASAN_PEJABAT_PENILAI;
import static id.kinerja.appraisal.AppraisalProcess.HASIL_KERJA;
import static id.kinerja.appraisal.AppraisalProcess.KEPUTUSAN_KEBERATAN;
import static id.kinerja.appraisal.AppraisalProcess.NIP;
import static id.kinerja.appraisal.AppraisalProcess.PERILAKU_KERJA;
import static id.kinerja.appraisal.AppraisalProcess.PREDIKAT;
import static id.kinerja.appraisal.AppraisalProcess.TAHUN;
import static id.kinerja.appraisal.AppraisalProcess.TANGGAPAN_PENILAI;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SimpanPutusanKeberatan: records the atasan's final decision and the ratings it leaves. */
@Component
public class RecordObjectionDecisionDelegate implements JavaDelegate {

  private final ObjectionService objectionService;

  public RecordObjectionDecisionDelegate(ObjectionService objectionService) {
    this.objectionService = objectionService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    objectionService.decide(new ObjectionService.Decision(
        NIP.require(execution), TAHUN.require(execution), TANGGAPAN_PENILAI.from(execution),
        KEPUTUSAN_KEBERATAN.require(execution), HASIL_KERJA.require(execution), PERILAKU_KERJA.require(execution),
        PREDIKAT.require(execution), ALASAN_PUTUSAN.from(execution), ATASAN_PEJABAT_PENILAI.require(execution)));
  }
}
