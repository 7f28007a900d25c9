package id.kinerja.organisation;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * Runs engine calls with an identity chosen by this feature instead of the caller's (as the system:
 * {@link id.kinerja.kernel.AsSystem}, the one way). Used where the
 * product itself decides who may do what: the caller has already been authorised by Spring
 * Security (or the call is the product's own bookkeeping), and the engine must not refuse it for
 * lack of a Camunda permission nobody should hold in general.
 */
public final class EngineAuthority {

  private EngineAuthority() {}

  /**
   * As the BKPSDM operator, so that Camunda's user operation log and history name that person,
   * with admin rights for this one call only: BKPSDM is read-only on appraisals everywhere else.
   */
  static <T> T asOperator(IdentityService identityService, String operatorId, Supplier<T> work) {
    var caller = identityService.getCurrentAuthentication();
    identityService.setAuthentication(operatorId, List.of(Groups.CAMUNDA_ADMIN));
    try {
      return work.get();
    } finally {
      restore(identityService, caller == null ? null : caller.getUserId(),
          caller == null ? null : caller.getGroupIds(), caller == null ? null : caller.getTenantIds());
    }
  }

  private static void restore(IdentityService identityService, String userId, List<String> groupIds,
      List<String> tenantIds) {
    if (userId == null && groupIds == null) {
      identityService.clearAuthentication();
    } else {
      identityService.setAuthentication(userId, groupIds, tenantIds);
    }
  }
}
