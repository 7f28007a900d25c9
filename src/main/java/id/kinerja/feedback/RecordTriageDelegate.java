package id.kinerja.feedback;

import static id.kinerja.feedback.PublicReportProcess.CATATAN_TRIASE;
import static id.kinerja.feedback.PublicReportProcess.DITANGANI_OLEH;
import static id.kinerja.feedback.PublicReportProcess.KEPALA_UNIT;
import static id.kinerja.feedback.PublicReportProcess.KEPUTUSAN_TRIASE;
import static id.kinerja.feedback.PublicReportProcess.KODE_LACAK;
import static id.kinerja.feedback.PublicReportProcess.PENANGAN;
import static id.kinerja.feedback.PublicReportProcess.TRIAGE_VALID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SimpanTriase: records the head's triage; the handler is the chosen employee or the head. */
@Component
public class RecordTriageDelegate implements JavaDelegate {

  private final PublicReportService reports;

  public RecordTriageDelegate(PublicReportService reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean valid = TRIAGE_VALID.equals(KEPUTUSAN_TRIASE.require(execution));
    String chosen = DITANGANI_OLEH.from(execution);
    String handler = chosen == null || chosen.isBlank() ? KEPALA_UNIT.require(execution) : chosen.strip();
    PENANGAN.set(execution, handler);
    reports.recordTriage(KODE_LACAK.require(execution), valid, valid ? handler : null, CATATAN_TRIASE.from(execution));
  }
}
