package id.kinerja.feedback;


import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.system.Waktu;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of Task_NilaiKinerjaTahunan: the complaints and praise from the public that were
 * handled in the year and count for the employee (as unit head, as the named desk or as handler),
 * as a read-only summary (variable {@value #VARIABLE}) on the annual rating form.
 */
@Component
public class PublicFeedbackEvidenceListener implements TaskListener {

  public static final String VARIABLE = "layananPublikTahunIni";

  private final PublicReportService reports;

  public PublicFeedbackEvidenceListener(PublicReportService reports) {
    this.reports = reports;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(VARIABLE, summary(reports.handledFor(AppraisalProcess.penilaian(task.getExecution()))));
  }

  public static String summary(List<PublicReportService.HandledReport> handled) {
    if (handled.isEmpty()) {
      return "Tidak ada pengaduan atau apresiasi masyarakat yang selesai ditangani tahun ini.";
    }
    long complaints = handled.stream().filter(r -> PublicReportProcess.KIND_COMPLAINT.equals(r.jenis())).count();
    StringBuilder text = new StringBuilder()
        .append(complaints).append(" pengaduan dan ").append(handled.size() - complaints)
        .append(" apresiasi masyarakat selesai ditangani:\n");
    for (PublicReportService.HandledReport r : handled) {
      text.append("- ").append(TrackingCodes.display(r.kodeLacak())).append(" ")
          .append(r.jenis().toLowerCase(java.util.Locale.ROOT)).append(", unit ").append(r.unitCode())
          .append(r.loket() == null ? "" : ", loket " + r.loket())
          .append(", diterima ").append(Waktu.tanggal(r.diterima())).append(", selesai ").append(Waktu.tanggal(r.selesai()))
          .append(" (sebagai ").append(r.peran()).append(")\n");
    }
    return text.toString().strip();
  }
}
