package id.kinerja.organisation;

import id.kinerja.kernel.AsSystem;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.springframework.stereotype.Component;

/**
 * Lets an employee's appraiser (Pejabat Penilai Kinerja) follow that employee's appraisal, and
 * nobody else's: read access to the process instance, its history and its tasks, granted per
 * instance and per task, never per process definition (which would open every employee's
 * appraisal to every appraiser). The processes grant an instance when it starts
 * ({@link GrantAppraiserAccessListener}); tasks are covered by the {@code appraiserTaskVisibility}
 * task listener. Not callable from expressions: a model that could call it could grant anyone any
 * instance.
 */
@Component
public class AppraisalAccess {

  private final AuthorizationService authorizationService;
  private final IdentityService identityService;
  private final OrganisationLookup organisasi;

  AppraisalAccess(AuthorizationService authorizationService, IdentityService identityService,
      OrganisationLookup organisasi) {
    this.authorizationService = authorizationService;
    this.identityService = identityService;
    this.organisasi = organisasi;
  }

  /** The employee's appraiser may read the instance and its history. */
  void grantForInstance(String processInstanceId, String employeeNip) {
    grantToAppraiser(processInstanceId, organisasi.appraiserOf(employeeNip));
  }

  /**
   * The appraiser already resolved for a new instance ({@code pejabatPenilai}) may read it and its
   * history; nothing when there is none yet (BKPSDM names the pejabat first).
   */
  void grantToAppraiser(String processInstanceId, String appraiser) {
    if (appraiser == null || appraiser.isBlank()) {
      return;
    }
    // called when the instance starts: it is new, so nobody holds a grant on it yet and the
    // look-up before each insert (half the authorization statements of an opening) is skipped
    AsSystem.run(identityService, () -> {
      create(appraiser, Resources.PROCESS_INSTANCE, processInstanceId, ProcessInstancePermissions.READ);
      create(appraiser, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId, HistoricProcessInstancePermissions.READ);
    });
  }

  /** The employee's appraiser may read the task (and its history), but not work on it. */
  void grantForTask(String taskId, String assignee, String employeeNip) {
    grantForTask(taskId, assignee, employeeNip, null);
  }

  /** As above, with the appraiser the instance already holds ({@code pejabatPenilai}), if any. */
  void grantForTask(String taskId, String assignee, String employeeNip, String knownAppraiser) {
    String appraiser = knownAppraiser != null ? knownAppraiser : organisasi.appraiserOf(employeeNip);
    // an assignee already gets the engine's own grants in this very command; a second one would
    // collide with it when the command is flushed; otherwise the task is new and nobody else holds
    // a grant on it, so no look-up is needed
    if (!appraiser.equals(assignee)) {
      AsSystem.run(identityService, () -> {
        create(appraiser, Resources.TASK, taskId, TaskPermissions.READ);
        create(appraiser, Resources.HISTORIC_TASK, taskId, HistoricTaskPermissions.READ);
      });
    }
  }

  void grantInstance(String userId, String processInstanceId) {
    grant(userId, Resources.PROCESS_INSTANCE, processInstanceId, ProcessInstancePermissions.READ);
    grant(userId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId, HistoricProcessInstancePermissions.READ);
  }

  void grantTask(String userId, String taskId) {
    grant(userId, Resources.TASK, taskId, TaskPermissions.READ);
    grant(userId, Resources.HISTORIC_TASK, taskId, HistoricTaskPermissions.READ);
  }

  /** Hands the former appraiser's access to one instance or task to the new appraiser. */
  void moveInstance(String processInstanceId, String from, String to) {
    revoke(from, Resources.PROCESS_INSTANCE, processInstanceId);
    revoke(from, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId);
    grantInstance(to, processInstanceId);
  }

  void moveTask(String taskId, String from, String to) {
    revoke(from, Resources.TASK, taskId);
    revoke(from, Resources.HISTORIC_TASK, taskId);
    grantTask(to, taskId);
  }

  /** Takes back a user's access to a task they no longer hold (the engine's assignee grants included). */
  void releaseTask(String taskId, String userId) {
    revoke(userId, Resources.TASK, taskId);
    revoke(userId, Resources.HISTORIC_TASK, taskId);
  }

  private void grant(String userId, Resource resource, String resourceId, Permission permission) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .userIdIn(userId).resourceType(resource).resourceId(resourceId).singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setUserId(userId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (authorization.isPermissionGranted(permission)) {
      return;
    }
    authorization.addPermission(permission);
    authorizationService.saveAuthorization(authorization);
  }

  /** A grant on a resource created in this very command, which nobody can hold a grant on yet. */
  private void create(String userId, Resource resource, String resourceId, Permission permission) {
    Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setUserId(userId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    authorizationService.saveAuthorization(authorization);
  }

  private void revoke(String userId, Resource resource, String resourceId) {
    authorizationService.createAuthorizationQuery().userIdIn(userId).resourceType(resource).resourceId(resourceId)
        .list().forEach(a -> authorizationService.deleteAuthorization(a.getId()));
  }
}
