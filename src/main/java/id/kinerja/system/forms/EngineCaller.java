package id.kinerja.system.forms;

import id.kinerja.kernel.AsSystem;
import java.security.Principal;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Runs engine work as the caller of an HTTP request, or without a user (so without authorization checks). */
final class EngineCaller {

  private static final String GROUP_PREFIX = "GROUP_";

  private final IdentityService identityService;

  EngineCaller(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The caller's Camunda groups (from the Spring authorities {@code GROUP_<id>}). */
  static List<String> groups(Principal principal) {
    if (principal instanceof org.springframework.security.core.Authentication auth) {
      return auth.getAuthorities().stream()
          .map(GrantedAuthority::getAuthority)
          .filter(a -> a.startsWith(GROUP_PREFIX))
          .map(a -> a.substring(GROUP_PREFIX.length()))
          .toList();
    }
    return List.of();
  }

  /** Runs the work as the system (the kernel's {@link AsSystem}): without a user, so without authorization checks. */
  <T> T asSystem(Supplier<T> work) {
    return AsSystem.call(identityService, work);
  }

  /** Runs the work as the given caller (null: as the system). */
  <T> T as(Principal principal, Supplier<T> work) {
    if (principal == null) {
      return asSystem(work);
    }
    Authentication previous = identityService.getCurrentAuthentication();
    try {
      identityService.clearAuthentication();
      if (principal instanceof org.springframework.security.core.Authentication auth) {
        identityService.setAuthentication(auth.getName(), groups(principal));
      }
      return work.get();
    } finally {
      if (previous != null) {
        identityService.setAuthentication(previous);
      } else {
        identityService.clearAuthentication();
      }
    }
  }
}
