package id.kinerja.calibration;

import static id.kinerja.calibration.KalibrasiProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import id.kinerja.appraisal.AppraisalCycleProcessTest;
import id.kinerja.appraisal.AppraisalModels;
import id.kinerja.appraisal.AppraisalSubmissionRules;
import id.kinerja.appraisal.SubmissionRejectedException;
import id.kinerja.appraisal.SubmissionRulesListener;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.Tahun;
import id.kinerja.system.ProcessProperties;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The calibration of one unit (kalibrasi-unit), scenario by scenario, on the real BPMN and forms.
 * Delegates and rules are the real classes on a mocked KalibrasiService whose check answers as the
 * scenario needs (the service itself, with the DMN and the database, is KalibrasiServiceTest's).
 * The check is asynchronous, so each scenario runs its job explicitly, like the timers.
 */
@Deployment(resources = {AppraisalModels.KALIBRASI_BPMN, AppraisalModels.FORM_KALIBRASI_KURVA_UNIT,
    AppraisalModels.FORM_TERIMA_JUSTIFIKASI_KURVA})
class KalibrasiUnitProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(1.0)
      .build();

  static final String UNIT = "DISDIK";
  static final int TAHUN = 2026;
  static final Tahun YEAR = Tahun.of(TAHUN);
  static final String KEPALA = "197304041999031017";
  static final String PEGAWAI_A = "198001162005012018";
  static final String PEGAWAI_B = "198309252008031019";

  KalibrasiService kalibrasi = mock(KalibrasiService.class);

  @BeforeEach
  void registerBeans() {
    BpmnAwareTests.init(engine.getProcessEngine());
    when(kalibrasi.unitHead(UNIT)).thenReturn(KEPALA);
    when(kalibrasi.usulan(UNIT, YEAR)).thenReturn(List.of(
        usulan(KEPALA, "BAIK"), usulan(PEGAWAI_A, "SANGAT_BAIK"), usulan(PEGAWAI_B, "SANGAT_BAIK")));
    when(kalibrasi.formList(any())).thenReturn(list("SANGAT_BAIK"));
    Mocks.register("konfigurasi", new ProcessProperties());
    id.kinerja.support.TaskHeaderBeans.register();
    Mocks.register("checkUnitCurveDelegate", new CheckUnitCurveDelegate(kalibrasi));
    Mocks.register("remindCapaianDelegate", new RemindCapaianDelegate(kalibrasi));
    Mocks.register("saveCalibrationDelegate", new SaveCalibrationDelegate(kalibrasi));
    Mocks.register("recordJustificationDecisionDelegate", new RecordJustificationDecisionDelegate(kalibrasi));
    Mocks.register("releaseUnitResultsDelegate", new ReleaseUnitResultsDelegate(kalibrasi));
    Mocks.register("submissionRulesListener", new SubmissionRulesListener(new AppraisalSubmissionRules(List.of(
        new KalibrasiKurvaRule(kalibrasi), new JustifikasiKurvaRule()))));
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void unitInsideItsCurve_isReleasedAtOnce_withoutTheHead() {
    checks(KalibrasiProcess.Status.DALAM_KURVA);
    ProcessInstance unit = start();

    assertThat(unit).isWaitingAt(TASK_PERIKSA_KURVA);
    execute(job(unit));

    assertThat(unit).hasPassedInOrder(TASK_PERIKSA_KURVA, TASK_LEPASKAN_HASIL, END_HASIL_DILEPAS)
        .hasNotPassed(TASK_KALIBRASI_KURVA_UNIT).isEnded();
    verify(kalibrasi).release(UNIT, YEAR, "Sebaran predikat unit sesuai kurva distribusi.");
  }

  @Test
  void unitOutsideItsCurve_waitsForTheHead_whoLowersAPredikat_thenReleased() {
    checks(KalibrasiProcess.Status.DI_LUAR_KURVA, KalibrasiProcess.Status.DALAM_KURVA);
    ProcessInstance unit = start();
    execute(job(unit));

    Task kalibrasiTask = task(TASK_KALIBRASI_KURVA_UNIT, unit);
    assertThat(kalibrasiTask).isAssignedTo(KEPALA);
    Assertions.assertThat(kalibrasiTask.getName()).isEqualTo("Kalibrasi predikat unit Dinas Pendidikan · 2026");
    Assertions.assertThat(taskService().getVariableLocal(kalibrasiTask.getId(), "tenggatTugas"))
        .isEqualTo(AppraisalCycleProcessTest.inWords(kalibrasiTask.getDueDate()));
    Assertions.assertThat(taskService().getIdentityLinksForTask(kalibrasiTask.getId()))
        .as("BKPSDM may take over where a unit has no head").anyMatch(l -> AppraisalProcess.GROUP_BKPSDM.equals(l.getGroupId()));
    AppraisalCycleProcessTest.assertDueIn(kalibrasiTask.getDueDate(), Duration.ofDays(14));
    Assertions.assertThat(taskService().getVariable(kalibrasiTask.getId(), "tabelKurva").toString())
        .contains("TIDAK terpenuhi");
    verify(kalibrasi, never()).release(anyString(), any(Tahun.class), anyString());

    complete(kalibrasiTask, withVariables("tindakanKalibrasi", "UBAH", "usulanKalibrasi", json(list("BAIK"))));
    verify(kalibrasi).applyChanges(eq(UNIT), eq(YEAR), argThat(changes -> changes.contains(
        new KalibrasiService.Perubahan(PEGAWAI_A, "BAIK"))), eq(KEPALA));
    assertThat(unit).isWaitingAt(TASK_PERIKSA_KURVA);
    execute(job(unit));

    assertThat(unit).hasPassedInOrder(TASK_KALIBRASI_KURVA_UNIT, TASK_SIMPAN_KALIBRASI, TASK_PERIKSA_KURVA, TASK_LEPASKAN_HASIL)
        .hasNotPassed(TASK_TERIMA_JUSTIFIKASI).isEnded();
    verify(kalibrasi).release(UNIT, YEAR, "Sebaran predikat unit sesuai kurva distribusi.");
  }

  @Test
  void headSubmitsWithoutChangingAnything_orChangesTheirOwnPredikat_isRejected() {
    checks(KalibrasiProcess.Status.DI_LUAR_KURVA);
    ProcessInstance unit = start();
    execute(job(unit));
    Task kalibrasiTask = task(TASK_KALIBRASI_KURVA_UNIT, unit);

    assertThatThrownBy(() -> complete(kalibrasiTask, withVariables("tindakanKalibrasi", "UBAH",
        "usulanKalibrasi", json(list("SANGAT_BAIK")))))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class).hasMessageContaining("Belum ada predikat yang diubah");
    ArrayNode ownChanged = list("SANGAT_BAIK");
    ((com.fasterxml.jackson.databind.node.ObjectNode) ownChanged.get(0)).put("predikat", "SANGAT_BAIK");
    assertThatThrownBy(() -> complete(kalibrasiTask, withVariables("tindakanKalibrasi", "UBAH", "usulanKalibrasi", json(ownChanged))))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class).hasMessageContaining("predikat kepala unit mengikuti capaian");
    assertThatThrownBy(() -> complete(kalibrasiTask, withVariables("tindakanKalibrasi", "JUSTIFIKASI", "justifikasiKurva", "Karena.")))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class).hasMessageContaining("paling sedikit 20 karakter");

    assertThat(unit).isWaitingAt(TASK_KALIBRASI_KURVA_UNIT);
    verify(kalibrasi, never()).applyChanges(any(), any(Tahun.class), any(), any());
  }

  @Test
  void headJustifies_bkpsdmAccepts_unitReleasedAsItIs() {
    checks(KalibrasiProcess.Status.DI_LUAR_KURVA);
    ProcessInstance unit = start();
    execute(job(unit));
    justify(unit);

    Task putusan = task(TASK_TERIMA_JUSTIFIKASI, unit);
    assertThat(putusan).hasCandidateGroup(AppraisalProcess.GROUP_BKPSDM).isNotAssigned();
    Assertions.assertThat(putusan.getName()).isEqualTo("Putuskan justifikasi kurva · Dinas Pendidikan · 2026");
    Assertions.assertThat(taskService().getVariableLocal(putusan.getId(), "namaKepalaUnit"))
        .isEqualTo(id.kinerja.support.TaskHeaderBeans.nameOf(KEPALA));
    complete(putusan, withVariables("putusanJustifikasi", "TERIMA"));

    assertThat(unit).hasPassedInOrder(TASK_SIMPAN_KALIBRASI, TASK_TERIMA_JUSTIFIKASI, TASK_SIMPAN_PUTUSAN_JUSTIFIKASI,
        TASK_LEPASKAN_HASIL).isEnded();
    verify(kalibrasi).recordJustification(eq(UNIT), eq(YEAR), eq(JUSTIFIKASI), any(), eq(KEPALA));
    verify(kalibrasi).decideJustification(eq(UNIT), eq(YEAR), eq(true), any(), any());
    verify(kalibrasi).releaseJustified(UNIT, YEAR, "Sebaran predikat unit di luar kurva distribusi; justifikasi kepala unit diterima BKPSDM.");
    verify(kalibrasi, never()).release(any(), any(Tahun.class), any());
  }

  @Test
  void aProposalComesInWhileBkpsdmDecides_onlyTheJustifiedAreReleased_theNewOneIsCheckedNext() {
    checks(KalibrasiProcess.Status.DI_LUAR_KURVA, KalibrasiProcess.Status.DALAM_KURVA);
    // the justification covered A and B; C's rating came in while BKPSDM was deciding
    when(kalibrasi.releaseJustified(eq(UNIT), eq(YEAR), anyString())).thenReturn(1);
    ProcessInstance unit = start();
    execute(job(unit));
    justify(unit);
    complete(task(TASK_TERIMA_JUSTIFIKASI, unit), withVariables("putusanJustifikasi", "TERIMA"));

    assertThat(unit).hasPassedInOrder(TASK_TERIMA_JUSTIFIKASI, TASK_LEPASKAN_HASIL)
        .isWaitingAt(TASK_PERIKSA_KURVA).variables().containsEntry("usulanBelumDicakup", 1);
    execute(job(unit));

    // the next round finds the unit (with A and B fixed) inside its curve: C is released too
    assertThat(unit).isEnded();
    verify(kalibrasi).releaseJustified(UNIT, YEAR, "Sebaran predikat unit di luar kurva distribusi; justifikasi kepala unit diterima BKPSDM.");
    verify(kalibrasi).release(UNIT, YEAR, "Sebaran predikat unit sesuai kurva distribusi.");
  }

  @Test
  void aProposalComesInWhileTheHeadCalibrates_theTaskIsCheckedAgain_andComesBackWithTheUnitAsItIsNow() {
    checks(KalibrasiProcess.Status.DI_LUAR_KURVA, KalibrasiProcess.Status.DI_LUAR_KURVA);
    ProcessInstance unit = start();
    execute(job(unit));
    Task stale = task(TASK_KALIBRASI_KURVA_UNIT, unit);

    runtimeService().createMessageCorrelation(KalibrasiProcess.MESSAGE_DATA_BERUBAH)
        .processInstanceBusinessKey(KalibrasiProcess.businessKey(UNIT, YEAR)).correlateAll();

    assertThat(unit).hasPassed(EVENT_BERUBAH_SAAT_KALIBRASI).isWaitingAt(TASK_PERIKSA_KURVA);
    Assertions.assertThat(taskService().createTaskQuery().taskId(stale.getId()).count()).isZero();
    execute(job(unit));
    Task fresh = task(TASK_KALIBRASI_KURVA_UNIT, unit);
    assertThat(fresh).isAssignedTo(KEPALA);
    Assertions.assertThat(fresh.getId()).isNotEqualTo(stale.getId());
    verify(kalibrasi, times(2)).check(UNIT, YEAR);
    verify(kalibrasi, never()).applyChanges(any(), any(Tahun.class), any(), any());
  }

  @Test
  void headJustifies_bkpsdmRejects_backToTheHead_whoThenChangesPredikat() {
    checks(KalibrasiProcess.Status.DI_LUAR_KURVA, KalibrasiProcess.Status.DALAM_KURVA);
    ProcessInstance unit = start();
    execute(job(unit));
    justify(unit);

    Task putusan = task(TASK_TERIMA_JUSTIFIKASI, unit);
    assertThatThrownBy(() -> complete(putusan, withVariables("putusanJustifikasi", "TOLAK")))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class).hasMessageContaining("Catatan wajib diisi");
    complete(putusan, withVariables("putusanJustifikasi", "TOLAK", "catatanBkpsdm", "Dua Sangat Baik tidak didukung bukti"));

    Task again = task(TASK_KALIBRASI_KURVA_UNIT, unit);
    assertThat(again).isAssignedTo(KEPALA);
    Assertions.assertThat(taskService().getVariable(again.getId(), "catatanBkpsdm")).isEqualTo("Dua Sangat Baik tidak didukung bukti");
    verify(kalibrasi).decideJustification(UNIT, YEAR, false, "Dua Sangat Baik tidak didukung bukti", AppraisalProcess.GROUP_BKPSDM);
    verify(kalibrasi, never()).release(anyString(), any(Tahun.class), anyString());

    complete(again, withVariables("tindakanKalibrasi", "UBAH", "usulanKalibrasi", json(list("BAIK"))));
    execute(job(unit));
    assertThat(unit).isEnded();
    verify(kalibrasi).release(UNIT, YEAR, "Sebaran predikat unit sesuai kurva distribusi.");
  }

  @Test
  void capaianNotRecorded_bkpsdmReminded_thenRecorded_unitCheckedAgain() {
    checks(KalibrasiProcess.Status.MENUNGGU_CAPAIAN, KalibrasiProcess.Status.DALAM_KURVA);
    ProcessInstance unit = start();
    execute(job(unit));

    assertThat(unit).hasPassed(TASK_INGATKAN_CAPAIAN).isWaitingAt(GATEWAY_TUNGGU_PERUBAHAN);
    verify(kalibrasi).tellBkpsdm(argThat(m -> m.contains("Dinas Pendidikan") && !m.contains(UNIT)),
        eq("/admin/capaian-organisasi"), eq(unit.getId()));

    runtimeService().createMessageCorrelation(KalibrasiProcess.MESSAGE_DATA_BERUBAH)
        .processInstanceBusinessKey(KalibrasiProcess.businessKey(UNIT, YEAR)).correlateAll();
    execute(job(unit));

    assertThat(unit).hasPassed(EVENT_DATA_BERUBAH).isEnded();
    verify(kalibrasi).release(UNIT, YEAR, "Sebaran predikat unit sesuai kurva distribusi.");
  }

  @Test
  void employeesStillBeingRated_unitWaits_andChecksAgainByTimer() {
    checks(KalibrasiProcess.Status.MENUNGGU_PEGAWAI, KalibrasiProcess.Status.DALAM_KURVA);
    ProcessInstance unit = start();
    execute(job(unit));

    assertThat(unit).hasNotPassed(TASK_INGATKAN_CAPAIAN).isWaitingAt(GATEWAY_TUNGGU_PERUBAHAN);
    var timer = job(TIMER_PERIKSA_ULANG, unit);
    AppraisalCycleProcessTest.assertDueIn(timer.getDuedate(), Duration.ofDays(7));
    execute(timer);
    execute(job(unit));

    assertThat(unit).hasPassed(TIMER_PERIKSA_ULANG).isEnded();
    verify(kalibrasi, never()).tellBkpsdm(any(), any(), any());
  }

  // --- a late proposal after the unit was released ------------------------------------------

  static final String TERLAMBAT = "199008102015031021";
  static final String LEPAS_SUSULAN = "Sebaran predikat unit, bersama 2 pegawai yang hasilnya sudah dilepas sebelumnya,";

  @Test
  void lateProposalAfterRelease_keepsTheUnitInsideItsCurve_onlyTheLateOneReleasedAtOnce() {
    late(KalibrasiProcess.Status.DALAM_KURVA);
    ProcessInstance unit = start();
    execute(job(unit));

    assertThat(unit).hasPassedInOrder(TASK_PERIKSA_KURVA, TASK_LEPASKAN_HASIL, END_HASIL_DILEPAS)
        .hasNotPassed(TASK_KALIBRASI_KURVA_UNIT).isEnded()
        .variables().containsEntry("jumlahDilepas", 2);
    verify(kalibrasi).release(UNIT, YEAR, LEPAS_SUSULAN + " sesuai kurva distribusi.");
  }

  @Test
  void lateProposalAfterRelease_breaksTheCurve_headCalibratesOnlyTheLateOne_releasedShownFixed() {
    late(KalibrasiProcess.Status.DI_LUAR_KURVA, KalibrasiProcess.Status.DALAM_KURVA);
    ProcessInstance unit = start();
    execute(job(unit));

    Task kalibrasiTask = task(TASK_KALIBRASI_KURVA_UNIT, unit);
    assertThat(kalibrasiTask).isAssignedTo(KEPALA);
    Assertions.assertThat(taskService().getVariable(kalibrasiTask.getId(), "tabelDilepas").toString())
        .contains(PEGAWAI_A).contains(PEGAWAI_B).contains("Sangat Baik");
    Assertions.assertThat((Iterable<com.fasterxml.jackson.databind.JsonNode>) id.kinerja.kernel.JsonValues.tree(
            taskService().getVariable(kalibrasiTask.getId(), "usulanKalibrasi")))
        .extracting(row -> row.get("nip").asText()).containsExactly(TERLAMBAT);

    // a released one cannot be changed, not even alongside the late one
    ArrayNode withReleased = lateList("BAIK");
    withReleased.addObject().put("nip", PEGAWAI_A).put("nama", "A").put("predikat", "BAIK");
    assertThatThrownBy(() -> complete(kalibrasiTask, withVariables("tindakanKalibrasi", "UBAH", "usulanKalibrasi", json(withReleased))))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class).hasMessageContaining("sudah dilepas dan tidak dapat diubah lagi");
    assertThatThrownBy(() -> complete(kalibrasiTask, withVariables("tindakanKalibrasi", "UBAH", "usulanKalibrasi", json(lateList("SANGAT_BAIK")))))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class).hasMessageContaining("Belum ada predikat yang diubah");
    verify(kalibrasi, never()).applyChanges(any(), any(Tahun.class), any(), any());

    complete(kalibrasiTask, withVariables("tindakanKalibrasi", "UBAH", "usulanKalibrasi", json(lateList("BAIK"))));
    verify(kalibrasi).applyChanges(UNIT, YEAR, List.of(new KalibrasiService.Perubahan(TERLAMBAT, "BAIK")), KEPALA);
    execute(job(unit));

    assertThat(unit).hasPassedInOrder(TASK_KALIBRASI_KURVA_UNIT, TASK_SIMPAN_KALIBRASI, TASK_PERIKSA_KURVA, TASK_LEPASKAN_HASIL)
        .isEnded();
    verify(kalibrasi).release(UNIT, YEAR, LEPAS_SUSULAN + " sesuai kurva distribusi.");
  }

  @Test
  void lateProposalAfterRelease_headJustifies_bkpsdmAccepts_lateOneReleasedAsItIs() {
    late(KalibrasiProcess.Status.DI_LUAR_KURVA);
    ProcessInstance unit = start();
    execute(job(unit));
    justify(unit);
    complete(task(TASK_TERIMA_JUSTIFIKASI, unit), withVariables("putusanJustifikasi", "TERIMA"));

    assertThat(unit).hasPassedInOrder(TASK_TERIMA_JUSTIFIKASI, TASK_LEPASKAN_HASIL).isEnded();
    verify(kalibrasi).releaseJustified(UNIT, YEAR, LEPAS_SUSULAN + " di luar kurva distribusi; justifikasi kepala unit diterima BKPSDM.");
  }

  /** A and B were released by an earlier round (Sangat Baik both); TERLAMBAT proposes Sangat Baik now. */
  void late(String first, String... then) {
    List<KalibrasiService.Usulan> usulan = List.of(released(PEGAWAI_A), released(PEGAWAI_B), usulan(TERLAMBAT, "SANGAT_BAIK"));
    when(kalibrasi.usulan(UNIT, YEAR)).thenReturn(usulan);
    when(kalibrasi.formList(any())).thenReturn(lateList("SANGAT_BAIK"));
    when(kalibrasi.releasedTable(any())).thenReturn("| " + PEGAWAI_A + " | A | Sangat Baik |\n| " + PEGAWAI_B + " | B | Sangat Baik |");
    var stub = when(kalibrasi.check(UNIT, YEAR)).thenReturn(pemeriksaan(first, usulan));
    for (String status : then) {
      stub = stub.thenReturn(pemeriksaan(status, usulan));
    }
  }

  static KalibrasiService.Usulan released(String nip) {
    return new KalibrasiService.Usulan(nip, "Pegawai " + nip, "pi-" + nip, "DI_ATAS", "DI_ATAS", "DI_ATAS",
        "SANGAT_BAIK", "SANGAT_BAIK", true);
  }

  static KalibrasiService.Pemeriksaan pemeriksaan(String status, List<KalibrasiService.Usulan> usulan) {
    KalibrasiService.Pemeriksaan p = pemeriksaan(status);
    return new KalibrasiService.Pemeriksaan(p.status(), p.capaian(), p.kepalaUnit(), usulan, List.of(), null, p.tabel());
  }

  static ArrayNode lateList(String predikat) {
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    list.addObject().put("nip", TERLAMBAT).put("nama", "Terlambat").put("predikatUsulan", "Sangat Baik").put("predikat", predikat);
    return list;
  }

  // --- steps --------------------------------------------------------------------------------

  static final String JUSTIFIKASI = "Tiga guru penggerak memenangkan lomba inovasi tingkat provinsi tahun ini.";

  ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(KalibrasiProcess.KEY, KalibrasiProcess.businessKey(UNIT, YEAR),
        withVariables("unitKerja", UNIT, "namaUnit", "Dinas Pendidikan", "tahun", TAHUN));
  }

  void justify(ProcessInstance unit) {
    complete(task(TASK_KALIBRASI_KURVA_UNIT, unit), withVariables("tindakanKalibrasi", "JUSTIFIKASI",
        "justifikasiKurva", JUSTIFIKASI));
  }

  void checks(String first, String... then) {
    var stub = when(kalibrasi.check(UNIT, YEAR)).thenReturn(pemeriksaan(first));
    for (String status : then) {
      stub = stub.thenReturn(pemeriksaan(status));
    }
  }

  static KalibrasiService.Pemeriksaan pemeriksaan(String status) {
    return new KalibrasiService.Pemeriksaan(status, "ISTIMEWA", KEPALA, List.of(), List.of(), null,
        KalibrasiProcess.Status.DI_LUAR_KURVA.equals(status) ? "| Sangat Baik paling banyak 70% | 2 | paling banyak 1 | **TIDAK terpenuhi** |"
            : "ok");
  }

  static KalibrasiService.Usulan usulan(String nip, String predikat) {
    return new KalibrasiService.Usulan(nip, "Pegawai " + nip, "pi-" + nip, "SESUAI", "SESUAI", "SESUAI", predikat, predikat, false);
  }

  /** The form's list with the head's own BAIK, A as given, B Sangat Baik. */
  static ArrayNode list(String predikatA) {
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    list.addObject().put("nip", KEPALA).put("nama", "Kepala").put("predikatUsulan", "Baik").put("predikat", "BAIK");
    list.addObject().put("nip", PEGAWAI_A).put("nama", "A").put("predikatUsulan", "Sangat Baik").put("predikat", predikatA);
    list.addObject().put("nip", PEGAWAI_B).put("nama", "B").put("predikatUsulan", "Sangat Baik").put("predikat", "SANGAT_BAIK");
    return list;
  }

  static Object json(ArrayNode list) {
    return SpinValues.jsonValue(list.toString()).create();
  }
}
