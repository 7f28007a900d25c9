package id.kinerja.appraisal;

import static id.kinerja.kernel.AppraisalProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.kinerja.calibration.KalibrasiProcess;
import id.kinerja.calibration.KalibrasiService;
import id.kinerja.feedback.PeerFeedbackAnswerRule;
import id.kinerja.feedback.PeerFeedbackProcess;
import id.kinerja.feedback.PeerFeedbackService;
import id.kinerja.feedback.PeerFeedbackSummaryListener;
import id.kinerja.feedback.PeerRaterSelectionRule;
import id.kinerja.feedback.PeerRaters;
import id.kinerja.feedback.ProposePeerRatersListener;
import id.kinerja.feedback.RecordPeerFeedbackDelegate;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.JsonValues;
import id.kinerja.kernel.NilaiBerakhlak;
import id.kinerja.kernel.Nip;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.kernel.Tahun;
import id.kinerja.objection.FileObjectionDelegate;
import id.kinerja.objection.ObjectionDecisionRule;
import id.kinerja.objection.ObjectionFilingRule;
import id.kinerja.objection.ObjectionService;
import id.kinerja.objection.RecordObjectionDecisionDelegate;
import id.kinerja.organisation.OrganisationLookup;
import id.kinerja.skp.ApproveSkpDelegate;
import id.kinerja.skp.OfferSupervisorRhkListener;
import id.kinerja.skp.RealisasiRule;
import id.kinerja.skp.RecordRealisasiDelegate;
import id.kinerja.skp.ReturnSkpDelegate;
import id.kinerja.skp.RhkAtasanRule;
import id.kinerja.skp.SaveSkpDraftDelegate;
import id.kinerja.skp.SkpDraftRule;
import id.kinerja.skp.SkpReviewRule;
import id.kinerja.skp.SkpService;
import id.kinerja.skp.SupervisorRhkOffers;
import id.kinerja.system.ProcessProperties;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.Job;
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
import org.mockito.ArgumentCaptor;

/**
 * The appraisal cycle, scenario by scenario, on the real BPMN and DMN. Delegates are the real
 * classes on mocked feature services; the organisation is a fake bean "organisasi". Together the
 * scenarios must pass every flow node and sequence flow of appraisal-cycle and of the 360 feedback
 * it calls (umpan-balik-360).
 */
@Deployment(resources = {
    AppraisalModels.CYCLE_BPMN, AppraisalModels.PREDIKAT_DMN, AppraisalModels.PERIODE_DMN,
    AppraisalModels.NAMA_PERIODE_DMN,
    AppraisalModels.UMPAN_BALIK_360_BPMN, AppraisalModels.FORM_PILIH_PENILAI_360,
    AppraisalModels.FORM_BERI_UMPAN_BALIK_360,
    AppraisalModels.FORM_LENGKAPI_PEJABAT, AppraisalModels.FORM_DRAFT_SKP, AppraisalModels.FORM_REVIEW_SKP,
    AppraisalModels.FORM_ESKALASI_REVIEW_SKP, AppraisalModels.FORM_LAPORAN_REALISASI,
    AppraisalModels.FORM_PENILAIAN_PERIODIK, AppraisalModels.FORM_PENILAIAN_DIRI,
    AppraisalModels.FORM_PENILAIAN_TAHUNAN, AppraisalModels.FORM_HASIL_PENILAIAN,
    AppraisalModels.FORM_TANGGAPAN_KEBERATAN, AppraisalModels.FORM_PUTUSAN_KEBERATAN,
    AppraisalModels.FORM_ESKALASI_KEBERATAN, AppraisalModels.FORM_PENETAPAN_HASIL})
public class AppraisalCycleProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(1.0)
      .build();

  static final String PEGAWAI = "199001012015031001";
  static final String PENILAI = "198001012005011002";
  static final String ATASAN = "197001011995031003";
  static final int TAHUN = 2026;
  /** Peers asked for 360 feedback. */
  static final List<String> REKAN = List.of("199101012015042011", "199304182019031012", "198706122011031014",
      "198907232014032015");

  static final String SKP_DRAFT = """
      [{"jenis": "UTAMA", "uraian": "Tersusunnya laporan kinerja unit", "rhkAtasan": "Meningkatnya akuntabilitas",
        "indikator": [{"uraian": "Jumlah laporan", "aspek": "KUANTITAS", "target": "4 laporan"}]}]""";

  SkpService skpService = mock(SkpService.class);
  AppraisalService appraisalService = mock(AppraisalService.class);
  ObjectionService objectionService = mock(ObjectionService.class);
  PeerFeedbackService peerFeedback = mock(PeerFeedbackService.class);
  OrganisationLookup lookup = mock(OrganisationLookup.class);
  KalibrasiService kalibrasiService = mock(KalibrasiService.class);
  id.kinerja.followup.TindakLanjutService tindakLanjutService = mock(id.kinerja.followup.TindakLanjutService.class);
  org.camunda.bpm.engine.delegate.JavaDelegate startFollowUp = mock(org.camunda.bpm.engine.delegate.JavaDelegate.class);
  id.kinerja.skp.SupervisorRhkOffers rhkOffers = mock(id.kinerja.skp.SupervisorRhkOffers.class);
  FakeOrganisasi organisasi = new FakeOrganisasi().supervises(PENILAI, PEGAWAI).supervises(ATASAN, PENILAI);

  @BeforeEach
  void registerBeans() {
    // BPM Assert's static helpers must use this engine, not the Spring Boot one another test left running
    BpmnAwareTests.init(engine.getProcessEngine());
    when(skpService.approve(any(), any())).thenReturn(new SkpService.ApprovedSkp(
        List.of(new SkpService.Rhk(1, "Tersusunnya laporan kinerja unit", "UTAMA")),
        List.of(new SkpService.Indikator(10, "Tersusunnya laporan kinerja unit", "Jumlah laporan", "KUANTITAS",
            "4 laporan"))));
    when(peerFeedback.proposedRaters(Nip.of(PEGAWAI), PENILAI)).thenReturn(REKAN.stream()
        .map(nip -> new PeerFeedbackService.Candidate(nip, "Rekan " + nip, "rekan kerja")).toList());
    when(peerFeedback.summary(PenilaianTahunan.of(PEGAWAI, TAHUN))).thenReturn(new PeerFeedbackService.Summary(0, List.of(), List.of()));
    when(lookup.isActiveEmployee(any())).thenReturn(true);
    Mocks.register("organisasi", organisasi);
    id.kinerja.support.TaskHeaderBeans.register(lookup);
    Mocks.register("peerRaters", new PeerRaters());
    Mocks.register("proposePeerRatersListener", new ProposePeerRatersListener(peerFeedback));
    Mocks.register("peerFeedbackSummaryListener", new PeerFeedbackSummaryListener(peerFeedback));
    Mocks.register("recordPeerFeedbackDelegate", new RecordPeerFeedbackDelegate(peerFeedback));
    Mocks.register("konfigurasi", new ProcessProperties());
    // the year's registry lives in the product's tables: checked by the Spring tests
    Mocks.register("registerAppraisalYearListener", (org.camunda.bpm.engine.delegate.ExecutionListener) execution -> { });
    // who may read the appraisal is the organisation feature's concern, tested there
    Mocks.register("dailyActivityDigestListener", new id.kinerja.harian.DailyActivityDigestListener(mock(id.kinerja.harian.KegiatanHarianService.class)));
    Mocks.register("appraiserTaskVisibility", (org.camunda.bpm.engine.delegate.TaskListener) task -> { });
    Mocks.register("publicFeedbackEvidenceListener", (org.camunda.bpm.engine.delegate.TaskListener) task -> { });
    when(lookup.pejabatOf(any())).thenAnswer(call -> organisasi.pejabatOf(call.<Nip>getArgument(0).value()));
    Mocks.register("resolvePejabatListener", new id.kinerja.organisation.ResolvePejabatListener(lookup));
    Mocks.register("grantAppraiserAccessListener",
        new id.kinerja.organisation.GrantAppraiserAccessListener(mock(id.kinerja.organisation.AppraisalAccess.class)));
    Mocks.register("submissionRulesListener", new SubmissionRulesListener(new AppraisalSubmissionRules(List.of(
        new PejabatPenilaiRule(), new SkpDraftRule(), new RhkAtasanRule(skpService), new SkpReviewRule(),
        new RealisasiRule(), new PeriodicRatingRule(), new SelfAssessmentRule(), new AnnualRatingRule(),
        new PenetapanRule(), new ObjectionFilingRule(), new ObjectionDecisionRule(objectionService),
        new PeerRaterSelectionRule(lookup), new PeerFeedbackAnswerRule()))));
    Mocks.register("offerSupervisorRhkListener", new OfferSupervisorRhkListener(
        new SupervisorRhkOffers(skpService, lookup, taskService(), engine.getProcessEngine().getIdentityService())));
    Mocks.register("startAppraisalCycleDelegate", new StartAppraisalCycleDelegate(skpService));
    Mocks.register("saveSkpDraftDelegate", new SaveSkpDraftDelegate(skpService, rhkOffers));
    Mocks.register("returnSkpDelegate", new ReturnSkpDelegate(skpService, rhkOffers));
    Mocks.register("approveSkpDelegate", new ApproveSkpDelegate(skpService, rhkOffers));
    Mocks.register("sendReviewReminderDelegate", new SendReviewReminderDelegate(appraisalService));
    Mocks.register("recordRealisasiDelegate", new RecordRealisasiDelegate(skpService));
    Mocks.register("openPeriodListener", new OpenPeriodListener());
    Mocks.register("recordPeriodicReviewDelegate", new RecordPeriodicReviewDelegate(appraisalService));
    Mocks.register("recordAnnualRatingDelegate", new RecordAnnualRatingDelegate(appraisalService));
    Mocks.register("fileObjectionDelegate", new FileObjectionDelegate(objectionService));
    Mocks.register("recordObjectionDecisionDelegate", new RecordObjectionDecisionDelegate(objectionService, kalibrasiService));
    Mocks.register("finalizeAppraisalDelegate", new FinalizeAppraisalDelegate(appraisalService));
    Mocks.register("registerForCalibrationDelegate", new RegisterForCalibrationDelegate(kalibrasiService));
    Mocks.register("startFollowUpDelegate", startFollowUp);
    Mocks.register("offerDevelopmentPlanListener", new id.kinerja.followup.OfferDevelopmentPlanListener(tindakLanjutService));
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  // --- SKP planning -------------------------------------------------------------------------

  @Test
  void skpApprovedFirstTime() {
    ProcessInstance cycle = start();

    assertThat(cycle).isStarted().hasBusinessKey(PEGAWAI + "-" + TAHUN).isWaitingAt(TASK_DRAFT_SKP);
    Task draft = task(TASK_DRAFT_SKP, cycle);
    assertThat(draft).isAssignedTo(PEGAWAI);
    assertDueIn(draft.getDueDate(), Duration.ofDays(14));
    Assertions.assertThat(formService().getDeployedTaskForm(draft.getId()))
        .asString(java.nio.charset.StandardCharsets.UTF_8).contains("\"id\": \"form-draft-skp\"");
    verify(skpService).openCycle(PenilaianTahunan.of(PEGAWAI, TAHUN), PENILAI, ATASAN, cycle.getId());

    submitDraft(cycle);
    Task review = task(TASK_REVIEW_SKP, cycle);
    assertThat(review).isAssignedTo(PENILAI);
    assertDueIn(review.getDueDate(), Duration.ofDays(7));

    approveSkp(cycle);

    assertThat(cycle).hasPassedInOrder(TASK_MULAI_SIKLUS, TASK_DRAFT_SKP, TASK_SIMPAN_SKP, TASK_REVIEW_SKP,
            TASK_SETUJUI_SKP, RULE_PERIODE_PENILAIAN)
        .hasNotPassed(TASK_KEMBALIKAN_SKP, TASK_LENGKAPI_PEJABAT)
        .isWaitingAt(TIMER_PERIODE_DIBUKA)
        .variables().containsEntry("jumlahPeriode", 4);
    verify(skpService).submitDraft(eq(PenilaianTahunan.of(PEGAWAI, TAHUN)), argThat(rhk -> rhk.size() == 1));
    verify(skpService).approve(eq(PenilaianTahunan.of(PEGAWAI, TAHUN)), argThat(e -> e.get(0).get("nilai").asText().equals("AKUNTABEL")));
  }

  @Test
  void skpApproved_onlyTheFirstPeriodWaits_theNextOpensWithIt() {
    ProcessInstance cycle = start();
    submitDraft(cycle);
    approveSkp(cycle);

    // the approval schedules one timer and starts no period yet: no period scope, no counters
    Assertions.assertThat(periodTimers(cycle)).extracting(Job::getDuedate).containsExactly(date(TAHUN, 4, 1));
    Assertions.assertThat(runtimeService().createExecutionQuery().processInstanceId(cycle.getId())
        .activityId(SUBPROCESS_PERIODE).count()).isZero();
    Assertions.assertThat(runtimeService().createVariableInstanceQuery().processInstanceIdIn(cycle.getId())
        .variableNameIn("loopCounter", "nrOfInstances", "periodeKe").count()).isZero();
    Assertions.assertThat(runtimeService().createVariableInstanceQuery().processInstanceIdIn(cycle.getId())
        .variableName(AppraisalProcess.PERIODE_DIBUKA.name()).singleResult().getValue()).isEqualTo(0L);

    // the first period opens: its report, and the second period's timer
    execute(periodTimers(cycle).get(0));
    Assertions.assertThat(periodTimers(cycle)).extracting(Job::getDuedate).containsExactly(date(TAHUN, 7, 1));
    Assertions.assertThat(taskService().getVariable(task(TASK_LAPORKAN_REALISASI, cycle).getId(), "periodeKe"))
        .isEqualTo(1L);
    ratePeriod(cycle);
    for (int periode = 2; periode <= 4; periode++) {
      execute(periodTimers(cycle).get(0));
      ratePeriod(cycle);
    }

    Assertions.assertThat(periodTimers(cycle)).isEmpty();
    Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(cycle.getId())
        .variableName("periodeKe").list()).extracting(v -> v.getValue()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
    Assertions.assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(cycle.getId())
        .activityId(SUBPROCESS_PERIODE).finished().count()).isEqualTo(4);
    assertThat(cycle).hasPassed(END_SEMUA_PERIODE_DIBUKA).isWaitingAt(TASK_PENILAIAN_DIRI);
  }

  @Test
  void aPeriodRatedLate_runsBesideTheNext_andTheYearWaitsForBoth() {
    ProcessInstance cycle = start();
    submitDraft(cycle);
    approveSkp(cycle);
    execute(periodTimers(cycle).get(0));
    execute(periodTimers(cycle).get(0)); // the second quarter ends before the first is reported

    List<Task> reports = taskService().createTaskQuery().processInstanceId(cycle.getId())
        .taskDefinitionKey(TASK_LAPORKAN_REALISASI).list();
    Assertions.assertThat(reports).extracting(t -> taskService().getVariable(t.getId(), "periodeKe"))
        .containsExactlyInAnyOrder(1L, 2L);
    Assertions.assertThat(periodTimers(cycle)).extracting(Job::getDuedate).containsExactly(date(TAHUN, 10, 1));
    execute(periodTimers(cycle).get(0));
    execute(periodTimers(cycle).get(0));
    Assertions.assertThat(periodTimers(cycle)).as("all four periods are open").isEmpty();

    List<Task> open = taskService().createTaskQuery().processInstanceId(cycle.getId())
        .taskDefinitionKey(TASK_LAPORKAN_REALISASI).list();
    Assertions.assertThat(open).hasSize(4);
    for (Task laporan : open.subList(0, 3)) {
      ratePeriod(cycle, laporan);
    }
    assertThat(cycle).as("the annual appraisal waits for the last period's rating")
        .isWaitingAt(TASK_LAPORKAN_REALISASI).hasNotPassed(SUBPROCESS_PENILAIAN_TAHUNAN);
    ratePeriod(cycle, open.get(3));
    assertThat(cycle).isWaitingAt(TASK_PENILAIAN_DIRI);
    for (int periode = 1; periode <= 4; periode++) {
      int p = periode;
      verify(skpService).recordRealisasi(eq(PenilaianTahunan.of(PEGAWAI, TAHUN)), eq(p), any());
      verify(appraisalService).recordPeriodicReview(argThat(review -> review.periode() == p));
    }
  }

  @Test
  void theYearsRoutingLeavesNoActivityHistory_whileItsStepsAndEndsKeepTheirs() {
    // SKP returned once, then approved; all four periods opened and rated: exclusive and parallel
    // gateways, none start events of the process and its subprocesses, ends of the periods
    ProcessInstance cycle = start();
    submitDraft(cycle);
    returnSkp(cycle, "Lengkapi indikator");
    submitDraft(cycle);
    approveSkp(cycle);
    for (int periode = 1; periode <= 4; periode++) {
      execute(periodTimers(cycle).get(0));
      ratePeriod(cycle);
    }

    var history = historyService().createHistoricActivityInstanceQuery().processInstanceId(cycle.getId()).list();
    Assertions.assertThat(history).extracting(a -> a.getActivityType())
        .as("no row for the routing").doesNotContainAnyElementsOf(List.of("exclusiveGateway", "parallelGateway", "inclusiveGateway", "startEvent", "multiInstanceBody"))
        .contains("userTask", "serviceTask", "businessRuleTask", "subProcess", "intermediateTimer", "noneEndEvent");
    Assertions.assertThat(history).filteredOn(a -> a.getActivityId().equals(TASK_DRAFT_SKP)).hasSize(2);
    Assertions.assertThat(history).filteredOn(a -> a.getActivityId().equals(SUBPROCESS_PERIODE)).hasSize(4)
        .allSatisfy(a -> Assertions.assertThat(a.getEndTime()).isNotNull());
    // the instance's own row still names where it started
    Assertions.assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(cycle.getId())
        .singleResult().getStartActivityId()).isNotNull();
    assertThat(cycle).hasPassedInOrder(TASK_DRAFT_SKP, TASK_REVIEW_SKP, TASK_KEMBALIKAN_SKP, TASK_SETUJUI_SKP)
        .hasPassed(END_SEMUA_PERIODE_DIBUKA).isWaitingAt(TASK_PENILAIAN_DIRI);
  }

  @Test
  void aSchemeWithoutPeriods_opensNone_theYearGoesOnToTheAnnualAppraisal() {
    // a process owner's period-scheme decision may give 0 periods; started where that decision leads
    ProcessInstance cycle = runtimeService().createProcessInstanceByKey(AppraisalProcess.KEY)
        .businessKey(AppraisalProcess.businessKey(PEGAWAI, TAHUN))
        .setVariables(withVariables(AppraisalProcess.NIP.name(), PEGAWAI, AppraisalProcess.TAHUN.name(), TAHUN, AppraisalProcess.PEJABAT_PENILAI.name(), PENILAI,
            AppraisalProcess.ATASAN_PEJABAT_PENILAI.name(), ATASAN, AppraisalProcess.JUMLAH_PERIODE.name(), 0, AppraisalProcess.NAMA_PEGAWAI.name(), "Pegawai " + PEGAWAI))
        .startBeforeActivity(SUBPROCESS_PENILAIAN_PERIODIK).execute();

    assertThat(cycle).hasPassed(END_SEMUA_PERIODE_DIBUKA)
        .hasNotPassed(TIMER_PERIODE_DIBUKA, SUBPROCESS_PERIODE).isWaitingAt(TASK_PENILAIAN_DIRI);
    Assertions.assertThat(periodTimers(cycle)).isEmpty();
  }

  @Test
  void raters360_askedInAMultiInstance_leaveNoEngineCountersInHistory() {
    ProcessInstance cycle = throughPeriods();
    complete(task(TASK_PENILAIAN_DIRI, cycle), selfAssessment());
    through360(cycle, REKAN.subList(0, 3), REKAN.subList(0, 3));

    Assertions.assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(cycle.getId())
        .activityId(CALL_ACTIVITY_UMPAN_BALIK_360).finished().count()).isEqualTo(3);
    for (String counter : List.of("loopCounter", "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances")) {
      Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(cycle.getId())
          .variableName(counter).count()).as(counter).isZero();
      Assertions.assertThat(historyService().createHistoricDetailQuery().processInstanceId(cycle.getId())
          .variableUpdates().list()).extracting(d -> ((HistoricVariableUpdate) d).getVariableName()).doesNotContain(counter);
    }
  }

  @Test
  void skpReturnedTwice_thenApproved() {
    ProcessInstance cycle = start();

    submitDraft(cycle);
    returnSkp(cycle, "Target indikator belum terukur");
    assertThat(task(TASK_DRAFT_SKP, cycle)).isAssignedTo(PEGAWAI);
    submitDraft(cycle);
    returnSkp(cycle, "RHK atasan yang diintervensi belum tepat");
    submitDraft(cycle);
    approveSkp(cycle);

    assertThat(cycle).hasPassed(TASK_KEMBALIKAN_SKP, TASK_SETUJUI_SKP).isWaitingAt(TIMER_PERIODE_DIBUKA);
    verify(skpService, times(3)).submitDraft(eq(PenilaianTahunan.of(PEGAWAI, TAHUN)), any());
    verify(skpService).returnDraft(PenilaianTahunan.of(PEGAWAI, TAHUN), "Target indikator belum terukur");
    verify(skpService).returnDraft(PenilaianTahunan.of(PEGAWAI, TAHUN), "RHK atasan yang diintervensi belum tepat");
    verify(skpService).approve(eq(PenilaianTahunan.of(PEGAWAI, TAHUN)), any());
  }

  @Test
  void skpWithoutRhkUtama_isRejected() {
    ProcessInstance cycle = start();
    Task draft = task(TASK_DRAFT_SKP, cycle);

    assertThatThrownBy(() -> complete(draft, withVariables("rhk", SpinValues.jsonValue("""
        [{"jenis": "TAMBAHAN", "uraian": "Membantu kegiatan unit", "indikator": []}]""").create())))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("RHK) utama")
        .hasMessageContaining("sedikitnya satu indikator");
    assertThat(cycle).isWaitingAt(TASK_DRAFT_SKP);
    verify(skpService, never()).submitDraft(any(), any());
  }

  @Test
  void appraiserHasAnSkp_draftLinksToOneOfItsRhk_andAnotherIdIsRejected() {
    when(skpService.rhkAtasan(PENILAI, Tahun.of(TAHUN))).thenReturn(List.of(
        new SkpService.Rhk(71, "Meningkatnya akuntabilitas kinerja unit", "UTAMA"),
        new SkpService.Rhk(72, "Terselenggaranya pengembangan kompetensi", "UTAMA")));
    ProcessInstance cycle = start();
    Task draft = task(TASK_DRAFT_SKP, cycle);

    Assertions.assertThat(taskService().getVariableLocal(draft.getId(), "pilihanRhkAtasan"))
        .hasToString("[{\"label\":\"Meningkatnya akuntabilitas kinerja unit\",\"value\":\"71\"},"
            + "{\"label\":\"Terselenggaranya pengembangan kompetensi\",\"value\":\"72\"}]");
    assertThatThrownBy(() -> complete(draft, withVariables("rhk", SpinValues.jsonValue(
        SKP_DRAFT.replace("\"rhkAtasan\": \"Meningkatnya akuntabilitas\"", "\"rhkAtasan\": \"99\"")).create())))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("RHK 1: RHK atasan '99' tidak ada dalam SKP pejabat penilai tahun " + TAHUN);
    assertThatThrownBy(() -> complete(draft, withVariables("rhk", SpinValues.jsonValue(SKP_DRAFT).create())))
        .as("free text is no longer enough once the appraiser has RHK to link to")
        .hasRootCauseInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("RHK 1: RHK atasan 'Meningkatnya akuntabilitas' tidak ada");
    verify(skpService, never()).submitDraft(any(), any());

    when(skpService.submitDraft(eq(PenilaianTahunan.of(PEGAWAI, TAHUN)), any())).thenReturn(new SkpService.SubmittedDraft(List.of("Terselenggaranya pengembangan kompetensi"), null));
    complete(draft, withVariables("rhk", SpinValues.jsonValue(
        SKP_DRAFT.replace("\"rhkAtasan\": \"Meningkatnya akuntabilitas\"", "\"rhkAtasan\": \"72\"")).create()));

    assertThat(cycle).isWaitingAt(TASK_REVIEW_SKP);
    Assertions.assertThat(runtimeService().getVariable(cycle.getId(), "rhk").toString())
        .as("the appraiser reviews the wording, not the id")
        .contains("\"rhkAtasan\":\"72\"", "\"rhkAtasanUraian\":\"Terselenggaranya pengembangan kompetensi\"");
    verify(skpService).submitDraft(eq(PenilaianTahunan.of(PEGAWAI, TAHUN)), argThat(rhk -> rhk.get(0).get("rhkAtasan").asText().equals("72")));
  }

  @Test
  void appraiserWithoutSkp_offersNoChoices_andTheFreeTextIsKept() {
    ProcessInstance cycle = start();
    Task draft = task(TASK_DRAFT_SKP, cycle);

    Assertions.assertThat(taskService().getVariableLocal(draft.getId(), "pilihanRhkAtasan"))
        .as("no options: the form shows the free-text field").isNull();
    assertThatThrownBy(() -> complete(draft, withVariables("rhk", SpinValues.jsonValue(
        SKP_DRAFT.replace("\"rhkAtasan\": \"Meningkatnya akuntabilitas\"", "\"rhkAtasan\": \"71\"")).create())))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("pejabat penilai belum memiliki SKP tahun " + TAHUN);

    complete(draft, withVariables("rhk", SpinValues.jsonValue(SKP_DRAFT.replace("\"rhkAtasan\"", "\"rhkAtasanUraian\"")).create()));
    assertThat(cycle).isWaitingAt(TASK_REVIEW_SKP);
  }

  @Test
  void lateAppraiser_isEscalated() {
    ProcessInstance cycle = start();
    submitDraft(cycle);

    Job reminder = job(TIMER_PENGINGAT_REVIEW_SKP, cycle);
    assertDueIn(reminder.getDuedate(), Duration.ofDays(5));
    execute(reminder);
    verify(appraisalService).recordReminder(eq(PENILAI), argThat(m -> m.contains(PEGAWAI)), eq(cycle.getId()));
    assertThat(cycle).isWaitingAt(TASK_REVIEW_SKP);

    Job escalation = job(TIMER_ESKALASI_REVIEW_SKP, cycle);
    assertDueIn(escalation.getDuedate(), Duration.ofDays(10));
    execute(escalation);
    Task tindakLanjut = task(TASK_TINDAK_LANJUT_REVIEW, cycle);
    assertThat(tindakLanjut).isAssignedTo(ATASAN);
    complete(tindakLanjut, withVariables("tindakLanjutEskalasi", "Pejabat penilai sudah saya ingatkan"));

    assertThat(cycle).hasPassedInOrder(TIMER_PENGINGAT_REVIEW_SKP, TASK_KIRIM_PENGINGAT_REVIEW)
        .hasPassed(END_PENGINGAT_TERKIRIM, END_ESKALASI_REVIEW_DITANGANI)
        .isWaitingAt(TASK_REVIEW_SKP);
    approveSkp(cycle);
    assertThat(cycle).isWaitingAt(TIMER_PERIODE_DIBUKA);
  }

  @Test
  void reviewTimersScheduledAndCancelled_leaveNoJobLog_butAFiredTimerIsLogged() {
    ProcessInstance cycle = start();
    submitDraft(cycle);
    execute(job(TIMER_PENGINGAT_REVIEW_SKP, cycle));
    approveSkp(cycle); // cancels the escalation timer, schedules the first period's timer

    Assertions.assertThat(managementService().createJobQuery().processInstanceId(cycle.getId())
        .activityId(TIMER_PERIODE_DIBUKA).count()).isEqualTo(1);
    Assertions.assertThat(historyService().createHistoricJobLogQuery().processInstanceId(cycle.getId())
        .creationLog().count()).isZero();
    Assertions.assertThat(historyService().createHistoricJobLogQuery().processInstanceId(cycle.getId())
        .deletionLog().count()).isZero();
    Assertions.assertThat(historyService().createHistoricJobLogQuery().processInstanceId(cycle.getId())
        .successLog().list()).extracting(log -> log.getActivityId()).containsExactly(TIMER_PENGINGAT_REVIEW_SKP);
  }

  @Test
  void taskHeaders_showOnTheOpenTask_butLeaveNoHistory_whileTheSubmittedSkpKeepsIts() {
    ProcessInstance cycle = start();
    submitDraft(cycle);
    Task review = task(TASK_REVIEW_SKP, cycle);
    // the form's header is there while the task is open
    Assertions.assertThat(taskService().getVariablesLocal(review.getId())).containsKeys("tenggatTugas", "rhkLabel");
    approveSkp(cycle);

    List<String> historic = historyService().createHistoricVariableInstanceQuery().processInstanceId(cycle.getId())
        .list().stream().map(v -> v.getName()).toList();
    Assertions.assertThat(historic).doesNotContain("tenggatTugas", "rhkLabel")
        .as("what people entered and the year's facts stay in history").contains("rhk", "keputusanReviewSkp", "nip");
    Assertions.assertThat(historyService().createHistoricDetailQuery().processInstanceId(cycle.getId())
        .variableUpdates().list()).extracting(d -> ((HistoricVariableUpdate) d).getVariableName())
        .doesNotContain("tenggatTugas", "rhkLabel").contains("rhk", "keputusanReviewSkp");
  }

  @Test
  void missingAppraiser_bkpsdmNamesTheOfficials() {
    String pegawaiBaru = "199501012020121004";
    ProcessInstance cycle = runtimeService().startProcessInstanceByKey(AppraisalProcess.KEY,
        AppraisalProcess.businessKey(pegawaiBaru, TAHUN), withVariables(AppraisalProcess.NIP.name(), pegawaiBaru, AppraisalProcess.TAHUN.name(), TAHUN));

    assertThat(cycle).hasPassed(BOUNDARY_PEJABAT_TIDAK_LENGKAP).isWaitingAt(TASK_LENGKAPI_PEJABAT);
    assertThat(task(TASK_LENGKAPI_PEJABAT, cycle)).hasCandidateGroup(AppraisalProcess.GROUP_BKPSDM).isNotAssigned();
    assertThatThrownBy(() -> complete(task(TASK_LENGKAPI_PEJABAT, cycle),
        withVariables(AppraisalProcess.PEJABAT_PENILAI.name(), PENILAI, AppraisalProcess.ATASAN_PEJABAT_PENILAI.name(), PENILAI)))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class);

    complete(task(TASK_LENGKAPI_PEJABAT, cycle), withVariables(AppraisalProcess.PEJABAT_PENILAI.name(), PENILAI, AppraisalProcess.ATASAN_PEJABAT_PENILAI.name(), ATASAN));

    assertThat(cycle).isWaitingAt(TASK_DRAFT_SKP);
    verify(skpService).openCycle(PenilaianTahunan.of(pegawaiBaru, TAHUN), PENILAI, ATASAN, cycle.getId());
    submitDraft(cycle);
    assertThat(task(TASK_REVIEW_SKP, cycle)).isAssignedTo(PENILAI);
  }

  // --- periods ------------------------------------------------------------------------------

  @Test
  void periodicReviews_openByTimer_eachPeriodRated() {
    ProcessInstance cycle = start();
    submitDraft(cycle);
    approveSkp(cycle);

    List<Date> opened = new ArrayList<>();
    for (int periode = 1; periode <= 4; periode++) {
      Assertions.assertThat(taskService().createTaskQuery().taskDefinitionKey(TASK_LAPORKAN_REALISASI).count()).isZero();
      Job timer = periodTimers(cycle).get(0);
      opened.add(timer.getDuedate());
      execute(timer);
      ratePeriod(cycle);
    }
    Assertions.assertThat(opened).containsExactly(
        date(TAHUN, 4, 1), date(TAHUN, 7, 1), date(TAHUN, 10, 1), date(TAHUN + 1, 1, 1));

    assertThat(cycle).hasPassed(SUBPROCESS_PENILAIAN_PERIODIK, TIMER_PERIODE_DIBUKA, TASK_SIMPAN_REALISASI,
        TASK_SIMPAN_PENILAIAN_PERIODIK).isWaitingAt(TASK_PENILAIAN_DIRI);
    for (int periode = 1; periode <= 4; periode++) {
      int p = periode;
      verify(skpService).recordRealisasi(eq(PenilaianTahunan.of(PEGAWAI, TAHUN)), eq(p), argThat(r -> r.get(0).get("indikatorId").asLong() == 10));
      verify(appraisalService).recordPeriodicReview(argThat(review -> review.periode() == p
          && review.penilai().equals(PENILAI) && review.hasilKerja().equals("SESUAI")
          && review.umpanBalikRhk().get(0).get("rhkId").asLong() == 1));
    }
  }

  @Test
  void periodicReviews_semesterSchemeFromStart_twoPeriods() {
    ProcessInstance cycle = runtimeService().startProcessInstanceByKey(AppraisalProcess.KEY,
        AppraisalProcess.businessKey(PEGAWAI, TAHUN),
        withVariables(AppraisalProcess.NIP.name(), PEGAWAI, AppraisalProcess.TAHUN.name(), TAHUN, "skemaPeriode", "SEMESTER"));
    submitDraft(cycle);
    approveSkp(cycle);

    Assertions.assertThat(periodTimers(cycle)).extracting(Job::getDuedate).containsExactly(date(TAHUN, 7, 1));
    execute(periodTimers(cycle).get(0));
    Assertions.assertThat(periodTimers(cycle)).extracting(Job::getDuedate).containsExactly(date(TAHUN + 1, 1, 1));
    execute(periodTimers(cycle).get(0));
    Assertions.assertThat(periodTimers(cycle)).as("two periods, both open").isEmpty();
    Assertions.assertThat(taskService().createTaskQuery().processInstanceId(cycle.getId())
        .taskDefinitionKey(TASK_LAPORKAN_REALISASI).count()).isEqualTo(2);
  }

  // --- whose task, which year or period ------------------------------------------------------

  @Test
  void everyTaskName_saysWhoseItIs_andWhichYearOrPeriod_andItsFormHeaderSpeaksInWords() {
    String pegawai = "Pegawai " + PEGAWAI;
    ProcessInstance cycle = start();
    assertThat(cycle).variables().containsEntry("namaPegawai", pegawai)
        .containsEntry("jabatanPegawai", id.kinerja.support.TaskHeaderBeans.JABATAN)
        .containsEntry("unitPegawai", id.kinerja.support.TaskHeaderBeans.UNIT);

    Task draft = task(TASK_DRAFT_SKP, cycle);
    Assertions.assertThat(draft.getName()).as("the employee's own task: the year").isEqualTo("Susun SKP 2026");
    Assertions.assertThat(taskService().getVariablesLocal(draft.getId()))
        .containsEntry("tenggatTugas", inWords(draft.getDueDate()))
        .as("what the process holds itself is not copied onto the task").doesNotContainKey("namaPegawai");
    submitDraft(cycle);

    Task review = task(TASK_REVIEW_SKP, cycle);
    Assertions.assertThat(review.getName()).isEqualTo("Periksa SKP · " + pegawai + " · 2026");
    Assertions.assertThat(taskService().getVariableLocal(review.getId(), "tenggatTugas")).isEqualTo(inWords(review.getDueDate()));
    Assertions.assertThat(taskService().getVariableLocal(review.getId(), "rhkLabel").toString())
        .contains("\"jenis\":\"Utama\"", "\"aspek\":\"Kuantitas\"", "Tersusunnya laporan kinerja unit")
        .doesNotContain("UTAMA", "KUANTITAS");
    approveSkp(cycle);

    for (String periode : List.of("Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV")) {
      execute(periodTimers(cycle).get(0));
      Task laporan = task(TASK_LAPORKAN_REALISASI, cycle);
      Assertions.assertThat(laporan.getName()).isEqualTo("Laporan realisasi " + periode + " 2026");
      Assertions.assertThat(taskService().getVariable(laporan.getId(), "realisasi").toString())
          .contains("\"aspek\":\"Kuantitas\"").doesNotContain("KUANTITAS");
      complete(laporan, withVariables("realisasi", SpinValues.jsonValue("""
          [{"indikatorId": 10, "capaian": "1 laporan"}]""").create()));
      Task nilai = task(TASK_NILAI_PERIODE, cycle);
      Assertions.assertThat(nilai.getName()).isEqualTo("Nilai periode " + periode + " 2026 · " + pegawai);
      Assertions.assertThat(taskService().getVariable(nilai.getId(), "umpanBalikRhk").toString())
          .contains("\"jenis\":\"Utama\"");
      complete(nilai, withVariables("hasilKerjaPeriodik", "SESUAI", "perilakuKerjaPeriodik", "SESUAI"));
    }

    Task diri = task(TASK_PENILAIAN_DIRI, cycle);
    Assertions.assertThat(diri.getName()).isEqualTo("Penilaian diri 2026");
    complete(diri, selfAssessment());
    Assertions.assertThat(task(TASK_PILIH_PENILAI_360, cycle).getName())
        .isEqualTo("Pilih penilai 360 · " + pegawai + " · 2026");
    through360(cycle, REKAN.subList(0, 3), REKAN.subList(0, 3));
    Task rating = task(TASK_NILAI_KINERJA_TAHUNAN, cycle);
    Assertions.assertThat(rating.getName()).isEqualTo("Nilai kinerja tahunan · " + pegawai + " · 2026");
    Assertions.assertThat(taskService().getVariablesLocal(rating.getId()))
        .containsEntry("penilaianDiriHasilKerjaLabel", "Sesuai Ekspektasi")
        .containsEntry("penilaianDiriPerilakuKerjaLabel", "Sesuai Ekspektasi");
    complete(rating, annualRatings("DI_BAWAH", "SESUAI"));
    releaseByUnit(cycle, Map.of(AppraisalProcess.PREDIKAT.name(), "BUTUH_PERBAIKAN", AppraisalProcess.HASIL_KERJA.name(), "DI_BAWAH"));

    Task hasil = task(TASK_TERIMA_HASIL, cycle);
    Assertions.assertThat(hasil.getName()).isEqualTo("Hasil penilaian 2026: terima atau ajukan keberatan");
    Assertions.assertThat(taskService().getVariablesLocal(hasil.getId()))
        .containsEntry("predikatLabel", "Butuh Perbaikan")
        .containsEntry("hasilKerjaLabel", "Di Bawah Ekspektasi")
        .containsEntry("perilakuKerjaLabel", "Sesuai Ekspektasi")
        .containsEntry("tenggatTugas", inWords(hasil.getDueDate()));
    fileObjection(cycle);
    Task tanggapan = task(TASK_TANGGAPI_KEBERATAN, cycle);
    Assertions.assertThat(tanggapan.getName()).isEqualTo("Tanggapi keberatan · " + pegawai + " · 2026");
    complete(tanggapan, withVariables("tanggapanPenilai", "Dua laporan terlambat"));
    Task putusan = task(TASK_PUTUSKAN_KEBERATAN, cycle);
    Assertions.assertThat(putusan.getName()).isEqualTo("Putuskan keberatan · " + pegawai + " · 2026");
    Assertions.assertThat(taskService().getVariablesLocal(putusan.getId()))
        .as("the appraiser by name, as the organisation names them now")
        .containsEntry("namaPejabatPenilai", id.kinerja.support.TaskHeaderBeans.nameOf(PENILAI))
        .containsEntry("predikatLabel", "Butuh Perbaikan");
    complete(putusan, withVariables("keputusanKeberatan", "TETAP", "alasanPutusan", "Didukung bukti"));
    Assertions.assertThat(task(TASK_TETAPKAN_HASIL, cycle).getName())
        .isEqualTo("Tetapkan hasil penilaian · " + pegawai + " · 2026");
  }

  @Test
  void bkpsdmAndTheAtasan_seeWhoseLateStepTheyFollowUp() {
    String pegawai = "Pegawai " + PEGAWAI;
    ProcessInstance cycle = start();
    submitDraft(cycle);
    execute(managementService().createJobQuery().processInstanceId(cycle.getId())
        .activityId(TIMER_ESKALASI_REVIEW_SKP).singleResult());
    Task late = task(TASK_TINDAK_LANJUT_REVIEW, cycle);
    Assertions.assertThat(late.getName()).isEqualTo("Pemeriksaan SKP terlambat · " + pegawai + " · 2026");
    Assertions.assertThat(taskService().getVariablesLocal(late.getId()))
        .containsEntry("namaPejabatPenilai", id.kinerja.support.TaskHeaderBeans.nameOf(PENILAI));
  }

  public static String inWords(Date due) {
    return Words.date(due.toInstant().atZone(ZoneId.of("Asia/Jakarta")).toLocalDate());
  }

  // --- annual appraisal, objection, penetapan ----------------------------------------------

  @Test
  void annualRatingWithoutReason_isRejected() {
    ProcessInstance cycle = throughPeriods();
    complete(task(TASK_PENILAIAN_DIRI, cycle), selfAssessment());
    through360(cycle, REKAN.subList(0, 3), REKAN.subList(0, 3));

    Map<String, Object> ratings = annualRatings("DI_ATAS", "SESUAI");
    ratings.remove("alasanHasilKerja");
    ratings.put("perilakuLoyal", "DI_BAWAH");
    ratings.remove("alasanLoyal");
    Task rating = task(TASK_NILAI_KINERJA_TAHUNAN, cycle);

    assertThatThrownBy(() -> complete(rating, ratings))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("hasil kerja dinilai \"Di Atas Ekspektasi\"")
        .hasMessageContaining("perilaku \"Loyal\" dinilai \"Di Bawah Ekspektasi\"");
    assertThat(cycle).isWaitingAt(TASK_NILAI_KINERJA_TAHUNAN);
  }

  @Test
  void resultAccepted_approvedWithoutWaitingForTheWindow() throws Exception {
    ProcessInstance cycle = throughAnnualRating("DI_ATAS", "DI_ATAS");
    assertThat(cycle).variables().containsEntry("predikat", "SANGAT_BAIK");

    complete(task(TASK_TERIMA_HASIL, cycle), withVariables("ajukanKeberatan", false));
    approveResult(cycle);

    assertThat(cycle).hasPassedInOrder(TASK_PENILAIAN_DIRI, TASK_NILAI_KINERJA_TAHUNAN, RULE_PREDIKAT_KINERJA,
            TASK_SIMPAN_PENILAIAN_TAHUNAN, TASK_TERIMA_HASIL, TASK_TETAPKAN_HASIL, TASK_SIMPAN_HASIL_AKHIR, TASK_MULAI_TINDAK_LANJUT, END_APPRAISAL_FINAL)
        .hasNotPassed(SUBPROCESS_KEBERATAN, TIMER_OBJECTION_WINDOW)
        .isEnded();
    verify(appraisalService).recordAnnualRating(argThat(r -> r.predikat().equals("SANGAT_BAIK")
        && r.diriHasilKerja().equals("SESUAI") && r.perilakuPerNilai().size() == 7
        && r.alasanHasilKerja() != null));
    verify(appraisalService).finalizeResult(new AppraisalService.FinalResult(PenilaianTahunan.of(PEGAWAI, TAHUN), "DI_ATAS", "DI_ATAS",
        "SANGAT_BAIK", false, ATASAN, "Pertahankan"));
    verify(startFollowUp).execute(any());
  }

  @Test
  void unitCalibrationChangesThePredikat_employeeSeesAndKeepsTheCalibratedOne() {
    ProcessInstance cycle = throughPeriods();
    complete(task(TASK_PENILAIAN_DIRI, cycle), selfAssessment());
    through360(cycle, REKAN.subList(0, 3), REKAN.subList(0, 3));
    complete(task(TASK_NILAI_KINERJA_TAHUNAN, cycle), annualRatings("DI_ATAS", "DI_ATAS"));

    assertThat(cycle).isWaitingAt(EVENT_KALIBRASI_UNIT_SELESAI);
    Assertions.assertThat(taskService().createTaskQuery().processInstanceId(cycle.getId()).count())
        .as("nothing to do for anybody while the unit is calibrated").isZero();
    verify(kalibrasiService).register(PenilaianTahunan.of(PEGAWAI, TAHUN), "DI_ATAS", "DI_ATAS", "SANGAT_BAIK", cycle.getId());
    releaseByUnit(cycle, Map.of(AppraisalProcess.PREDIKAT.name(), "BAIK", AppraisalProcess.HASIL_KERJA.name(), "DI_ATAS",
        "catatanKalibrasi", "Predikat diubah dalam kalibrasi dari Sangat Baik menjadi Baik."));

    assertThat(task(TASK_TERIMA_HASIL, cycle)).isAssignedTo(PEGAWAI);
    assertThat(cycle).variables().containsEntry("predikat", "BAIK")
        .containsEntry("catatanKalibrasi", "Predikat diubah dalam kalibrasi dari Sangat Baik menjadi Baik.");
    complete(task(TASK_TERIMA_HASIL, cycle), withVariables("ajukanKeberatan", false));
    approveResult(cycle);

    assertThat(cycle).hasPassedInOrder(TASK_SIMPAN_PENILAIAN_TAHUNAN, TASK_DAFTARKAN_KALIBRASI,
        EVENT_KALIBRASI_UNIT_SELESAI, TASK_TERIMA_HASIL, TASK_SIMPAN_HASIL_AKHIR, TASK_MULAI_TINDAK_LANJUT).isEnded();
    verify(appraisalService).finalizeResult(new AppraisalService.FinalResult(PenilaianTahunan.of(PEGAWAI, TAHUN), "DI_ATAS", "DI_ATAS",
        "BAIK", false, ATASAN, "Pertahankan"));
  }

  @Test
  void noObjection_timerFires_resultStands() {
    ProcessInstance cycle = throughAnnualRating("SESUAI", "SESUAI");
    assertThat(task(TASK_TERIMA_HASIL, cycle)).isAssignedTo(PEGAWAI);

    Job window = job(TIMER_OBJECTION_WINDOW, cycle);
    assertDueIn(window.getDuedate(), Duration.ofDays(14));
    execute(window);

    assertThat(cycle).hasPassed(TIMER_OBJECTION_WINDOW).isWaitingAt(TASK_TETAPKAN_HASIL);
    assertThat(task(TASK_TETAPKAN_HASIL, cycle)).isAssignedTo(ATASAN);
    approveResult(cycle);

    assertThat(cycle).hasNotPassed(SUBPROCESS_KEBERATAN).isEnded();
    verify(objectionService, never()).file(any(), any(), any());
    verify(appraisalService).finalizeResult(new AppraisalService.FinalResult(PenilaianTahunan.of(PEGAWAI, TAHUN), "SESUAI", "SESUAI",
        "BAIK", false, ATASAN, "Pertahankan"));
  }

  @Test
  void objectionUpheld() {
    ProcessInstance cycle = throughAnnualRating("DI_BAWAH", "SESUAI");
    assertThat(cycle).variables().containsEntry("predikat", "BUTUH_PERBAIKAN");
    fileObjection(cycle);

    Task tanggapan = task(TASK_TANGGAPI_KEBERATAN, cycle);
    assertThat(tanggapan).isAssignedTo(PENILAI);
    complete(tanggapan, withVariables("tanggapanPenilai", "Dua dari empat laporan tidak selesai tepat waktu"));
    Task putusan = task(TASK_PUTUSKAN_KEBERATAN, cycle);
    assertThat(putusan).isAssignedTo(ATASAN);
    complete(putusan, withVariables("keputusanKeberatan", "TETAP", "alasanPutusan", "Penilaian didukung bukti"));

    assertThat(cycle).hasPassedInOrder(TASK_CATAT_KEBERATAN, TASK_TANGGAPI_KEBERATAN, TASK_PUTUSKAN_KEBERATAN,
            TASK_SIMPAN_PUTUSAN_KEBERATAN)
        .hasNotPassed(RULE_PREDIKAT_SETELAH_KEBERATAN)
        .isWaitingAt(TASK_TETAPKAN_HASIL);
    approveResult(cycle);
    verify(objectionService).file(PenilaianTahunan.of(PEGAWAI, TAHUN), "Laporan keempat terlambat karena gangguan sistem",
        new ObjectionService.AppealedRatings("DI_BAWAH", "SESUAI"));
    verify(objectionService).decide(argThat(d -> d.keputusan().equals("TETAP") && d.predikat().equals("BUTUH_PERBAIKAN")
        && d.diputusOleh().equals(ATASAN) && d.tanggapanPenilai() != null));
    verify(appraisalService).finalizeResult(new AppraisalService.FinalResult(PenilaianTahunan.of(PEGAWAI, TAHUN), "DI_BAWAH", "SESUAI",
        "BUTUH_PERBAIKAN", true, ATASAN, "Pertahankan"));
  }

  @Test
  void objectionChangesPredikat() {
    ProcessInstance cycle = throughAnnualRating("DI_BAWAH", "SESUAI");
    fileObjection(cycle);
    complete(task(TASK_TANGGAPI_KEBERATAN, cycle), withVariables("tanggapanPenilai", "Saya menilai dari laporan yang ada"));

    complete(task(TASK_PUTUSKAN_KEBERATAN, cycle), withVariables("keputusanKeberatan", "UBAH",
        AppraisalProcess.HASIL_KERJA.name(), "SESUAI", AppraisalProcess.PERILAKU_KERJA.name(), "DI_ATAS", "alasanPutusan", "Keterlambatan di luar kendali pegawai"));

    assertThat(cycle).hasPassedInOrder(TASK_PUTUSKAN_KEBERATAN, RULE_PREDIKAT_SETELAH_KEBERATAN,
            TASK_SIMPAN_PUTUSAN_KEBERATAN)
        .isWaitingAt(TASK_TETAPKAN_HASIL)
        .variables().containsEntry("predikat", "BAIK");
    approveResult(cycle);
    verify(objectionService).decide(argThat(d -> d.keputusan().equals("UBAH") && d.hasilKerja().equals("SESUAI")
        && d.perilakuKerja().equals("DI_ATAS") && d.predikat().equals("BAIK")));
    verify(appraisalService).finalizeResult(new AppraisalService.FinalResult(PenilaianTahunan.of(PEGAWAI, TAHUN), "SESUAI", "DI_ATAS",
        "BAIK", true, ATASAN, "Pertahankan"));
  }

  @Test
  void objectionDecidedChangedWithoutNewRatings_isRejected_thenChangedAndThePredikatFollows() {
    ProcessInstance cycle = throughAnnualRating("DI_BAWAH", "SESUAI");
    fileObjection(cycle);
    complete(task(TASK_TANGGAPI_KEBERATAN, cycle), withVariables("tanggapanPenilai", "Saya menilai dari laporan yang ada"));
    Task putusan = task(TASK_PUTUSKAN_KEBERATAN, cycle);

    // "changed" without naming new ratings: the appraisal's own ones are what the task sees
    assertThatThrownBy(() -> complete(putusan, withVariables("keputusanKeberatan", "UBAH",
        "alasanPutusan", "Keterlambatan di luar kendali pegawai")))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("harus mengubah hasil kerja, perilaku kerja, atau keduanya");
    assertThatThrownBy(() -> complete(putusan, withVariables("keputusanKeberatan", "TETAP",
        AppraisalProcess.HASIL_KERJA.name(), "SESUAI", "alasanPutusan", "Keterlambatan di luar kendali pegawai")))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("Putusan \"nilai tetap\" tidak mengubah hasil kerja maupun perilaku kerja");
    assertThat(cycle).isWaitingAt(TASK_PUTUSKAN_KEBERATAN).variables()
        .containsEntry("predikat", "BUTUH_PERBAIKAN").containsEntry("hasilKerja", "DI_BAWAH");
    verify(objectionService, never()).decide(any());

    complete(putusan, withVariables("keputusanKeberatan", "UBAH", AppraisalProcess.HASIL_KERJA.name(), "SESUAI",
        "alasanPutusan", "Keterlambatan di luar kendali pegawai"));

    assertThat(cycle).hasPassedInOrder(TASK_PUTUSKAN_KEBERATAN, RULE_PREDIKAT_SETELAH_KEBERATAN,
            TASK_SIMPAN_PUTUSAN_KEBERATAN)
        .isWaitingAt(TASK_TETAPKAN_HASIL)
        .variables().containsEntry("predikat", "BAIK");
    verify(objectionService).decide(argThat(d -> d.keputusan().equals("UBAH") && d.hasilKerja().equals("SESUAI")
        && d.perilakuKerja().equals("SESUAI") && d.predikat().equals("BAIK")));
  }

  @Test
  void objectionChangesACalibratedPredikat_decisionStands_unitCurveRecheckedForBkpsdm() {
    ProcessInstance cycle = throughAnnualRating("DI_BAWAH", "SESUAI");   // calibrated and released as BUTUH_PERBAIKAN
    when(kalibrasiService.objectionDecided(PenilaianTahunan.of(PEGAWAI, TAHUN), "SESUAI", "SESUAI", "BAIK", ATASAN, cycle.getId()))
        .thenReturn(java.util.Optional.of(new KalibrasiService.PerubahanKeberatan("BKPSDM", PEGAWAI, "BUTUH_PERBAIKAN",
            "BAIK", "BAIK", false, "| ... | **TIDAK terpenuhi** |")));
    fileObjection(cycle);
    complete(task(TASK_TANGGAPI_KEBERATAN, cycle), withVariables("tanggapanPenilai", "Saya menilai dari laporan yang ada"));

    complete(task(TASK_PUTUSKAN_KEBERATAN, cycle), withVariables("keputusanKeberatan", "UBAH",
        AppraisalProcess.HASIL_KERJA.name(), "SESUAI", AppraisalProcess.PERILAKU_KERJA.name(), "SESUAI", "alasanPutusan", "Bukti laporan keempat belum dipertimbangkan"));

    // the unit's curve is now broken, yet the decision is final: no new calibration, no change
    var order = org.mockito.Mockito.inOrder(objectionService, kalibrasiService);
    order.verify(objectionService).decide(argThat(d -> d.keputusan().equals("UBAH") && d.predikat().equals("BAIK")));
    order.verify(kalibrasiService).objectionDecided(PenilaianTahunan.of(PEGAWAI, TAHUN), "SESUAI", "SESUAI", "BAIK", ATASAN, cycle.getId());
    assertThat(cycle).hasPassedInOrder(RULE_PREDIKAT_SETELAH_KEBERATAN, TASK_SIMPAN_PUTUSAN_KEBERATAN)
        .isWaitingAt(TASK_TETAPKAN_HASIL)
        .variables().containsEntry("predikat", "BAIK");
    Assertions.assertThat(runtimeService().createExecutionQuery().processInstanceId(cycle.getId())
        .activityId(EVENT_KALIBRASI_UNIT_SELESAI).count()).as("not held for calibration again").isZero();
    approveResult(cycle);
    verify(appraisalService).finalizeResult(new AppraisalService.FinalResult(PenilaianTahunan.of(PEGAWAI, TAHUN), "SESUAI", "SESUAI",
        "BAIK", true, ATASAN, "Pertahankan"));
    verify(kalibrasiService, times(1)).register(any(), any(), any(), any(), any());
  }

  @Test
  void lateObjectionDecision_isEscalated() {
    ProcessInstance cycle = throughAnnualRating("SESUAI", "DI_BAWAH");
    fileObjection(cycle);
    complete(task(TASK_TANGGAPI_KEBERATAN, cycle), withVariables("tanggapanPenilai", "Teguran tertulis dua kali"));

    Job deadline = job(TIMER_BATAS_PUTUSAN_KEBERATAN, cycle);
    assertDueIn(deadline.getDuedate(), Duration.ofDays(14));
    execute(deadline);

    Task escalation = task(TASK_TINDAK_LANJUT_KEBERATAN, cycle);
    assertThat(escalation).hasCandidateGroup(AppraisalProcess.GROUP_BKPSDM).isNotAssigned();
    assertThat(cycle).isWaitingAt(TASK_PUTUSKAN_KEBERATAN, TASK_TINDAK_LANJUT_KEBERATAN);
    complete(escalation, withVariables("tindakLanjutEskalasi", "Atasan pejabat penilai sudah dihubungi"));
    complete(task(TASK_PUTUSKAN_KEBERATAN, cycle),
        withVariables("keputusanKeberatan", "TETAP", "alasanPutusan", "Perilaku didukung catatan teguran"));
    approveResult(cycle);

    assertThat(cycle).hasPassed(TASK_TINDAK_LANJUT_KEBERATAN, END_ESKALASI_KEBERATAN_DITANGANI).isEnded();
    verify(appraisalService).finalizeResult(new AppraisalService.FinalResult(PenilaianTahunan.of(PEGAWAI, TAHUN), "SESUAI", "DI_BAWAH",
        "KURANG_MISCONDUCT", true, ATASAN, "Pertahankan"));
  }

  // --- 360 feedback -------------------------------------------------------------------------

  @Test
  void feedback360_proposalAccepted_allRatersAnswer_appraiserSeesTheAggregate() {
    ProcessInstance cycle = throughPeriods();
    Task diri = task(TASK_PENILAIAN_DIRI, cycle);
    Task pilih = task(TASK_PILIH_PENILAI_360, cycle);
    assertThat(pilih).isAssignedTo(PENILAI);
    assertDueIn(pilih.getDueDate(), Duration.ofDays(7));
    Assertions.assertThat(taskService().getVariableLocal(pilih.getId(), "pilihanPenilai360").toString())
        .contains("\"value\":\"" + REKAN.get(3) + "\"").contains("Rekan " + REKAN.get(0));
    // the proposal comes ticked, so the appraiser may accept it as it is
    Assertions.assertThat(taskService().getVariable(pilih.getId(), "penilai360Terpilih").toString())
        .contains(REKAN.get(0)).contains(REKAN.get(3));
    // ... and none of it is visible from the employee's own task, running at the same time
    Assertions.assertThat(taskService().getVariables(diri.getId()))
        .doesNotContainKeys("penilai360Terpilih", "pilihanPenilai360", "penilaiUmpanBalik360");

    complete(pilih);

    List<Task> asked = taskService().createTaskQuery().taskDefinitionKey(PeerFeedbackProcess.Elements.TASK_BERI_UMPAN_BALIK).list();
    Assertions.assertThat(asked).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(REKAN);
    for (Task beri : asked) {
      Assertions.assertThat(beri.getName()).isEqualTo("Beri umpan balik 360 untuk Pegawai " + PEGAWAI + " · " + TAHUN);
      assertDueIn(beri.getDueDate(), Duration.ofDays(14));
      // the rater's instance knows whom to rate and nothing else of the appraisal
      Assertions.assertThat(runtimeService().getVariables(beri.getProcessInstanceId())).containsOnlyKeys(
          "nipDinilai", "namaDinilai", "jabatanDinilai", "unitDinilai", "tahun", "penilai");
    }
    Assertions.assertThat(taskService().getVariables(diri.getId())).doesNotContainKeys("penilaiUmpanBalik360");
    for (int i = 0; i < asked.size(); i++) {
      complete(asked.get(i), answer(i + 2));
    }

    ArgumentCaptor<Map<NilaiBerakhlak, Integer>> scores = ArgumentCaptor.captor();
    verify(peerFeedback, times(4)).recordAnswer(eq(PenilaianTahunan.of(PEGAWAI, TAHUN)), scores.capture(), eq("Selalu membantu rekan"));
    Assertions.assertThat(scores.getAllValues()).extracting(m -> m.get(NilaiBerakhlak.LOYAL)).containsExactly(2, 3, 4, 5);
    Assertions.assertThat(scores.getAllValues()).allSatisfy(m -> Assertions.assertThat(m).hasSize(7));
    for (Task beri : asked) {
      Assertions.assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(beri.getProcessInstanceId())
          .singleResult().getState()).isEqualTo("COMPLETED");
      Assertions.assertThat(historyService().createHistoricActivityInstanceQuery()
          .processInstanceId(beri.getProcessInstanceId()).activityId(PeerFeedbackProcess.Elements.END_DIBERIKAN).count())
          .isOne();
      // neither the answer nor anything else of the rater's instance is kept in the variable history
      Assertions.assertThat(historyService().createHistoricVariableInstanceQuery()
          .processInstanceId(beri.getProcessInstanceId()).count()).isZero();
      Assertions.assertThat(historyService().createHistoricDetailQuery()
          .processInstanceId(beri.getProcessInstanceId()).count()).isZero();
    }
    // the rating waits for the self-assessment too
    assertThat(cycle).isWaitingAt(TASK_PENILAIAN_DIRI).hasPassed(CALL_ACTIVITY_UMPAN_BALIK_360, END_UMPAN_BALIK_360_DITUTUP);

    when(peerFeedback.summary(PenilaianTahunan.of(PEGAWAI, TAHUN))).thenReturn(new PeerFeedbackService.Summary(4,
        List.of(new PeerFeedbackService.ValueAggregate(NilaiBerakhlak.LOYAL, 4, 3.5, List.of(0, 1, 1, 1, 1))),
        List.of("Selalu membantu rekan")));
    complete(diri, selfAssessment());

    Task rating = task(TASK_NILAI_KINERJA_TAHUNAN, cycle);
    Assertions.assertThat((String) taskService().getVariableLocal(rating.getId(), "umpanBalik360Ringkasan"))
        .contains("4 jawaban").contains("| Loyal | 4 | 3,50 | 0 | 1 | 1 | 1 | 1 |")
        .doesNotContain(REKAN.get(0));
    // only the appraiser's task holds it, and the rater choice is gone with its subprocess
    Assertions.assertThat(runtimeService().getVariables(cycle.getId())).doesNotContainKeys(
        "umpanBalik360Ringkasan", "penilai360Terpilih", "pilihanPenilai360", "skorLoyal", "komentar");
    assertThat(cycle).hasPassedInOrder(TASK_PILIH_PENILAI_360, CALL_ACTIVITY_UMPAN_BALIK_360)
        .isWaitingAt(TASK_NILAI_KINERJA_TAHUNAN);
  }

  @Test
  void feedback360_lateRatersClosedByTimer_cycleContinues_withoutAnAggregateBelowThree() {
    ProcessInstance cycle = throughPeriods();
    complete(task(TASK_PENILAIAN_DIRI, cycle), selfAssessment());
    when(peerFeedback.summary(PenilaianTahunan.of(PEGAWAI, TAHUN))).thenReturn(new PeerFeedbackService.Summary(2, List.of(), List.of()));

    Task pilih = task(TASK_PILIH_PENILAI_360, cycle);
    // the appraiser drops one proposal and adds somebody else by NIP
    complete(pilih, withVariables("penilai360Terpilih", SpinValues.jsonValue(
            JsonValues.text(JsonValues.tree(REKAN.subList(0, 3)))).create(),
        "penilai360Tambahan", "198001162005012018"));
    Task late = feedbackTaskOf(REKAN.get(2));
    Job deadline = managementService().createJobQuery().processInstanceId(late.getProcessInstanceId()).singleResult();
    assertDueIn(deadline.getDuedate(), Duration.ofDays(14));
    complete(feedbackTaskOf(REKAN.get(0)), answer(5));
    complete(feedbackTaskOf("198001162005012018"), answer(1));
    execute(deadline);
    assertThat(cycle).isWaitingAt(CALL_ACTIVITY_UMPAN_BALIK_360);
    execute(managementService().createJobQuery().processInstanceId(feedbackTaskOf(REKAN.get(1)).getProcessInstanceId())
        .singleResult());

    Task rating = task(TASK_NILAI_KINERJA_TAHUNAN, cycle);
    Assertions.assertThat((String) taskService().getVariableLocal(rating.getId(), "umpanBalik360Ringkasan"))
        .startsWith("Belum cukup jawaban (kurang dari 3)").contains("Jawaban masuk: 2");
    Assertions.assertThat(historyService().createHistoricActivityInstanceQuery()
        .activityId(PeerFeedbackProcess.Elements.END_TERLEWAT).count()).isEqualTo(2);
    verify(peerFeedback, times(2)).recordAnswer(eq(PenilaianTahunan.of(PEGAWAI, TAHUN)), any(), any());
    complete(rating, annualRatings("SESUAI", "SESUAI"));
    assertThat(cycle).isWaitingAt(EVENT_KALIBRASI_UNIT_SELESAI);
    releaseByUnit(cycle, Map.of(AppraisalProcess.PREDIKAT.name(), "BAIK", AppraisalProcess.HASIL_KERJA.name(), "SESUAI",
        "catatanKalibrasi", "Sebaran predikat unit sesuai kurva distribusi."));
    assertThat(cycle).isWaitingAt(TASK_TERIMA_HASIL);
  }

  @Test
  void feedback360_tooFewRatersOrTheEmployeeThemself_isRejected() {
    ProcessInstance cycle = throughPeriods();
    Task pilih = task(TASK_PILIH_PENILAI_360, cycle);

    assertThatThrownBy(() -> complete(pilih, withVariables("penilai360Terpilih", SpinValues.jsonValue(
            JsonValues.text(JsonValues.tree(List.of(REKAN.get(0), PEGAWAI)))).create(),
        "penilai360Tambahan", PENILAI + ", " + REKAN.get(0))))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("tidak dapat menilai dirinya sendiri")
        .hasMessageContaining("pejabat penilai tidak dapat menjadi penilai 360")
        .hasMessageContaining("Pilih 3 sampai 8 penilai yang berbeda (sekarang 1 yang memenuhi syarat)");
    assertThat(cycle).isWaitingAt(TASK_PILIH_PENILAI_360);
  }

  @Test
  void feedback360_scoreOutsideTheScale_isRejected_andNothingIsStored() {
    ProcessInstance cycle = throughPeriods();
    complete(task(TASK_PILIH_PENILAI_360, cycle));
    Task beri = feedbackTaskOf(REKAN.get(0));
    Map<String, Object> answer = answer(3);
    answer.put("skorKompeten", "7");
    answer.remove("skorHarmonis");

    assertThatThrownBy(() -> complete(beri, answer))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("Skor \"Kompeten\": harus 1 sampai 5")
        .hasMessageContaining("Skor \"Harmonis\": wajib diisi");
    Assertions.assertThat(feedbackTaskOf(REKAN.get(0))).isNotNull();
    verify(peerFeedback, never()).recordAnswer(any(), any(), any());
  }

  // --- steps --------------------------------------------------------------------------------

  ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(AppraisalProcess.KEY,
        AppraisalProcess.businessKey(PEGAWAI, TAHUN), withVariables(AppraisalProcess.NIP.name(), PEGAWAI, AppraisalProcess.TAHUN.name(), TAHUN));
  }

  void submitDraft(ProcessInstance cycle) {
    complete(task(TASK_DRAFT_SKP, cycle), withVariables("rhk", SpinValues.jsonValue(SKP_DRAFT).create()));
  }

  void returnSkp(ProcessInstance cycle, String catatan) {
    Task review = task(TASK_REVIEW_SKP, cycle);
    assertThat(review).isAssignedTo(PENILAI);
    complete(review, withVariables("keputusanReviewSkp", "KEMBALIKAN", "catatanReview", catatan));
  }

  void approveSkp(ProcessInstance cycle) {
    complete(task(TASK_REVIEW_SKP, cycle), withVariables("keputusanReviewSkp", "SETUJU",
        "ekspektasiKhusus", SpinValues.jsonValue("""
            [{"nilai": "AKUNTABEL", "ekspektasi": "Laporan disampaikan tepat waktu"}]""").create()));
  }

  List<Job> periodTimers(ProcessInstance cycle) {
    return managementService().createJobQuery().processInstanceId(cycle.getId())
        .activityId(TIMER_PERIODE_DIBUKA).orderByJobDuedate().asc().list();
  }

  void ratePeriod(ProcessInstance cycle) {
    ratePeriod(cycle, task(TASK_LAPORKAN_REALISASI, cycle));
  }

  void ratePeriod(ProcessInstance cycle, Task laporan) {
    assertThat(laporan).isAssignedTo(PEGAWAI);
    // the form opens with the approved indicators of the SKP, one row each
    Assertions.assertThat(taskService().getVariable(laporan.getId(), "realisasi").toString())
        .contains("\"indikatorId\":10").contains("\"target\":\"4 laporan\"");
    Assertions.assertThat(taskService().getVariable(laporan.getId(), "periodeKe")).isIn(1L, 2L, 3L, 4L);
    complete(laporan, withVariables("realisasi", SpinValues.jsonValue("""
        [{"indikatorId": 10, "indikator": "Jumlah laporan", "target": "4 laporan", "capaian": "1 laporan",
          "buktiDukung": [{"tautan": "https://drive.example.go.id/laporan-1.pdf"}]}]""").create()));
    Task nilai = task(TASK_NILAI_PERIODE, cycle);
    assertThat(nilai).isAssignedTo(PENILAI);
    complete(nilai, withVariables("hasilKerjaPeriodik", "SESUAI", "perilakuKerjaPeriodik", "SESUAI",
        "umpanBalikRhk", SpinValues.jsonValue("""
            [{"rhkId": 1, "rhk": "Tersusunnya laporan kinerja unit", "umpanBalik": "Tepat waktu, pertahankan"}]""").create()));
  }

  ProcessInstance throughPeriods() {
    ProcessInstance cycle = start();
    submitDraft(cycle);
    approveSkp(cycle);
    for (List<Job> timers = periodTimers(cycle); !timers.isEmpty(); timers = periodTimers(cycle)) {
      execute(timers.get(0));
      ratePeriod(cycle);
    }
    return cycle;
  }

  ProcessInstance throughAnnualRating(String hasilKerja, String perilakuKerja) {
    ProcessInstance cycle = throughPeriods();
    Task diri = task(TASK_PENILAIAN_DIRI, cycle);
    assertThat(diri).isAssignedTo(PEGAWAI);
    complete(diri, selfAssessment());
    through360(cycle, REKAN.subList(0, 3), REKAN.subList(0, 3));
    Task rating = task(TASK_NILAI_KINERJA_TAHUNAN, cycle);
    assertThat(rating).isAssignedTo(PENILAI);
    complete(rating, annualRatings(hasilKerja, perilakuKerja));
    assertThat(cycle).hasPassed(TASK_DAFTARKAN_KALIBRASI).isWaitingAt(EVENT_KALIBRASI_UNIT_SELESAI);
    String predikat = (String) runtimeService().getVariable(cycle.getId(), "predikat");
    verify(kalibrasiService).register(PenilaianTahunan.of(PEGAWAI, TAHUN), hasilKerja, perilakuKerja, predikat, cycle.getId());
    releaseByUnit(cycle, Map.of(AppraisalProcess.PREDIKAT.name(), predikat, AppraisalProcess.HASIL_KERJA.name(), hasilKerja,
        "catatanKalibrasi", "Sebaran predikat unit sesuai kurva distribusi."));
    assertThat(cycle).isWaitingAt(TASK_TERIMA_HASIL);
    return cycle;
  }

  /** The appraiser asks the raters; those who answer do so, the others' tasks close by timer. */
  void through360(ProcessInstance cycle, List<String> raters, List<String> answering) {
    Task pilih = task(TASK_PILIH_PENILAI_360, cycle);
    assertThat(pilih).isAssignedTo(PENILAI);
    complete(pilih, withVariables("penilai360Terpilih", SpinValues.jsonValue(
        JsonValues.text(JsonValues.tree(raters))).create()));
    for (String rater : raters) {
      Task beri = feedbackTaskOf(rater);
      if (answering.contains(rater)) {
        complete(beri, answer(4));
      } else {
        execute(managementService().createJobQuery().processInstanceId(beri.getProcessInstanceId())
            .activityId(PeerFeedbackProcess.Elements.TIMER_TENGGAT).singleResult());
      }
    }
  }

  Task feedbackTaskOf(String rater) {
    return taskService().createTaskQuery().taskDefinitionKey(PeerFeedbackProcess.Elements.TASK_BERI_UMPAN_BALIK)
        .taskAssignee(rater).singleResult();
  }

  static Map<String, Object> answer(int skor) {
    Map<String, Object> answer = withVariables("komentar", "Selalu membantu rekan");
    for (NilaiBerakhlak nilai : NilaiBerakhlak.values()) {
      answer.put(PeerFeedbackProcess.scoreVariable(nilai), String.valueOf(skor));
    }
    return answer;
  }

  /** What the unit's calibration (kalibrasi-unit) does when it releases the unit. */
  void releaseByUnit(ProcessInstance cycle, Map<String, Object> variables) {
    runtimeService().createMessageCorrelation(KalibrasiProcess.MESSAGE_UNIT_SELESAI)
        .processInstanceId(cycle.getId()).setVariables(variables).correlate();
  }

  Map<String, Object> selfAssessment() {
    return withVariables("penilaianDiriHasilKerja", "SESUAI", "penilaianDiriPerilakuKerja", "SESUAI",
        "catatanPenilaianDiri", "Semua laporan selesai; satu terlambat karena gangguan sistem");
  }

  Map<String, Object> annualRatings(String hasilKerja, String perilakuKerja) {
    Map<String, Object> ratings = withVariables(AppraisalProcess.HASIL_KERJA.name(), hasilKerja, AppraisalProcess.PERILAKU_KERJA.name(), perilakuKerja,
        "alasanHasilKerja", "Sesuai capaian indikator", "alasanPerilakuKerja", "Sesuai catatan perilaku");
    for (NilaiBerakhlak nilai : NilaiBerakhlak.values()) {
      ratings.put(nilai.ratingVariable(), perilakuKerja);
      ratings.put(nilai.reasonVariable(), "Terlihat dalam pekerjaan sehari-hari");
    }
    return ratings;
  }

  void fileObjection(ProcessInstance cycle) {
    // ObjectionService keeps the ratings the objection is filed against; the decision is checked against them
    ObjectionService.AppealedRatings appealed = new ObjectionService.AppealedRatings(
        (String) runtimeService().getVariable(cycle.getId(), "hasilKerja"),
        (String) runtimeService().getVariable(cycle.getId(), "perilakuKerja"));
    when(objectionService.appealedRatings(PenilaianTahunan.of(PEGAWAI, TAHUN))).thenReturn(java.util.Optional.of(appealed));
    complete(task(TASK_TERIMA_HASIL, cycle), withVariables("ajukanKeberatan", true,
        "alasanKeberatan", "Laporan keempat terlambat karena gangguan sistem"));
    verify(objectionService).file(PenilaianTahunan.of(PEGAWAI, TAHUN), "Laporan keempat terlambat karena gangguan sistem", appealed);
  }

  void approveResult(ProcessInstance cycle) {
    complete(task(TASK_TETAPKAN_HASIL, cycle), withVariables("hasilDitetapkan", true, "catatanPenetapan", "Pertahankan"));
  }

  static Date date(int year, int month, int day) {
    return Date.from(LocalDate.of(year, month, day).atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  public static void assertDueIn(Date due, Duration expected) {
    Instant now = Instant.now();
    Assertions.assertThat(due.toInstant())
        .isBetween(now.plus(expected).minus(Duration.ofMinutes(5)), now.plus(expected));
  }
}
