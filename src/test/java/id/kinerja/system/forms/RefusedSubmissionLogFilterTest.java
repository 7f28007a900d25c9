package id.kinerja.system.forms;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RefusedSubmissionLogFilterTest {

  private static final String REST_WARNING = "ENGINE-REST-HTTP500 {}";

  private final RefusedSubmissionLogFilter filter = new RefusedSubmissionLogFilter();
  private final LoggerContext loggers = new LoggerContext();

  @Test
  void duringARefusal_theEnginesErrorAndTheRestWarningAreDropped_andNothingElse() {
    try (var scope = SubmissionRejections.open()) {
      SubmissionRejections.record(List.of("Umpan balik Anda: paling sedikit 10 karakter"));

      assertThat(decide(RefusedSubmissionLogFilter.ENGINE_CONTEXT, Level.ERROR)).isEqualTo(FilterReply.DENY);
      assertThat(decide(RefusedSubmissionLogFilter.REST_EXCEPTION, Level.WARN)).isEqualTo(FilterReply.DENY);
      assertThat(decide("org.camunda.bpm.engine.persistence", Level.ERROR)).isEqualTo(FilterReply.NEUTRAL);
      assertThat(decide("id.kinerja.system.forms.TaskSubmissionOutcomeFilter", Level.INFO)).isEqualTo(FilterReply.NEUTRAL);
    }
  }

  @Test
  void outsideASubmission_theSameEntriesPass() {
    assertThat(decide(RefusedSubmissionLogFilter.ENGINE_CONTEXT, Level.ERROR)).isEqualTo(FilterReply.NEUTRAL);
    assertThat(decide(RefusedSubmissionLogFilter.REST_EXCEPTION, Level.WARN)).isEqualTo(FilterReply.NEUTRAL);
  }

  @Test
  void duringASubmission_otherLoggersAndLowerLevelsPassAtOnce() {
    try (var scope = SubmissionRejections.open()) {
      assertThat(decide("org.camunda.bpm.engine.persistence", Level.ERROR)).isEqualTo(FilterReply.NEUTRAL);
      assertThat(decide(RefusedSubmissionLogFilter.ENGINE_CONTEXT, Level.DEBUG)).isEqualTo(FilterReply.NEUTRAL);
    }
  }

  @Test
  void aSubmissionThatFailedForAnotherReason_hasTheEngineErrorAndTheRestWarningWrittenOnceItIsAnswered() {
    Logger rest = (Logger) LoggerFactory.getLogger(RefusedSubmissionLogFilter.REST_EXCEPTION);
    ListAppender<ILoggingEvent> written = new ListAppender<>();
    written.start();
    rest.addAppender(written);
    try {
      var scope = SubmissionRejections.open();
      try (scope) {
        // "is WARN enabled?" is answered as usual; the entry itself is held back
        assertThat(filter.decide(null, loggers.getLogger(RefusedSubmissionLogFilter.REST_EXCEPTION), Level.WARN,
            null, null, null)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide(RefusedSubmissionLogFilter.REST_EXCEPTION, Level.WARN)).isEqualTo(FilterReply.DENY);
      }
      assertThat(written.list).isEmpty();

      scope.writeHeldBackLog();

      assertThat(written.list).singleElement().satisfies(event -> {
        assertThat(event.getLevel()).isEqualTo(Level.WARN);
        assertThat(event.getFormattedMessage()).isEqualTo("ENGINE-REST-HTTP500 java.lang.IllegalStateException: kaput");
      });
    } finally {
      rest.detachAppender(written);
    }
  }

  @Test
  void aConflictIsRecognisedInTheHeldBackEntries_asTheRestApisStackTraceText_orAsTheEnginesException() {
    String restTrace = "ENGINE-REST-HTTP500 org.camunda.bpm.engine.rest.exception.RestException: Cannot complete task t1\n"
        + "Caused by: org.camunda.bpm.engine.OptimisticLockingException: ENGINE-03005 Execution of 'UPDATE "
        + "VariableInstanceEntity[v1]' failed.";
    try (var scope = SubmissionRejections.open()) {
      filter.decide(null, loggers.getLogger(RefusedSubmissionLogFilter.REST_EXCEPTION), Level.WARN, restTrace, null, null);
      assertThat(scope.heldBackFailure(OptimisticLockingException.class)).isTrue();
    }
    try (var scope = SubmissionRejections.open()) {
      filter.decide(null, loggers.getLogger(RefusedSubmissionLogFilter.ENGINE_CONTEXT), Level.ERROR,
          "ENGINE-16004 Exception while closing command context: {}", new Object[] {"x"},
          new ProcessEngineException("wrapped", new OptimisticLockingException("ENGINE-03005")));
      assertThat(scope.heldBackFailure(OptimisticLockingException.class)).isTrue();
    }
    try (var scope = SubmissionRejections.open()) {
      assertThat(decide(RefusedSubmissionLogFilter.REST_EXCEPTION, Level.WARN)).isEqualTo(FilterReply.DENY);
      assertThat(scope.heldBackFailure(OptimisticLockingException.class)).as("another failure").isFalse();
    }
  }

  @Test
  void theEnginesErrorAboutAnExpectedRefusal_isDroppedEverywhere_otherErrorsPass() {
    class Refusal extends IllegalStateException implements id.kinerja.system.ExpectedRefusal {
      Refusal() {
        super("Siklus penilaian 198809092012121010-2026 sudah dibuka");
      }
    }
    Logger engine = loggers.getLogger(RefusedSubmissionLogFilter.ENGINE_CONTEXT);
    String format = "ENGINE-16004 Exception while closing command context: {}";

    assertThat(filter.decide(null, engine, Level.ERROR, format, new Object[] {"sudah dibuka", new Refusal()}, null))
        .isEqualTo(FilterReply.DENY);
    assertThat(filter.decide(null, engine, Level.ERROR, format, new Object[] {"x"},
        new ProcessEngineException("wrapped", new Refusal()))).isEqualTo(FilterReply.DENY);
    assertThat(filter.decide(null, engine, Level.ERROR, format,
        new Object[] {"kaput", new IllegalStateException("kaput")}, null)).isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(null, loggers.getLogger("id.kinerja.appraisal"), Level.ERROR, format,
        new Object[] {"sudah dibuka", new Refusal()}, null)).as("only the engine's own entry").isEqualTo(FilterReply.NEUTRAL);
  }

  private FilterReply decide(String logger, Level level) {
    return filter.decide(null, loggers.getLogger(logger), level, REST_WARNING,
        new Object[] {"java.lang.IllegalStateException: kaput"}, null);
  }

  /** Spring Boot stops and resets Logback whenever another context starts: the next request puts it back. */
  @org.junit.jupiter.api.Test
  void theFilter_isPutBackAfterLogbackWasStoppedAndReset() {
    ch.qos.logback.classic.LoggerContext context = new ch.qos.logback.classic.LoggerContext();
    RefusedSubmissionLogFilter.ensureInstalledInto(context);
    context.stop();
    context.reset();
    assertThat(context.getTurboFilterList()).doesNotContain(RefusedSubmissionLogFilter.shared());

    RefusedSubmissionLogFilter.ensureInstalledInto(context);

    assertThat(context.getTurboFilterList()).containsOnlyOnce(RefusedSubmissionLogFilter.shared());
    assertThat(RefusedSubmissionLogFilter.shared().isStarted()).isTrue();
  }
}
