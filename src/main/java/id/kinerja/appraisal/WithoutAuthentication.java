package id.kinerja.appraisal;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;

/**
 * Engine bookkeeping the product itself decides on (starting a unit's calibration, releasing the
 * appraisals it holds, starting a follow-up), run without the caller's authentication: the
 * appraiser or unit head who triggered it holds no general right to other employees' instances,
 * and must not need one.
 */
public final class WithoutAuthentication {

  private WithoutAuthentication() {}

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
