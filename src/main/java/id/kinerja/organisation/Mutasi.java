package id.kinerja.organisation;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mutasi: an employee gets a new supervisor (often with a new unit), or leaves. Open appraisal
 * work follows the organisation: what the former appraiser still had to do for the employee goes
 * to the new one; the employee's own tasks stay theirs. The engine calls run as the BKPSDM
 * operator, so Camunda's history and user operation log show who made the change.
 */
@Service
public class Mutasi {

  private static final Logger log = LoggerFactory.getLogger(Mutasi.class);

  public record Moved(String nip, String formerAppraiser, String newAppraiser, int tasksReassigned) {}

  public record Left(String nip, int appraisalsEnded) {}

  private final OrganisationRepository repository;
  private final OrganisationLookup organisasi;
  private final AppraisalAccess access;
  private final EmployeeIdentities identities;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  Mutasi(OrganisationRepository repository, OrganisationLookup organisasi, AppraisalAccess access,
      EmployeeIdentities identities, TaskService taskService, RuntimeService runtimeService,
      IdentityService identityService) {
    this.repository = repository;
    this.organisasi = organisasi;
    this.access = access;
    this.identities = identities;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /**
   * Gives the employee a new direct supervisor and, when unitCode is not null, a new unit.
   *
   * @throws IllegalArgumentException an unknown employee, supervisor or unit
   * @throws IllegalStateException the change would break the organisation (inactive people, a loop)
   */
  @Transactional
  public Moved changeSupervisor(String nip, String newSupervisorNip, String unitCode, String operatorId) {
    var employee = activeEmployee(nip, "Pegawai");
    var supervisor = activeEmployee(newSupervisorNip, "Atasan baru");
    if (supervisor.nip().equals(employee.nip())) {
      throw new IllegalStateException("Pegawai tidak boleh menjadi atasan dirinya sendiri");
    }
    for (String up = supervisor.supervisorNip(); up != null; up = organisasi.supervisorOf(up)) {
      if (up.equals(employee.nip())) {
        throw new IllegalStateException("Atasan baru " + supervisor.nip() + " adalah bawahan (langsung atau tidak) dari "
            + employee.nip() + ": rantai atasan akan melingkar");
      }
    }
    String unit = unitCode == null ? employee.unitCode() : unitCode;
    if (!repository.unitExists(unit)) {
      throw new IllegalArgumentException("Unit kerja '" + unit + "' tidak dikenal");
    }
    String formerAppraiser = organisasi.appraiserOf(employee.nip());
    repository.changeSupervisor(employee.nip(), supervisor.nip(), unit);
    repository.stepDownAsHeadOutside(employee.nip(), unit);
    EngineAuthority.asSystem(identityService, identities::reconcileAppraisers);
    String newAppraiser = organisasi.appraiserOf(employee.nip());
    int reassigned = Objects.equals(formerAppraiser, newAppraiser) ? 0
        : handOver(employee.nip(), formerAppraiser, newAppraiser, operatorId);
    log.info("Mutasi of {} by {}: appraiser {} -> {}, {} open tasks reassigned", employee.nip(), operatorId,
        formerAppraiser, newAppraiser, reassigned);
    return new Moved(employee.nip(), formerAppraiser, newAppraiser, reassigned);
  }

  /**
   * The employee leaves (pensiun, berhenti, ...): their open appraisals end with the reason, kept
   * in history; they become inactive, never deleted. Whoever still reports to them must be moved
   * first, so that nobody is left without an appraiser.
   */
  @Transactional
  public Left recordDeparture(String nip, String reason, String operatorId) {
    var employee = activeEmployee(nip, "Pegawai");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Alasan keluar wajib diisi");
    }
    List<String> subordinates = repository.activeSubordinates(employee.nip());
    if (!subordinates.isEmpty()) {
      throw new IllegalStateException("Pegawai " + employee.nip() + " masih menjadi atasan " + subordinates.size()
          + " pegawai aktif; pindahkan mereka dulu melalui mutasi");
    }
    List<ProcessInstance> open = EngineAuthority.asSystem(identityService, () -> runtimeService
        .createProcessInstanceQuery().variableValueEquals(AppraisalAccess.EMPLOYEE_VARIABLE, employee.nip()).list());
    EngineAuthority.asOperator(identityService, operatorId, () -> {
      open.forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), reason));
      return null;
    });
    repository.markLeft(employee.nip(), reason);
    EngineAuthority.asSystem(identityService, () -> {
      identities.retire(employee.nip());
      identities.reconcileAppraisers();
    });
    log.info("{} left ({}), recorded by {}: {} open appraisals ended", employee.nip(), reason, operatorId, open.size());
    return new Left(employee.nip(), open.size());
  }

  private int handOver(String nip, String from, String to, String operatorId) {
    return EngineAuthority.asSystem(identityService, () -> {
      List<Task> held = taskService.createTaskQuery()
          .processVariableValueEquals(AppraisalAccess.EMPLOYEE_VARIABLE, nip).taskAssignee(from).list();
      EngineAuthority.asOperator(identityService, operatorId, () -> {
        held.forEach(task -> taskService.setAssignee(task.getId(), to));
        return null;
      });
      runtimeService.createProcessInstanceQuery().variableValueEquals(AppraisalAccess.EMPLOYEE_VARIABLE, nip).list()
          .forEach(instance -> access.moveInstance(instance.getId(), from, to));
      taskService.createTaskQuery().processVariableValueEquals(AppraisalAccess.EMPLOYEE_VARIABLE, nip).list()
          .forEach(task -> access.moveTask(task.getId(), from, to));
      return held.size();
    });
  }

  private OrganisationRepository.Link activeEmployee(String nip, String who) {
    var link = repository.link(Nip.normalise(nip))
        .orElseThrow(() -> new IllegalArgumentException(who + " dengan NIP " + nip + " tidak dikenal"));
    if (!link.active()) {
      throw new IllegalStateException(who + " dengan NIP " + nip + " sudah tidak aktif");
    }
    return link;
  }
}
