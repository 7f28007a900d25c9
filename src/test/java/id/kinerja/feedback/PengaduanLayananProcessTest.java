package id.kinerja.feedback;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.kinerja.organisation.OrganisationLookup;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** processes/pengaduan-layanan.bpmn: every path, timers fired explicitly, delegates real on a mocked service. */
@Deployment(resources = {"kinerja-models/processes/pengaduan-layanan.bpmn",
    "kinerja-models/forms/triase-pengaduan.form", "kinerja-models/forms/tangani-pengaduan.form",
    "kinerja-models/forms/tutup-pengaduan.form"})
class PengaduanLayananProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(1.0)
      .build();

  static final String KEPALA = "197304041999031017";
  static final String ATASAN_KEPALA = "197003151995031001";
  static final String PEGAWAI = "199008102015031021";
  static final String KODE = "K7QMX4PR9HTB";

  PublicReportService reports = mock(PublicReportService.class);

  @BeforeEach
  void registerBeans() {
    BpmnAwareTests.init(engine.getProcessEngine());
    OrganisationLookup organisasi = mock(OrganisationLookup.class);
    when(organisasi.appraiserOf(KEPALA)).thenReturn(ATASAN_KEPALA);
    Mocks.register("organisasi", organisasi);
    id.kinerja.support.TaskHeaderBeans.register(organisasi);
    Mocks.register("submissionRulesListener", (TaskListener) task -> { });
    Mocks.register("recordTriageDelegate", new RecordTriageDelegate(reports));
    Mocks.register("closeReportDelegate", new CloseReportDelegate(reports));
    Mocks.register("escalateReportDelegate", new EscalateReportDelegate(reports));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  private ProcessInstance received(String jenis) {
    return runtimeService().createMessageCorrelation(PublicReportProcess.MESSAGE_RECEIVED)
        .processInstanceBusinessKey(KODE)
        .setVariables(withVariables("kodeLacak", KODE, "jenisLaporan", jenis, "unitKerja", "DISDIK",
            "namaUnit", "Dinas Pendidikan", "loket", "Pengelola Sarana dan Prasarana",
            "isiLaporan", "Antrean legalisir ijazah tidak jelas urutannya", "kontakPelapor", "Email: warga@example.id",
            "kepalaUnit", KEPALA))
        .correlateStartMessage();
  }

  @Test
  void complaintValid_handledByAnEmployee_closedWithAPublicResponse() {
    ProcessInstance report = received("PENGADUAN");

    assertThat(task(PublicReportProcess.TASK_TRIAGE, report)).isAssignedTo(KEPALA);
    org.assertj.core.api.Assertions.assertThat(task(PublicReportProcess.TASK_TRIAGE, report).getName())
        .isEqualTo("Triase laporan " + KODE + " · Dinas Pendidikan");
    org.assertj.core.api.Assertions.assertThat(taskService().getVariablesLocal(task(PublicReportProcess.TASK_TRIAGE, report).getId()))
        .containsEntry("jenisLaporanLabel", "Pengaduan").containsKey("tenggatTugas");
    complete(task(PublicReportProcess.TASK_TRIAGE, report),
        withVariables("keputusanTriase", "VALID", "ditanganiOleh", PEGAWAI, "catatanTriase", "Cek papan antrean"));
    verify(reports).recordTriage(KODE, true, PEGAWAI, "Cek papan antrean");

    assertThat(task(PublicReportProcess.TASK_HANDLE, report)).isAssignedTo(PEGAWAI);
    org.assertj.core.api.Assertions.assertThat(task(PublicReportProcess.TASK_HANDLE, report).getName())
        .isEqualTo("Tangani pengaduan " + KODE + " · Dinas Pendidikan");
    complete(task(PublicReportProcess.TASK_HANDLE, report), withVariables("hasilPenanganan", "Papan nomor antrean dipasang"));
    assertThat(task(PublicReportProcess.TASK_CLOSE, report)).isAssignedTo(KEPALA);
    complete(task(PublicReportProcess.TASK_CLOSE, report),
        withVariables("tanggapanPublik", "Terima kasih, nomor antrean kini ditampilkan di loket."));

    verify(reports).recordClosure(KODE, true, "Terima kasih, nomor antrean kini ditampilkan di loket.",
        "Papan nomor antrean dipasang");
    assertThat(report).hasPassedInOrder(PublicReportProcess.TASK_TRIAGE,
        PublicReportProcess.TASK_SAVE_TRIAGE, PublicReportProcess.TASK_HANDLE, PublicReportProcess.TASK_CLOSE,
        PublicReportProcess.TASK_SAVE_CLOSURE, PublicReportProcess.END_CLOSED).isEnded();
  }

  @Test
  void complaintValid_headHandlesItHimself_whenNobodyIsChosen() {
    ProcessInstance report = received("PENGADUAN");
    complete(task(PublicReportProcess.TASK_TRIAGE, report), withVariables("keputusanTriase", "VALID", "ditanganiOleh", ""));

    assertThat(task(PublicReportProcess.TASK_HANDLE, report)).isAssignedTo(KEPALA);
    verify(reports).recordTriage(KODE, true, KEPALA, null);
  }

  @Test
  void reportNotValid_isClosedAtTriage_withTheResponse() {
    ProcessInstance report = received("PENGADUAN");
    complete(task(PublicReportProcess.TASK_TRIAGE, report), withVariables("keputusanTriase", "TIDAK_VALID",
        "tanggapanPublik", "Layanan ini bukan kewenangan Dinas Pendidikan; silakan hubungi kecamatan."));

    verify(reports).recordTriage(eq(KODE), eq(false), isNull(), isNull());
    verify(reports).recordClosure(eq(KODE), eq(false), contains("bukan kewenangan"), isNull());
    assertThat(report).hasPassed(PublicReportProcess.TASK_CLOSE_INVALID, PublicReportProcess.END_INVALID)
        .hasNotPassed(PublicReportProcess.TASK_HANDLE, PublicReportProcess.TASK_CLOSE).isEnded();
  }

  @Test
  void praise_needsNoHandling_theHeadClosesIt() {
    ProcessInstance report = received("APRESIASI");
    complete(task(PublicReportProcess.TASK_TRIAGE, report), withVariables("keputusanTriase", "VALID"));

    assertThat(task(PublicReportProcess.TASK_CLOSE, report)).isAssignedTo(KEPALA);
    complete(task(PublicReportProcess.TASK_CLOSE, report), withVariables("tanggapanPublik", "Terima kasih atas apresiasinya."));
    assertThat(report).hasNotPassed(PublicReportProcess.TASK_HANDLE).hasPassed(PublicReportProcess.END_CLOSED).isEnded();
    verify(reports).recordClosure(KODE, true, "Terima kasih atas apresiasinya.", null);
  }

  @Test
  void triageLate_theHeadsSupervisorIsTold_andTheTriageStaysOpen() {
    ProcessInstance report = received("PENGADUAN");
    var timer = managementService().createJobQuery().activityId(PublicReportProcess.TIMER_TRIAGE_SLA).singleResult();
    org.assertj.core.api.Assertions.assertThat(timer.getDuedate()).isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(2).plusHours(23)));

    managementService().executeJob(timer.getId());

    verify(reports).recordEscalation(eq(ATASAN_KEPALA), contains("K7QM-X4PR-9HTB"), eq(report.getId()));
    assertThat(report).hasPassed(PublicReportProcess.TASK_ESCALATE_TRIAGE, "EndEvent_EskalasiTriaseTerkirim")
        .isWaitingAt(PublicReportProcess.TASK_TRIAGE);
  }

  @Test
  void handlingLate_theHeadIsTold_andTheHandlerKeepsTheTask() {
    ProcessInstance report = received("PENGADUAN");
    complete(task(PublicReportProcess.TASK_TRIAGE, report), withVariables("keputusanTriase", "VALID", "ditanganiOleh", PEGAWAI));
    var timer = managementService().createJobQuery().activityId(PublicReportProcess.TIMER_HANDLING_SLA).singleResult();

    managementService().executeJob(timer.getId());

    verify(reports).recordEscalation(eq(KEPALA), contains("melewati batas waktu"), anyString());
    verify(reports, never()).recordEscalation(eq(ATASAN_KEPALA), anyString(), anyString());
    assertThat(report).hasPassed(PublicReportProcess.TASK_ESCALATE_HANDLING, "EndEvent_EskalasiPenangananTerkirim")
        .isWaitingAt(PublicReportProcess.TASK_HANDLE);
    assertThat(task(PublicReportProcess.TASK_HANDLE, report)).isAssignedTo(PEGAWAI);
  }
}
