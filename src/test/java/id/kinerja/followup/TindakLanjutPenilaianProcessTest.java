package id.kinerja.followup;

import static id.kinerja.followup.TindakLanjutProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import id.kinerja.appraisal.AppraisalSubmissionRules;
import id.kinerja.appraisal.SubmissionRejectedException;
import id.kinerja.appraisal.SubmissionRulesListener;
import id.kinerja.appraisal.Words;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.system.ProcessProperties;
import java.time.LocalDate;
import java.util.List;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What follows a final result (tindak-lanjut-penilaian), one predikat path per scenario, on the real
 * BPMN, DMN and forms; delegates and rules are the real classes on a mocked TindakLanjutService.
 */
@Deployment(resources = {TindakLanjutModels.BPMN, TindakLanjutModels.DMN, TindakLanjutModels.FORM_USULAN_PENGHARGAAN,
    TindakLanjutModels.FORM_RENCANA_PENGEMBANGAN, TindakLanjutModels.FORM_TANGGAPAN_RENCANA})
class TindakLanjutPenilaianProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(1.0)
      .build();

  static final String PEGAWAI = "199001012015031001";
  static final String PENILAI = "198001012005011002";
  static final int TAHUN = 2026;

  TindakLanjutService service = mock(TindakLanjutService.class);

  @BeforeEach
  void registerBeans() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register("konfigurasi", new ProcessProperties());
    id.kinerja.support.TaskHeaderBeans.register();
    Mocks.register("grantAppraiserAccessListener",
        new id.kinerja.organisation.GrantAppraiserAccessListener(mock(id.kinerja.organisation.AppraisalAccess.class)));
    Mocks.register("appraiserTaskVisibility", (org.camunda.bpm.engine.delegate.TaskListener) task -> { });
    Mocks.register("submissionRulesListener", new SubmissionRulesListener(new AppraisalSubmissionRules(List.of(
        new TindakLanjutRules.UsulanPenghargaanRule(), new TindakLanjutRules.RencanaPengembanganRule(),
        new TindakLanjutRules.TanggapanRencanaRule()))));
    Mocks.register("recordRewardDecisionDelegate", new RecordRewardDecisionDelegate(service));
    Mocks.register("saveDevelopmentPlanDelegate", new SaveDevelopmentPlanDelegate(service));
    Mocks.register("recordDevelopmentPlanResponseDelegate", new RecordDevelopmentPlanResponseDelegate(service));
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void sangatBaik_rewardNominationForBkpsdm_accepted() {
    ProcessInstance followUp = start("SANGAT_BAIK");

    Task nomination = task(TASK_USULAN_PENGHARGAAN, followUp);
    assertThat(nomination).hasCandidateGroup("bkpsdm").isNotAssigned();
    org.assertj.core.api.Assertions.assertThat(nomination.getName())
        .isEqualTo("Putuskan usulan penghargaan · Pegawai " + PEGAWAI + " · " + TAHUN);
    org.assertj.core.api.Assertions.assertThat(taskService().getVariablesLocal(nomination.getId()))
        .containsEntry("predikatLabel", "Sangat Baik")
        .containsEntry("namaPejabatPenilai", id.kinerja.support.TaskHeaderBeans.nameOf(PENILAI));
    assertThatThrownBy(() -> complete(nomination, withVariables("keputusanPenghargaan", "DITERIMA")))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class).hasMessageContaining("Catatan keputusan wajib diisi");
    complete(nomination, withVariables("keputusanPenghargaan", "DITERIMA", "catatanPenghargaan", "Satyalancana, diusulkan ke Bupati"));

    assertThat(followUp).hasPassedInOrder(RULE_TINDAK_LANJUT, TASK_USULAN_PENGHARGAAN, TASK_SIMPAN_USULAN_PENGHARGAAN,
        END_PENGHARGAAN_DIPUTUS).hasNotPassed(TASK_SUSUN_RENCANA).isEnded();
    verify(service).recordRewardDecision(eq(PenilaianTahunan.of(PEGAWAI, TAHUN)), eq("SANGAT_BAIK"), eq("DITERIMA"),
        eq("Satyalancana, diusulkan ke Bupati"), any());
  }

  @Test
  void sangatBaik_rewardNominationDeclined_withItsReason() {
    ProcessInstance followUp = start("SANGAT_BAIK");
    complete(task(TASK_USULAN_PENGHARGAAN, followUp), withVariables("keputusanPenghargaan", "DITOLAK",
        "catatanPenghargaan", "Kuota penghargaan tahun ini sudah terpenuhi"));

    assertThat(followUp).hasPassed(END_PENGHARGAAN_DIPUTUS).isEnded();
    verify(service).recordRewardDecision(eq(PenilaianTahunan.of(PEGAWAI, TAHUN)), eq("SANGAT_BAIK"), eq("DITOLAK"), any(), any());
  }

  @Test
  void baik_noFollowUp() {
    ProcessInstance followUp = start("BAIK");

    assertThat(followUp).hasPassed(END_TANPA_TINDAK_LANJUT).hasNotPassed(TASK_USULAN_PENGHARGAAN, TASK_SUSUN_RENCANA).isEnded();
  }

  @ParameterizedTest(name = "{0}: appraiser drafts, employee agrees")
  @ValueSource(strings = {"BUTUH_PERBAIKAN", "KURANG_MISCONDUCT", "SANGAT_KURANG"})
  void weakResult_developmentPlanDraftedByAppraiser_agreedByEmployee(String predikat) {
    ProcessInstance followUp = start(predikat);

    Task draft = task(TASK_SUSUN_RENCANA, followUp);
    assertThat(draft).isAssignedTo(PENILAI);
    org.assertj.core.api.Assertions.assertThat(draft.getName())
        .isEqualTo("Susun rencana pengembangan · Pegawai " + PEGAWAI + " · " + TAHUN);
    complete(draft, withVariables("rencanaPengembangan", plan(LocalDate.now().plusMonths(3))));
    verify(service).saveDevelopmentPlan(eq(PenilaianTahunan.of(PEGAWAI, TAHUN)), eq(predikat),
        argThat(p -> p.size() == 2 && p.get(1).get("jenis").asText().equals("COACHING")), eq(PENILAI));
    Task response = task(TASK_TANGGAPI_RENCANA, followUp);
    assertThat(response).isAssignedTo(PEGAWAI);
    org.assertj.core.api.Assertions.assertThat(response.getName())
        .isEqualTo("Rencana pengembangan " + TAHUN + ": setujui atau komentari");
    org.assertj.core.api.Assertions.assertThat(taskService().getVariableLocal(response.getId(), "rencanaPengembanganLabel")
        .toString()).contains("\"jenis\":\"Coaching\"", Words.date(LocalDate.now().plusMonths(3)))
        .doesNotContain("COACHING", "PELATIHAN");
    complete(response, withVariables("persetujuanRencana", "SETUJU"));

    assertThat(followUp).hasPassedInOrder(TASK_SUSUN_RENCANA, TASK_SIMPAN_RENCANA, TASK_TANGGAPI_RENCANA,
        TASK_SIMPAN_TANGGAPAN, END_RENCANA_DISEPAKATI).isEnded();
    verify(service).recordResponse(PenilaianTahunan.of(PEGAWAI, TAHUN), true, null);
  }

  @Test
  void employeeComments_appraiserRedrafts_thenAgreed() {
    ProcessInstance followUp = start("KURANG_MISCONDUCT");
    complete(task(TASK_SUSUN_RENCANA, followUp), withVariables("rencanaPengembangan", plan(LocalDate.now().plusMonths(3))));

    Task response = task(TASK_TANGGAPI_RENCANA, followUp);
    assertThatThrownBy(() -> complete(response, withVariables("persetujuanRencana", "KOMENTAR")))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class).hasMessageContaining("komentar");
    complete(response, withVariables("persetujuanRencana", "KOMENTAR", "tanggapanPegawai", "Saya minta pelatihan di semester pertama"));
    verify(service).recordResponse(PenilaianTahunan.of(PEGAWAI, TAHUN), false, "Saya minta pelatihan di semester pertama");

    Task redraft = task(TASK_SUSUN_RENCANA, followUp);
    assertThat(redraft).isAssignedTo(PENILAI);
    complete(redraft, withVariables("rencanaPengembangan", plan(LocalDate.now().plusMonths(2))));
    complete(task(TASK_TANGGAPI_RENCANA, followUp), withVariables("persetujuanRencana", "SETUJU"));

    assertThat(followUp).isEnded();
    verify(service, times(2)).saveDevelopmentPlan(eq(PenilaianTahunan.of(PEGAWAI, TAHUN)), eq("KURANG_MISCONDUCT"), any(), eq(PENILAI));
  }

  @Test
  void planWithoutActivities_orDueInThePast_isRejected() {
    ProcessInstance followUp = start("BUTUH_PERBAIKAN");
    Task draft = task(TASK_SUSUN_RENCANA, followUp);

    assertThatThrownBy(() -> complete(draft, withVariables("rencanaPengembangan", SpinValues.jsonValue("[]").create())))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class).hasMessageContaining("paling sedikit satu");
    assertThatThrownBy(() -> complete(draft, withVariables("rencanaPengembangan", plan(LocalDate.now().minusDays(1)))))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class).hasMessageContaining("tenggat harus setelah hari ini");
    verify(service, never()).saveDevelopmentPlan(any(), any(), any(), any());
  }

  ProcessInstance start(String predikat) {
    return runtimeService().createMessageCorrelation(TindakLanjutProcess.MESSAGE_MULAI)
        .processInstanceBusinessKey(TindakLanjutProcess.businessKey(PEGAWAI, TAHUN))
        .setVariable(TindakLanjutProcess.NIP.name(), PEGAWAI).setVariable(TindakLanjutProcess.TAHUN.name(), TAHUN).setVariable(TindakLanjutProcess.PREDIKAT.name(), predikat)
        .setVariable(TindakLanjutProcess.PEJABAT_PENILAI.name(), PENILAI)
        .correlateStartMessage();
  }

  static Object plan(LocalDate tenggat) {
    return SpinValues.jsonValue("""
        [{"jenis": "PELATIHAN", "uraian": "Pelatihan penyusunan laporan kinerja", "tenggat": "%s"},
         {"jenis": "COACHING", "uraian": "Coaching bulanan dengan pejabat penilai", "tenggat": "%s"}]"""
        .formatted(tenggat, tenggat)).create();
  }
}
