package id.kinerja.organisation;

import static id.kinerja.organisation.DemoPeople.FITRI;
import static id.kinerja.organisation.DemoPeople.KABAG_ORGANISASI;
import static id.kinerja.organisation.DemoPeople.KEPALA_BKPSDM;
import static id.kinerja.organisation.DemoPeople.RUDI;
import static id.kinerja.organisation.DemoPeople.YUNI_BKPSDM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.security.Roles;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mutasi on the demo organisation, with the test stand-in for the appraisal running for Rudi and
 * his peer Fitri, both under the Kepala BKPSDM. Yuni (BKPSDM) is the operator. Rolled back per test.
 */
@SpringBootTest
@ActiveProfiles("test")
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

  private String rudisAppraisal;
  private String fitrisAppraisal;

  @BeforeEach
  void startAppraisals() {
    String deploymentId = repositoryService.createDeployment().name("mutasi-test")
        .addClasspathResource("organisation/appraisal-access-test.bpmn").deploy().getId();
    String definitionId = repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult().getId();
    rudisAppraisal = runtimeService.startProcessInstanceById(definitionId, Map.of("nip", RUDI)).getId();
    fitrisAppraisal = runtimeService.startProcessInstanceById(definitionId, Map.of("nip", FITRI)).getId();
  }

  @Test
  void newSupervisor_takesOverExactlyTheOpenTasksTheOldOneHeldForThatEmployee() {
    // the demo year may hold more of Rudi's tasks for his appraiser than this test's instance
    long heldForRudi = taskService.createTaskQuery().taskAssignee(KEPALA_BKPSDM)
        .processVariableValueEquals("nip", RUDI).count();
    Mutasi.Moved moved = mutasi.changeSupervisor(RUDI, KABAG_ORGANISASI, "SETDA", YUNI_BKPSDM);

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
    mutasi.changeSupervisor(RUDI, KABAG_ORGANISASI, "SETDA", YUNI_BKPSDM);

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

    mutasi.changeSupervisor(RUDI, KABAG_ORGANISASI, null, YUNI_BKPSDM);

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
    assertThatThrownBy(() -> mutasi.changeSupervisor(KEPALA_BKPSDM, RUDI, null, YUNI_BKPSDM))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("melingkar");
    assertThat(organisasi.supervisorOf(KEPALA_BKPSDM)).isEqualTo(DemoPeople.SEKDA);
  }

  @Test
  void unknownEmployee_isRefusedWithTheNip() {
    assertThatThrownBy(() -> mutasi.changeSupervisor("199901012020011001", KABAG_ORGANISASI, null, YUNI_BKPSDM))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("199901012020011001");
  }

  @Test
  void departure_endsTheOpenAppraisalWithTheReasonAndKeepsTheEmployeeInactive() {
    long openForFitri = runtimeService.createProcessInstanceQuery().variableValueEquals("nip", FITRI).count();
    Mutasi.Left left = mutasi.recordDeparture(FITRI, "Pensiun", YUNI_BKPSDM);

    assertThat(openForFitri).as("this test's appraisal and the demo year").isPositive();
    assertThat(left.appraisalsEnded()).isEqualTo(openForFitri);
    assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals("nip", FITRI).count()).isZero();
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
    assertThatThrownBy(() -> mutasi.recordDeparture(KEPALA_BKPSDM, "Pensiun", YUNI_BKPSDM))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("masih menjadi atasan");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(rudisAppraisal).count()).isOne();
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
