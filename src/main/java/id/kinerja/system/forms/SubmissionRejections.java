package id.kinerja.system.forms;

import java.util.List;

/**
 * Carries a refused task submission's messages from the engine's "complete" listener, which
 * refuses it inside the engine, to the HTTP filter around the REST call, which answers it: the
 * REST API itself turns any engine exception thrown there into a 500 with a technical message.
 * Only inside a request's scope ({@link #open}); elsewhere (Java API, jobs) nothing is kept.
 */
public final class SubmissionRejections {

  private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

  private SubmissionRejections() {
  }

  /** Notes the messages of the submission just refused, for the request running on this thread. */
  public static void record(List<String> violations) {
    Scope scope = CURRENT.get();
    if (scope != null) {
      scope.violations = List.copyOf(violations);
    }
  }

  /** Whether a submission was refused in the request running on this thread (its scope still open). */
  static boolean refusedOnThisThread() {
    Scope scope = CURRENT.get();
    return scope != null && !scope.violations.isEmpty();
  }

  /** Opens the scope of one request; close it when the request is answered. */
  static Scope open() {
    Scope scope = new Scope();
    CURRENT.set(scope);
    return scope;
  }

  /** One request's refused submission, if any. */
  static final class Scope implements AutoCloseable {

    private List<String> violations = List.of();

    List<String> violations() {
      return violations;
    }

    @Override
    public void close() {
      CURRENT.remove();
    }
  }
}
