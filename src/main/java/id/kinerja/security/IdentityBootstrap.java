package id.kinerja.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import id.kinerja.system.KinerjaProperties;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure the roles, their authorizations, the Tasklist filters and the first admin exist.
 * Outside the demo the first admin must be given by KINERJA_ADMIN_ID and KINERJA_ADMIN_PASSWORD:
 * without them the application does not start, rather than run with an unguarded door.
 */
@Component
@Order(10)
public class IdentityBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);
  static final String DEMO_PASSWORD = "demo";

  /**
   * The processes whose instances BKPSDM follows read-only in Cockpit. Deliberately not
   * "umpan-balik-360": its instances name the rater, so no group is granted anything on that
   * definition; each rater gets only their own task, from the engine, as its assignee.
   */
  static final List<String> AGENCY_PROCESSES = List.of("appraisal-cycle", "permintaan-umpan-balik",
      "kalibrasi-unit", "tindak-lanjut-penilaian");

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final KinerjaProperties properties;

  public IdentityBootstrap(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService, KinerjaProperties properties) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.properties = properties;
    requireFirstAdmin(properties);
  }

  static void requireFirstAdmin(KinerjaProperties properties) {
    var admin = properties.admin();
    if (admin.id() == null || admin.id().isBlank() || admin.password() == null || admin.password().isBlank()) {
      throw new IllegalStateException("No first admin configured: set KINERJA_ADMIN_ID and "
          + "KINERJA_ADMIN_PASSWORD (the demo admin exists only on the embedded demo).");
    }
    if (!properties.demo().enabled() && DEMO_PASSWORD.equals(admin.password())) {
      throw new IllegalStateException("KINERJA_ADMIN_PASSWORD must not be the demo password outside the demo.");
    }
  }

  @Override
  public void run(ApplicationArguments args) {
    ensureGroups();
    ensureAuthorizations();
    ensureFirstAdmin();
    ensureTasklistFilters();
  }

  private void ensureGroups() {
    ensureGroup(Roles.ADMIN, "Administrator Kinerja", "SYSTEM");
    ensureGroup(Roles.ASN, "Aparatur Sipil Negara", "WORKFLOW");
    ensureGroup(Roles.PEJABAT_PENILAI, "Pejabat Penilai Kinerja", "WORKFLOW");
    ensureGroup(Roles.BKPSDM, "BKPSDM (pengelola kepegawaian)", "WORKFLOW");
    ensureGroup(Roles.PROCESS_OWNER, "Pemilik proses", "WORKFLOW");
  }

  private void ensureGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    }
  }

  private void ensureAuthorizations() {
    for (Resources resource : Resources.values()) {
      grant(Roles.ADMIN, resource, ANY, Permissions.ALL);
    }
    for (String group : List.of(Roles.ASN, Roles.PEJABAT_PENILAI, Roles.BKPSDM, Roles.PROCESS_OWNER)) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      // starting a process from Tasklist needs to see its definition; the instance itself stays private
      grant(group, Resources.PROCESS_DEFINITION, "permintaan-umpan-balik",
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
      grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }
    grant(Roles.BKPSDM, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    for (String process : AGENCY_PROCESSES) {
      grant(Roles.BKPSDM, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
          ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
          ProcessDefinitionPermissions.READ_HISTORY_VARIABLE, ProcessDefinitionPermissions.READ_TASK_VARIABLE);
    }
    // BKPSDM opens each employee's appraisal year
    grant(Roles.BKPSDM, Resources.PROCESS_DEFINITION, "appraisal-cycle", ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(Roles.BKPSDM, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    grant(Roles.BKPSDM, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
    grant(Roles.PROCESS_OWNER, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(Roles.PROCESS_OWNER, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ, Permissions.DELETE);
    grant(Roles.PROCESS_OWNER, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.UPDATE, ProcessDefinitionPermissions.SUSPEND);
    grant(Roles.PROCESS_OWNER, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.UPDATE);
    grant(Roles.PROCESS_OWNER, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
  }

  /** Grants the permissions to the group on the resource, adding to what is already granted. */
  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    boolean missing = false;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        missing = true;
      }
    }
    if (missing) {
      authorizationService.saveAuthorization(authorization);
    }
  }

  private void ensureFirstAdmin() {
    var admin = properties.admin();
    if (identityService.createUserQuery().userId(admin.id()).count() == 0) {
      User user = identityService.newUser(admin.id());
      user.setFirstName("Administrator");
      user.setLastName(properties.name());
      user.setPassword(admin.password());
      identityService.saveUser(user);
      log.info("Created the first admin '{}'", admin.id());
    }
    if (identityService.createUserQuery().userId(admin.id()).memberOfGroup(Roles.ADMIN).count() == 0) {
      identityService.createMembership(admin.id(), Roles.ADMIN);
    }
  }

  private void ensureTasklistFilters() {
    ensureFilter("Tugas Saya", -10, "Tugas yang ditugaskan kepada Anda",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
        List.of(Roles.ASN, Roles.PEJABAT_PENILAI, Roles.BKPSDM, Roles.PROCESS_OWNER, Roles.ADMIN));
    ensureFilter("Tugas Kelompok", 0, "Tugas untuk kelompok Anda yang belum diambil",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .taskUnassigned(),
        List.of(Roles.ASN, Roles.PEJABAT_PENILAI, Roles.BKPSDM, Roles.PROCESS_OWNER, Roles.ADMIN));
    ensureFilter("Semua Tugas", 10, "Semua tugas yang boleh Anda lihat",
        taskService.createTaskQuery(), List.of(Roles.ADMIN));
  }

  private void ensureFilter(String name, int priority, String description, TaskQuery query, List<String> groups) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name)
          .setProperties(Map.of("priority", priority, "description", description, "refresh", true))
          .setQuery(query);
      filterService.saveFilter(filter);
    }
    for (String group : groups) {
      grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }
}
