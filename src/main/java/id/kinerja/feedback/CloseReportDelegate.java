package id.kinerja.feedback;

import static id.kinerja.feedback.PublicReportProcess.HASIL_PENANGANAN;
import static id.kinerja.feedback.PublicReportProcess.KEPUTUSAN_TRIASE;
import static id.kinerja.feedback.PublicReportProcess.KODE_LACAK;
import static id.kinerja.feedback.PublicReportProcess.TANGGAPAN_PUBLIK;
import static id.kinerja.feedback.PublicReportProcess.TRIAGE_VALID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SimpanPenyelesaian and Task_TutupTidakValid: the report is closed with its public response. */
@Component
public class CloseReportDelegate implements JavaDelegate {

  private final PublicReportService reports;

  public CloseReportDelegate(PublicReportService reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean valid = TRIAGE_VALID.equals(KEPUTUSAN_TRIASE.require(execution));
    reports.recordClosure(KODE_LACAK.require(execution), valid, TANGGAPAN_PUBLIK.require(execution),
        HASIL_PENANGANAN.from(execution));
  }
}
