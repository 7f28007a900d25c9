package id.kinerja.organisation;

import static id.kinerja.organisation.DemoPeople.FITRI;
import static id.kinerja.organisation.DemoPeople.KABAG_ORGANISASI;
import static id.kinerja.organisation.DemoPeople.KADIS_PENDIDIKAN;
import static id.kinerja.organisation.DemoPeople.KEPALA_BKPSDM;
import static id.kinerja.organisation.DemoPeople.LINA;
import static id.kinerja.organisation.DemoPeople.RUDI;
import static id.kinerja.organisation.DemoPeople.SEKDA;
import static id.kinerja.organisation.DemoPeople.SRI_WAHYUNI;
import static id.kinerja.organisation.DemoPeople.YUNI_BKPSDM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.AppraisalProcess.Elements;
import id.kinerja.kernel.JsonValues;
import id.kinerja.kernel.Nip;
import id.kinerja.security.Roles;
import id.kinerja.support.SlowTasklistLocale;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mutasi on the demo organisation, with the test stand-in for the appraisal running for Rudi and
 * his peer Fitri, both under the Kepala BKPSDM, next to the demo year (the real appraisal-cycle,
 * every employee at some phase, see DemoAppraisals). Yuni (BKPSDM) is the operator. Rolled back per test.
 */
// Not @SharedApplicationTest: the scenarios need the demo year as it was seeded (Rudi still drafting
// his SKP), which the browser journeys of the shared application move on. The same context as
// TasklistInIndonesianBrowserTest (same need); every test here rolls back.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(SlowTasklistLocale.class)
@Transactional
class MutasiTest {

  @Autowired Mutasi mutasi;
  @Autowired OrganisationLookup organisasi;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired AuthorizationService authorizationService;
  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  @Autowired JdbcClient jdbc;

  private static final int YEAR = LocalDate.now().getYear();

  private String rudisAppraisal;
  private String fitrisAppraisal;

  @BeforeEach
  void startAppraisals() {
    String deploymentId = repositoryService.createDeployment().name("mutasi-test")
        .addClasspathResource("organisation/appraisal-access-test.bpmn").deploy().getId();
    String definitionId = repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult().getId();
    rudisAppraisal = runtimeService.startProcessInstanceById(definitionId, Map.of(AppraisalProcess.NIP.name(), RUDI)).getId();
    fitrisAppraisal = runtimeService.startProcessInstanceById(definitionId, Map.of(AppraisalProcess.NIP.name(), FITRI)).getId();
  }

  @Test
  void newSupervisor_takesOverExactlyTheOpenTasksTheOldOneHeldForThatEmployee() {
    // the demo year may hold more of Rudi's tasks for his appraiser than this test's instance
    long heldForRudi = taskService.createTaskQuery().taskAssignee(KEPALA_BKPSDM)
        .processVariableValueEquals("nip", RUDI).count();
    Mutasi.Moved moved = mutasi.changeSupervisor(Nip.of(RUDI), Nip.of(KABAG_ORGANISASI), "SETDA", YUNI_BKPSDM);

    assertThat(moved.formerAppraiser()).isEqualTo(KEPALA_BKPSDM);
    assertThat(moved.newAppraiser()).isEqualTo(KABAG_ORGANISASI);
    assertThat(heldForRudi).isPositive();
    assertThat(moved.tasksReassigned()).isEqualTo(heldForRudi);
    assertThat(taskService.createTaskQuery().taskAssignee(KEPALA_BKPSDM)
        .processVariableValueEquals("nip", RUDI).count()).isZero();
    assertThat(assignee(rudisAppraisal, "Task_NilaiPegawai")).isEqualTo(KABAG_ORGANISASI);
    assertThat(assignee(rudisAppraisal, "Task_IsiSkp")).as("the employee's own task").isEqualTo(RUDI);
    assertThat(assignee(fitrisAppraisal, "Task_NilaiPegawai")).as("the peer's appraisal").isEqualTo(KEPALA_BKPSDM);
    assertThat(organisasi.appraiserOf(RUDI)).isEqualTo(KABAG_ORGANISASI);
    assertThat(organisasi.unitOf(RUDI)).isEqualTo("SETDA");
  }

  @Test
  void reassignment_isRecordedInTheOperationLogAsTheBkpsdmOperator() {
    mutasi.changeSupervisor(Nip.of(RUDI), Nip.of(KABAG_ORGANISASI), "SETDA", YUNI_BKPSDM);

    String taskId = task(rudisAppraisal, "Task_NilaiPegawai").getId();
    List<UserOperationLogEntry> log = historyService.createUserOperationLogQuery().taskId(taskId)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_ASSIGN).list();
    assertThat(log).isNotEmpty().allSatisfy(entry -> assertThat(entry.getUserId()).isEqualTo(YUNI_BKPSDM));
    assertThat(log).anySatisfy(entry -> {
      assertThat(entry.getOrgValue()).isEqualTo(KEPALA_BKPSDM);
      assertThat(entry.getNewValue()).isEqualTo(KABAG_ORGANISASI);
    });
  }

  @Test
  void readAccess_movesToTheNewAppraiser() {
    assertThat(canRead(KEPALA_BKPSDM, Resources.PROCESS_INSTANCE, rudisAppraisal)).isTrue();

    mutasi.changeSupervisor(Nip.of(RUDI), Nip.of(KABAG_ORGANISASI), null, YUNI_BKPSDM);

    assertThat(canRead(KABAG_ORGANISASI, Resources.PROCESS_INSTANCE, rudisAppraisal)).isTrue();
    assertThat(canRead(KEPALA_BKPSDM, Resources.PROCESS_INSTANCE, rudisAppraisal)).isFalse();
    assertThat(canRead(KABAG_ORGANISASI, Resources.TASK, task(rudisAppraisal, "Task_IsiSkp").getId())).isTrue();
    assertThat(canRead(KEPALA_BKPSDM, Resources.TASK, task(rudisAppraisal, "Task_IsiSkp").getId())).isFalse();
    assertThat(canRead(KEPALA_BKPSDM, Resources.PROCESS_INSTANCE, fitrisAppraisal)).isTrue();
    assertThat(identityService.createUserQuery().memberOfGroup(Roles.PEJABAT_PENILAI).list())
        .extracting(User::getId).contains(KABAG_ORGANISASI, KEPALA_BKPSDM);
  }

  @Test
  void supervisorWhoIsTheEmployeesOwnSubordinate_isRefused() {
    assertThatThrownBy(() -> mutasi.changeSupervisor(Nip.of(KEPALA_BKPSDM), Nip.of(RUDI), null, YUNI_BKPSDM))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("melingkar");
    assertThat(organisasi.supervisorOf(KEPALA_BKPSDM)).isEqualTo(DemoPeople.SEKDA);
  }

  @Test
  void unknownEmployee_isRefusedWithTheNip() {
    assertThatThrownBy(() -> mutasi.changeSupervisor(Nip.of("199901012020011001"), Nip.of(KABAG_ORGANISASI), null, YUNI_BKPSDM))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("199901012020011001");
  }

  @Test
  void departure_endsTheOpenAppraisalWithTheReasonAndKeepsTheEmployeeInactive() {
    long openForFitri = runtimeService.createProcessInstanceQuery().variableValueEquals(AppraisalProcess.NIP.name(), FITRI).count();
    Mutasi.Left left = mutasi.recordDeparture(Nip.of(FITRI), "Pensiun", YUNI_BKPSDM);

    assertThat(openForFitri).as("this test's appraisal and the demo year").isPositive();
    assertThat(left.appraisalsEnded()).isEqualTo(openForFitri);
    assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals(AppraisalProcess.NIP.name(), FITRI).count()).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(fitrisAppraisal).count()).isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(fitrisAppraisal).singleResult()
        .getDeleteReason()).isEqualTo("Pensiun");
    assertThat(organisasi.supervisorOf(FITRI)).as("still known, for the history").isEqualTo(KEPALA_BKPSDM);
    assertThat(organisasi.peersOf(RUDI)).doesNotContain(FITRI);
    assertThat(organisasi.subordinatesOf(KEPALA_BKPSDM)).doesNotContain(FITRI).contains(RUDI);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(rudisAppraisal).count()).isOne();
    assertThat(identityService.checkPassword(FITRI, DemoPeople.PASSWORD)).isFalse();
  }

  @Test
  void departureOfSomeoneWhoStillHasSubordinates_isRefused() {
    assertThatThrownBy(() -> mutasi.recordDeparture(Nip.of(KEPALA_BKPSDM), "Pensiun", YUNI_BKPSDM))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("masih menjadi atasan");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(rudisAppraisal).count()).isOne();
  }

  @Test
  void mutasiWhileTheSkpDraftIsOpen_theSubmittedDraftGoesToTheNewAppraiser() {
    String rudisYear = demoYear(RUDI);
    assertThat(task(rudisYear, Elements.TASK_DRAFT_SKP)).as("Rudi is drafting his SKP").isNotNull();

    Mutasi.Moved moved = mutasi.changeSupervisor(Nip.of(RUDI), Nip.of(SRI_WAHYUNI), "DISDIK", YUNI_BKPSDM);

    assertThat(moved.formerAtasan()).isEqualTo(SEKDA);
    assertThat(moved.newAtasan()).isEqualTo(KADIS_PENDIDIKAN);
    assertThat(pejabat(rudisYear)).containsExactly(SRI_WAHYUNI, KADIS_PENDIDIKAN);
    assertThat(skpPejabat(RUDI, YEAR)).containsExactly(SRI_WAHYUNI, KADIS_PENDIDIKAN);
    assertThat(runtimeService.getVariable(rudisYear, "unitPegawai")).as("the year's header names the new unit")
        .isEqualTo("Dinas Pendidikan");
    // the open draft now offers the new appraiser's RHK to link to
    List<Long> rhkSri = jdbc.sql("SELECT r.id FROM rhk r JOIN skp s ON s.id = r.skp_id WHERE s.nip = ? AND s.tahun = ? "
        + "ORDER BY r.urutan").params(SRI_WAHYUNI, YEAR).query(Long.class).list();
    assertThat(rhkSri).as("Sri Wahyuni's SKP of the demo year is submitted").isNotEmpty();
    Task draft = task(rudisYear, Elements.TASK_DRAFT_SKP);
    JsonNode pilihan = JsonValues.tree(taskService.getVariableLocal(draft.getId(),
        AppraisalProcess.PILIHAN_RHK_ATASAN.name()));
    assertThat(pilihan.findValuesAsText("value")).containsExactlyElementsOf(rhkSri.stream().map(String::valueOf).toList());

    taskService.complete(draft.getId(), Map.of(AppraisalProcess.RHK.name(), SpinValues.jsonValue("""
        [{"jenis":"UTAMA","uraian":"Tersusunnya analisis kebutuhan pelatihan guru","rhkAtasan":"%d",
          "indikator":[{"uraian":"Dokumen analisis yang selesai","aspek":"KUANTITAS","target":"1 dokumen"}]}]
        """.formatted(rhkSri.get(0))).create()));

    Task review = task(rudisYear, Elements.TASK_REVIEW_SKP);
    assertThat(review.getAssignee()).isEqualTo(SRI_WAHYUNI);
    assertThat(review.getName()).isEqualTo("Periksa SKP · Rudi Hartono, S.Sos. · " + YEAR);
    assertThat(canRead(SRI_WAHYUNI, Resources.TASK, review.getId())).isTrue();
    assertThat(canRead(KEPALA_BKPSDM, Resources.TASK, review.getId())).isFalse();
    assertThat(jdbc.sql("SELECT r.rhk_atasan_id FROM rhk r JOIN skp s ON s.id = r.skp_id WHERE s.nip = ? AND s.tahun = ?")
        .params(RUDI, YEAR).query(Long.class).single()).as("linked to the new appraiser's RHK").isEqualTo(rhkSri.get(0));
  }

  @Test
  void mutasiOfAnAppraiser_theRunningYearsOfTheSubordinatesGetTheNewAtasan() {
    String linasYear = demoYear(LINA);
    String fitrisYear = demoYear(FITRI);
    String kepalasYear = demoYear(KEPALA_BKPSDM);
    jdbc.sql("""
            INSERT INTO skp (nip, tahun, pejabat_penilai, atasan_pejabat_penilai, process_instance_id, status)
            VALUES (?, ?, ?, ?, 'selesai', 'DISETUJUI')""").params(LINA, YEAR - 1, KEPALA_BKPSDM, SEKDA).update();
    managementService.executeJob(timer(linasYear, Elements.TIMER_ESKALASI_REVIEW_SKP).getId());
    String lateReview = task(linasYear, Elements.TASK_TINDAK_LANJUT_REVIEW).getId();
    assertThat(taskService.createTaskQuery().taskId(lateReview).singleResult().getAssignee())
        .as("Lina's late review escalated to the Sekda, atasan of her appraiser").isEqualTo(SEKDA);

    Mutasi.Moved moved = mutasi.changeSupervisor(Nip.of(KEPALA_BKPSDM), Nip.of(KABAG_ORGANISASI), null, YUNI_BKPSDM);

    assertThat(moved.subordinatesFollowed()).isEqualTo(organisasi.subordinatesOf(KEPALA_BKPSDM).size()).isPositive();
    // the subordinates: same appraiser, new atasan
    assertThat(pejabat(linasYear)).containsExactly(KEPALA_BKPSDM, KABAG_ORGANISASI);
    assertThat(skpPejabat(LINA, YEAR)).containsExactly(KEPALA_BKPSDM, KABAG_ORGANISASI);
    assertThat(skpPejabat(LINA, YEAR - 1)).as("a closed year keeps its people").containsExactly(KEPALA_BKPSDM, SEKDA);
    assertThat(taskService.createTaskQuery().taskId(lateReview).singleResult().getAssignee()).isEqualTo(KABAG_ORGANISASI);
    assertThat(canRead(KABAG_ORGANISASI, Resources.TASK, lateReview)).isTrue();
    assertThat(canRead(SEKDA, Resources.TASK, lateReview)).isFalse();
    assertThat(canRead(KEPALA_BKPSDM, Resources.TASK, lateReview)).as("still Lina's appraiser").isTrue();
    managementService.executeJob(timer(fitrisYear, Elements.TIMER_ESKALASI_REVIEW_SKP).getId());
    assertThat(task(fitrisYear, Elements.TASK_TINDAK_LANJUT_REVIEW).getAssignee())
        .as("escalated after the mutasi").isEqualTo(KABAG_ORGANISASI);
    // the appraiser himself: new appraiser, whose own appraiser is his new atasan
    assertThat(pejabat(kepalasYear)).containsExactly(KABAG_ORGANISASI, SEKDA);
    assertThat(skpPejabat(KEPALA_BKPSDM, YEAR)).containsExactly(KABAG_ORGANISASI, SEKDA);
    assertThat(assignee(kepalasYear, Elements.TASK_REVIEW_SKP)).isEqualTo(KABAG_ORGANISASI);
    assertThat(historyService.createUserOperationLogQuery().processInstanceId(linasYear)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE).list())
        .isNotEmpty().allSatisfy(entry -> assertThat(entry.getUserId()).isEqualTo(YUNI_BKPSDM));
  }

  private String demoYear(String nip) {
    return runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(AppraisalProcess.businessKey(nip, YEAR)).singleResult().getId();
  }

  private List<Object> pejabat(String processInstanceId) {
    return java.util.Arrays.asList(
        runtimeService.getVariable(processInstanceId, AppraisalProcess.PEJABAT_PENILAI.name()),
        runtimeService.getVariable(processInstanceId, AppraisalProcess.ATASAN_PEJABAT_PENILAI.name()));
  }

  private List<String> skpPejabat(String nip, int tahun) {
    return jdbc.sql("SELECT pejabat_penilai, atasan_pejabat_penilai FROM skp WHERE nip = ? AND tahun = ?")
        .params(nip, tahun).query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
  }

  private org.camunda.bpm.engine.runtime.Job timer(String processInstanceId, String activityId) {
    return managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).singleResult();
  }

  private Task task(String processInstanceId, String taskDefinitionKey) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskDefinitionKey)
        .singleResult();
  }

  private String assignee(String processInstanceId, String taskDefinitionKey) {
    return task(processInstanceId, taskDefinitionKey).getAssignee();
  }

  private boolean canRead(String userId, Resources resource, String resourceId) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList();
    return authorizationService.isUserAuthorized(userId, groups, Permissions.READ, resource, resourceId);
  }
}
