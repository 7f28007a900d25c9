package id.kinerja.feedback;

import static id.kinerja.feedback.PublicReportProcess.KODE_LACAK;
import static id.kinerja.feedback.PublicReportProcess.NAMA_UNIT;
import static id.kinerja.feedback.PublicReportProcess.PENERIMA_ESKALASI;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_EskalasiTriase and Task_EskalasiPenanganan: a report is past its service level; the
 * recipient named by the model's input parameter penerimaEskalasi is notified.
 */
@Component
public class EscalateReportDelegate implements JavaDelegate {

  private final PublicReportService reports;

  public EscalateReportDelegate(PublicReportService reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String step = execution.getCurrentActivityName();
    reports.recordEscalation(PENERIMA_ESKALASI.require(execution),
        "Laporan masyarakat " + TrackingCodes.display(KODE_LACAK.require(execution)) + " (" + NAMA_UNIT.from(execution)
            + ") melewati batas waktu: " + step,
        execution.getProcessInstanceId());
  }
}
