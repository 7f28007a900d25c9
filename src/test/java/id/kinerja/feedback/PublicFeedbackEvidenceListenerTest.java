package id.kinerja.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.PenilaianTahunan;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The read-only evidence on the annual rating form (Task_NilaiKinerjaTahunan). */
class PublicFeedbackEvidenceListenerTest {

  @Test
  void annualRatingTask_getsTheEmployeesHandledReportsOfTheYear() {
    PublicReportService reports = mock(PublicReportService.class);
    when(reports.handledFor(PenilaianTahunan.of("199008102015031021", 2026))).thenReturn(List.of(
        new PublicReportService.HandledReport("K7QMX4PR9HTB", "PENGADUAN", "DISDIK", "Pengelola Sarana dan Prasarana",
            LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9), "loket yang disebut", "Kursi telah diganti."),
        new PublicReportService.HandledReport("AB23CD45EF67", "APRESIASI", "DISDIK", null,
            LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2), "penangan", "Terima kasih.")));
    DelegateTask task = mock(DelegateTask.class);
    DelegateExecution execution = mock(DelegateExecution.class);
    when(task.getExecution()).thenReturn(execution);
    when(execution.getVariable(AppraisalProcess.NIP.name())).thenReturn("199008102015031021");
    when(execution.getVariable(AppraisalProcess.TAHUN.name())).thenReturn(2026);

    new PublicFeedbackEvidenceListener(reports).notify(task);

    ArgumentCaptor<Object> summary = ArgumentCaptor.forClass(Object.class);
    verify(task).setVariableLocal(eq("layananPublikTahunIni"), summary.capture());
    assertThat((String) summary.getValue())
        .startsWith("1 pengaduan dan 1 apresiasi masyarakat selesai ditangani")
        .contains("K7QM-X4PR-9HTB pengaduan, unit DISDIK, loket Pengelola Sarana dan Prasarana, diterima 2 Maret 2026, selesai 9 Maret 2026 (sebagai loket yang disebut)")
        .contains("AB23-CD45-EF67 apresiasi");
  }

  @Test
  void nothingHandled_saysSo() {
    assertThat(PublicFeedbackEvidenceListener.summary(List.of())).contains("Tidak ada pengaduan atau apresiasi");
  }
}
