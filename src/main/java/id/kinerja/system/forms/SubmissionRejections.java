package id.kinerja.system.forms;

import ch.qos.logback.classic.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Carries a refused task submission's messages from the engine's "complete" listener, which
 * refuses it inside the engine, to the HTTP filter around the REST call, which answers it: the
 * REST API itself turns any engine exception thrown there into a 500 with a technical message.
 * Only inside a request's scope ({@link #open}); elsewhere (Java API, jobs) nothing is kept.
 * <p>
 * The scope also holds back what the engine and the REST API log at WARN or above about the
 * submission until the filter knows the outcome: a refusal (400) or a submission that lost the
 * race for its task (the other browser completed it first; 409) is no server error, so those
 * entries are dropped; any other failure has them written unchanged once it is answered
 * ({@link Scope#writeHeldBackLog}).
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

  /**
   * Holds back a log entry of the given logger if a submission's scope is open on this thread;
   * false (log it now) otherwise.
   */
  static boolean holdBack(String logger, Level level, String format, Object[] params, Throwable thrown) {
    Scope scope = CURRENT.get();
    if (scope == null) {
      return false;
    }
    List<Object> arguments = new ArrayList<>(params == null ? List.of() : Arrays.asList(params));
    if (thrown != null) {
      arguments.add(thrown); // SLF4J takes a trailing throwable as the entry's exception
    }
    scope.heldBack.add(new HeldBack(logger, level, format, arguments.toArray()));
    return true;
  }

  /**
   * Opens the scope of one request (or of one step inside it: scopes nest, and closing one makes
   * the enclosing one current again); close it when the request is answered.
   */
  public static Scope open() {
    RefusedSubmissionLogFilter.ensureInstalled();
    Scope scope = new Scope(CURRENT.get());
    CURRENT.set(scope);
    return scope;
  }

  /** Whether the throwable or one of its causes is of the given type. */
  static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }

  private record HeldBack(String logger, Level level, String format, Object[] params) {

    void write() {
      var target = LoggerFactory.getLogger(logger);
      if (level.isGreaterOrEqual(Level.ERROR)) {
        target.error(format, params);
      } else {
        target.warn(format, params);
      }
    }
  }

  /** One request's refused submission, if any, and the log entries held back meanwhile. */
  public static final class Scope implements AutoCloseable {

    private List<String> violations = List.of();
    private final List<HeldBack> heldBack = new ArrayList<>();
    private final Scope enclosing;

    private Scope(Scope enclosing) {
      this.enclosing = enclosing;
    }

    /** How many entries are held back. */
    public int heldBack() {
      return heldBack.size();
    }

    /** Forgets the held-back entries: the request was answered as the caller's mistake. */
    public void discardHeldBackLog() {
      heldBack.clear();
    }

    List<String> violations() {
      return violations;
    }

    /**
     * Whether an entry held back so far tells of an exception of the given type, itself or as a
     * cause. The REST API logs the failure's stack trace as the text of its entry
     * (ENGINE-REST-HTTP500 …, "Caused by: org.camunda.bpm.engine.OptimisticLockingException …"),
     * the engine passes the exception itself (ENGINE-16004); both are looked at.
     */
    boolean heldBackFailure(Class<? extends Throwable> type) {
      String name = type.getName();
      return heldBack.stream().anyMatch(entry -> entry.format().contains(name)
          || Arrays.stream(entry.params()).anyMatch(param -> param instanceof Throwable thrown
              ? causedBy(thrown, type) : String.valueOf(param).contains(name)));
    }

    /** Writes the held-back entries as they were logged; call after {@link #close()}. */
    public void writeHeldBackLog() {
      heldBack.forEach(HeldBack::write);
      heldBack.clear();
    }

    @Override
    public void close() {
      if (enclosing != null) {
        CURRENT.set(enclosing);
      } else {
        CURRENT.remove();
      }
    }
  }
}
