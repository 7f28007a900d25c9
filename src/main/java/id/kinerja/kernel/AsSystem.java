package id.kinerja.kernel;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;

/**
 * The one way to act as the system inside the engine: bookkeeping the product itself decides on
 * (starting a unit's calibration, releasing the appraisals it holds, starting a follow-up,
 * evaluating a rule table) runs without the caller's authentication, because the appraiser or unit
 * head who triggered it holds no general right to other employees' instances and must not need one.
 * The caller's authentication (user, groups, tenants) is back afterwards.
 */
public final class AsSystem {

  private AsSystem() {}

  public static <T> T call(IdentityService identityService, Supplier<T> work) {
    var caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  public static void run(IdentityService identityService, Runnable work) {
    call(identityService, () -> {
      work.run();
      return null;
    });
  }
}
