package id.kinerja.system.forms;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
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
 */
@Component
class RefusedSubmissionLogFilter extends TurboFilter {

  static final String ENGINE_CONTEXT = "org.camunda.bpm.engine.context";
  static final String REST_EXCEPTION = "org.camunda.bpm.engine.rest.exception";

  @PostConstruct
  void install() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
        && !context.getTurboFilterList().contains(this)) {
      setName(getClass().getSimpleName());
      context.addTurboFilter(this);
      start();
    }
  }

  @PreDestroy
  void uninstall() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      context.getTurboFilterList().remove(this);
    }
    stop();
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level == null || !level.isGreaterOrEqual(Level.WARN)) {
      return FilterReply.NEUTRAL;
    }
    String name = logger.getName();
    if ((ENGINE_CONTEXT.equals(name) || REST_EXCEPTION.equals(name)) && format != null
        && SubmissionRejections.holdBack(name, level, format, params, t)) {
      return FilterReply.DENY; // written after the answer unless it was a refusal or a lost race
    }
    return FilterReply.NEUTRAL;
  }
}
