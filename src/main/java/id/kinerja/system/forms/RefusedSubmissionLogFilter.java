package id.kinerja.system.forms;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import id.kinerja.system.ExpectedRefusal;
import jakarta.annotation.PostConstruct;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * Keeps a refused form, and a submission that lost the race for its task, out of the error log.
 * When the server-side check refuses a submission (a missing field, a rule of the SKP), the engine
 * logs ENGINE-16004 at ERROR and the REST API ENGINE-REST-HTTP500 at WARN, each with a stack trace
 * of a few hundred lines, although the user gets a 400 with the messages and nothing went wrong on
 * the server; the same happens to the second of two browsers completing one task (answered 409).
 * An administrator watching the log for errors would drown in them. While a task submission is
 * under way ({@link SubmissionRejections} has its scope open on that thread), those two loggers'
 * entries are held back; {@link TaskSubmissionOutcomeFilter} then logs one INFO line for a refusal
 * or a lost race and drops them, or, for any other failure, writes them unchanged. Every other
 * entry, and these loggers outside a submission, pass at once.
 *
 * <p>The engine's ERROR about an {@link ExpectedRefusal} (e.g. a second start of an employee's year,
 * answered 409) is dropped wherever it happens: whoever answers the refusal logs one INFO line.
 */
@Component
class RefusedSubmissionLogFilter extends TurboFilter {

  static final String ENGINE_CONTEXT = "org.camunda.bpm.engine.context";
  static final String REST_EXCEPTION = "org.camunda.bpm.engine.rest.exception";

  /**
   * The one filter in Logback: its decisions depend only on the request's scope on the current
   * thread, so one instance serves every application context of the JVM.
   */
  private static final RefusedSubmissionLogFilter SHARED = new RefusedSubmissionLogFilter();

  @PostConstruct
  void install() {
    ensureInstalled();
  }

  /**
   * Puts the filter into Logback if it is not there. Spring Boot stops and resets Logback each time
   * another application context starts in the same JVM (a second node, a test class with its own
   * context), which removes every turbo filter and listener; so every request's scope
   * ({@link SubmissionRejections#open}) checks it is still there.
   */
  static void ensureInstalled() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      ensureInstalledInto(context);
    }
  }

  static void ensureInstalledInto(LoggerContext context) {
    if (!context.getTurboFilterList().contains(SHARED)) {
      synchronized (SHARED) {
        if (!context.getTurboFilterList().contains(SHARED)) {
          SHARED.setName(RefusedSubmissionLogFilter.class.getSimpleName());
          SHARED.start();
          context.addTurboFilter(SHARED);
        }
      }
    }
  }

  static RefusedSubmissionLogFilter shared() {
    return SHARED;
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level == null || !level.isGreaterOrEqual(Level.WARN)) {
      return FilterReply.NEUTRAL;
    }
    String name = logger.getName();
    if (ENGINE_CONTEXT.equals(name) && expectedRefusal(params, t)) {
      return FilterReply.DENY;
    }
    if ((ENGINE_CONTEXT.equals(name) || REST_EXCEPTION.equals(name)) && format != null
        && SubmissionRejections.holdBack(name, level, format, params, t)) {
      return FilterReply.DENY; // written after the answer unless it was a refusal or a lost race
    }
    return FilterReply.NEUTRAL;
  }

  /** Whether the entry's exception (SLF4J passes it as the last argument) is, or is caused by, a refusal. */
  private static boolean expectedRefusal(Object[] params, Throwable thrown) {
    Throwable failure = thrown;
    if (failure == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
      failure = last;
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ExpectedRefusal) {
        return true;
      }
    }
    return false;
  }
}
