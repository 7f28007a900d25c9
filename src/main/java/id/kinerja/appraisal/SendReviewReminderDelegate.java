package id.kinerja.appraisal;

import static id.kinerja.kernel.AppraisalProcess.NAMA_PEGAWAI;
import static id.kinerja.kernel.AppraisalProcess.NIP;
import static id.kinerja.kernel.AppraisalProcess.PEJABAT_PENILAI;
import static id.kinerja.kernel.AppraisalProcess.TAHUN;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_KirimPengingatReview: reminds the appraiser of an SKP waiting for review. */
@Component
public class SendReviewReminderDelegate implements JavaDelegate {

  private final AppraisalService appraisalService;

  public SendReviewReminderDelegate(AppraisalService appraisalService) {
    this.appraisalService = appraisalService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    appraisalService.recordReminder(PEJABAT_PENILAI.require(execution),
        "SKP tahun " + TAHUN.require(execution) + " " + namaPegawai(execution) + " menunggu pemeriksaan Anda"
            + " di Tasklist.",
        execution.getProcessInstanceId());
  }

  /** The employee's name as the year's start described them; the NIP only if an old instance lacks it. */
  private static String namaPegawai(DelegateExecution execution) {
    String nama = NAMA_PEGAWAI.from(execution);
    return nama == null || nama.isBlank() ? NIP.require(execution) : nama;
  }
}
