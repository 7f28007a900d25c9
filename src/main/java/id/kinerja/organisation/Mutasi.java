package id.kinerja.organisation;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.AsSystem;
import id.kinerja.kernel.Nip;
import id.kinerja.kernel.ProcessVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mutasi: an employee gets a new supervisor (often with a new unit), or leaves. Open appraisal
 * work follows the organisation: what the former appraiser (or atasan) still had to do for the
 * employee goes to the new one, and so does what is still to come in the running year; the
 * employee's own tasks stay theirs. The engine calls run as the BKPSDM
 * operator, so Camunda's history and user operation log show who made the change.
 */
@Service
public class Mutasi {

  private static final Logger log = LoggerFactory.getLogger(Mutasi.class);

  /**
   * The employee's pejabat before and after; tasksReassigned counts the employee's open tasks handed
   * over, subordinatesFollowed the direct subordinates whose atasan pejabat penilai changed with it.
   */
  public record Moved(String nip, String formerAppraiser, String newAppraiser, int tasksReassigned,
      String formerAtasan, String newAtasan, int subordinatesFollowed) {}

  /**
   * Published inside the mutasi's transaction, as the BKPSDM operator, for every employee whose
   * pejabat changed, once the running instances (runningInstanceIds, whatever their process) name
   * the new ones: for what other features keep of a running year.
   */
  public record PejabatChanged(String nip, String formerAppraiser, String newAppraiser, String formerAtasan,
      String newAtasan, List<String> runningInstanceIds) {

    public boolean appraiserChanged() {
      return !formerAppraiser.equals(newAppraiser);
    }

    public boolean atasanChanged() {
      return !formerAtasan.equals(newAtasan);
    }
  }

  /**
   * Published inside the transaction when an employee no longer counts in a unit: they left the
   * service, or a mutasi moved them to another unit. For what waits on the unit's employees (its
   * calibration waits until every active employee of the unit has a proposal).
   */
  public record LeftUnit(String nip, String unitCode) {}

  private record Pejabat(String appraiser, String atasan) {}

  public record Left(String nip, int appraisalsEnded) {}

  /**
   * Published inside the transaction after every mutasi, whoever asked for it (the desk's screen or
   * the REST API): who made it, and the employee's supervisor and unit before and after, for the
   * audit of changes.
   */
  public record SupervisorChangeRecorded(String operatorId, String formerSupervisor, String formerUnit,
      String newSupervisor, String newUnit, Moved moved) {}

  /** Published inside the transaction after every departure: who recorded it, why, and from which unit. */
  public record DepartureRecorded(Nip nip, String operatorId, String reason, String unitCode, String supervisorNip,
      int appraisalsEnded) {}

  private final OrganisationRepository repository;
  private final OrganisationLookup organisasi;
  private final AppraisalAccess access;
  private final EmployeeIdentities identities;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final RepositoryService repositoryService;
  private final ApplicationEventPublisher events;

  Mutasi(OrganisationRepository repository, OrganisationLookup organisasi, AppraisalAccess access,
      EmployeeIdentities identities, TaskService taskService, RuntimeService runtimeService,
      IdentityService identityService, RepositoryService repositoryService, ApplicationEventPublisher events) {
    this.repository = repository;
    this.organisasi = organisasi;
    this.access = access;
    this.identities = identities;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.repositoryService = repositoryService;
    this.events = events;
  }

  /**
   * Gives the employee a new direct supervisor and, when unitCode is not null, a new unit.
   *
   * <p>The Pejabat Penilai and the Atasan Pejabat Penilai follow the organisation in the running
   * appraisals of the employee and of their direct subordinates (whose atasan is the employee's
   * appraiser): the instances' variables, the open tasks the former people held, the read grants,
   * and, through {@link PejabatChanged}, whatever other features keep of the running year.
   *
   * @throws IllegalArgumentException an unknown employee, supervisor or unit
   * @throws IllegalStateException the change would break the organisation (inactive people, a loop)
   */
  @Transactional
  public Moved changeSupervisor(Nip nip, Nip newSupervisor, String unitCode, String operatorId) {
    var employee = activeEmployee(nip, "Pegawai");
    var supervisor = activeEmployee(newSupervisor, "Atasan baru");
    if (newSupervisor.equals(nip)) {
      throw new IllegalStateException("Pegawai tidak boleh menjadi atasan dirinya sendiri");
    }
    for (String up = supervisor.supervisorNip(); up != null; up = organisasi.supervisorOf(up)) {
      if (up.equals(employee.nip())) {
        throw new IllegalStateException("Atasan baru " + supervisor.nip() + " adalah bawahan (langsung atau tidak) dari "
            + employee.nip() + ": rantai atasan akan melingkar");
      }
    }
    String unit = unitCode == null ? employee.unitCode() : unitCode;
    String formerUnit = employee.unitCode();
    if (!repository.unitExists(unit)) {
      throw new IllegalArgumentException("Unit kerja '" + unit + "' tidak dikenal");
    }
    if (!unit.equals(formerUnit) && repository.unitClosed(unit)) {
      throw new IllegalArgumentException("Unit kerja '" + unit + "' sudah ditutup: pilih unit yang masih terbuka");
    }
    // the employee's own pejabat, and those of their direct subordinates, whose atasan pejabat
    // penilai is the employee's appraiser: nobody else's depends on the employee's supervisor
    List<String> concerned = new ArrayList<>();
    concerned.add(employee.nip());
    concerned.addAll(repository.activeSubordinates(employee.nip()));
    // a step of their appraisals creating a task right now waits for this mutasi and then takes
    // the new pejabat, or has committed before and its task is found below (PejabatFollowsOrganisation)
    repository.lockUnits(Arrays.asList(formerUnit, unit));
    repository.lockEmployees(concerned);
    Map<String, Pejabat> former = new LinkedHashMap<>();
    concerned.forEach(person -> former.put(person, pejabatOf(person)));
    repository.changeSupervisor(nip, newSupervisor, unit);
    repository.stepDownAsHeadOutside(nip, unit);
    AsSystem.run(identityService, identities::reconcileAppraisers);
    int reassigned = 0;
    int subordinatesFollowed = 0;
    for (String person : concerned) {
      Pejabat now = pejabatOf(person);
      if (!now.equals(former.get(person))) {
        int moved = handOver(person, former.get(person), now, operatorId);
        if (person.equals(employee.nip())) {
          reassigned = moved;
        } else {
          subordinatesFollowed++;
        }
      }
    }
    if (!unit.equals(formerUnit)) {
      nameNewUnit(nip, unit);
      events.publishEvent(new LeftUnit(employee.nip(), formerUnit));
    }
    Pejabat was = former.get(employee.nip());
    Pejabat is = pejabatOf(employee.nip());
    log.info("Mutasi of {} by {}: appraiser {} -> {}, atasan {} -> {}, {} open tasks reassigned, {} subordinates' "
        + "atasan followed", employee.nip(), operatorId, was.appraiser(), is.appraiser(), was.atasan(), is.atasan(),
        reassigned, subordinatesFollowed);
    Moved moved = new Moved(employee.nip(), was.appraiser(), is.appraiser(), reassigned, was.atasan(), is.atasan(),
        subordinatesFollowed);
    events.publishEvent(new SupervisorChangeRecorded(operatorId, employee.supervisorNip(), formerUnit,
        supervisor.nip(), unit, moved));
    return moved;
  }

  /**
   * The employee leaves (pensiun, berhenti, ...): their open appraisals end with the reason, kept
   * in history; they become inactive, never deleted. Whoever still reports to them must be moved
   * first, so that nobody is left without an appraiser.
   */
  @Transactional
  public Left recordDeparture(Nip nip, String reason, String operatorId) {
    var employee = activeEmployee(nip, "Pegawai");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Alasan keluar wajib diisi");
    }
    List<String> subordinates = repository.activeSubordinates(employee.nip());
    if (!subordinates.isEmpty()) {
      throw new IllegalStateException("Pegawai " + employee.nip() + " masih menjadi atasan " + subordinates.size()
          + " pegawai aktif; pindahkan mereka dulu melalui mutasi");
    }
    // marked first (after the unit, in the order every lock is taken): an appraisal being started
    // for them right now (the bulk opening) waits for this and is refused, or has committed before
    // and is found below (RegisterAppraisalYearListener)
    repository.lockUnits(Arrays.asList(employee.unitCode()));
    repository.markLeft(nip, reason);
    List<ProcessInstance> open = AsSystem.call(identityService, () -> runtimeService
        .createProcessInstanceQuery().variableValueEquals(AppraisalProcess.NIP.name(), nip.value()).list());
    EngineAuthority.asOperator(identityService, operatorId, () -> {
      open.forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), reason));
      return null;
    });
    AsSystem.run(identityService, () -> {
      identities.retire(nip);
      identities.reconcileAppraisers();
    });
    events.publishEvent(new LeftUnit(employee.nip(), employee.unitCode()));
    events.publishEvent(new DepartureRecorded(nip, operatorId, reason, employee.unitCode(),
        employee.supervisorNip(), open.size()));
    log.info("{} left ({}), recorded by {}: {} open appraisals ended", employee.nip(), reason, operatorId, open.size());
    return new Left(employee.nip(), open.size());
  }

  /** The running years of the employee name the new unit in their task headers (variable unitPegawai). */
  private void nameNewUnit(Nip nip, String unit) {
    String name = organisasi.unitNameOf(unit);
    AsSystem.run(identityService, () -> {
      for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
          .variableValueEquals(AppraisalProcess.NIP.name(), nip.value()).list()) {
        if (runtimeService.getVariable(instance.getId(), AppraisalProcess.UNIT_PEGAWAI.name()) != null) {
          runtimeService.setVariable(instance.getId(), AppraisalProcess.UNIT_PEGAWAI.name(), name);
        }
      }
    });
  }

  private Pejabat pejabatOf(String nip) {
    return new Pejabat(organisasi.appraiserOf(nip), organisasi.atasanPenilaiOf(nip));
  }

  /**
   * Brings the employee's running instances in line with their new pejabat: variables, open tasks
   * the former ones held (by the role the model gives the task, else by person), read grants.
   *
   * @return the number of tasks reassigned
   */
  private int handOver(String nip, Pejabat from, Pejabat to, String operatorId) {
    boolean appraiserChanged = !from.appraiser().equals(to.appraiser());
    boolean atasanChanged = !from.atasan().equals(to.atasan());
    return AsSystem.call(identityService, () -> {
      List<ProcessInstance> instances = runtimeService.createProcessInstanceQuery()
          .variableValueEquals(AppraisalProcess.NIP.name(), nip).list();
      List<Task> tasks = taskService.createTaskQuery()
          .processVariableValueEquals(AppraisalProcess.NIP.name(), nip).list();
      // decided before anything moves: the new atasan may be the former appraiser, or the reverse
      Map<String, String> reassignments = new LinkedHashMap<>();
      List<String> leftByFormerAtasan = new ArrayList<>();
      Map<String, BpmnModelInstance> models = new HashMap<>();
      for (Task task : tasks) {
        String target = newAssignee(task, from, to, models);
        if (target != null) {
          reassignments.put(task.getId(), target);
          if (task.getAssignee().equals(from.atasan()) && !from.atasan().equals(from.appraiser())) {
            leftByFormerAtasan.add(task.getId());
          }
        }
      }
      // grants first: the engine grants each new assignee its task when it is assigned
      leftByFormerAtasan.forEach(taskId -> access.releaseTask(taskId, from.atasan()));
      if (appraiserChanged) {
        instances.forEach(instance -> access.moveInstance(instance.getId(), from.appraiser(), to.appraiser()));
        tasks.forEach(task -> access.moveTask(task.getId(), from.appraiser(), to.appraiser()));
      }
      List<String> instanceIds = instances.stream().map(ProcessInstance::getId).toList();
      EngineAuthority.asOperator(identityService, operatorId, () -> {
        for (String instanceId : instanceIds) {
          Map<String, Object> named = runtimeService.getVariables(instanceId,
              List.of(AppraisalProcess.PEJABAT_PENILAI.name(), AppraisalProcess.ATASAN_PEJABAT_PENILAI.name()));
          if (appraiserChanged && named.containsKey(AppraisalProcess.PEJABAT_PENILAI.name())) {
            runtimeService.setVariable(instanceId, AppraisalProcess.PEJABAT_PENILAI.name(), to.appraiser());
          }
          if (atasanChanged && named.containsKey(AppraisalProcess.ATASAN_PEJABAT_PENILAI.name())) {
            runtimeService.setVariable(instanceId, AppraisalProcess.ATASAN_PEJABAT_PENILAI.name(), to.atasan());
          }
        }
        reassignments.forEach(taskService::setAssignee);
        events.publishEvent(new PejabatChanged(nip, from.appraiser(), to.appraiser(), from.atasan(), to.atasan(),
            instanceIds));
        return null;
      });
      return reassignments.size();
    });
  }

  /** Who takes over the task, or null when it stays with its assignee. */
  private String newAssignee(Task task, Pejabat from, Pejabat to, Map<String, BpmnModelInstance> models) {
    String assignee = task.getAssignee();
    if (assignee == null) {
      return null;
    }
    ProcessVariable<String> role = roleOf(task, models);
    String target;
    if (role == AppraisalProcess.ATASAN_PEJABAT_PENILAI && assignee.equals(from.atasan())) {
      target = to.atasan();
    } else if (role == AppraisalProcess.PEJABAT_PENILAI && assignee.equals(from.appraiser())) {
      target = to.appraiser();
    } else if (assignee.equals(from.appraiser())) {
      target = to.appraiser();
    } else if (assignee.equals(from.atasan())) {
      target = to.atasan();
    } else {
      return null;
    }
    return target.equals(assignee) ? null : target;
  }

  /**
   * The pejabat variable the model assigns the task with ({@code camunda:assignee="${pejabatPenilai}"}),
   * or null: where one official is both appraiser and atasan (the agency head's), only the model
   * tells which of the two a task was meant for.
   */
  private ProcessVariable<String> roleOf(Task task, Map<String, BpmnModelInstance> models) {
    if (task.getProcessDefinitionId() == null) {
      return null;
    }
    BpmnModelInstance model = models.computeIfAbsent(task.getProcessDefinitionId(),
        repositoryService::getBpmnModelInstance);
    if (model.getModelElementById(task.getTaskDefinitionKey()) instanceof UserTask userTask) {
      return AppraisalProcess.pejabatAssignedBy(userTask.getCamundaAssignee());
    }
    return null;
  }

  private OrganisationRepository.Link activeEmployee(Nip nip, String who) {
    var link = repository.link(nip.value())
        .orElseThrow(() -> new IllegalArgumentException(who + " dengan NIP " + nip + " tidak dikenal"));
    if (!link.active()) {
      throw new IllegalStateException(who + " dengan NIP " + nip + " sudah tidak aktif");
    }
    return link;
  }
}
