package id.kinerja.system.forms;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefusedSubmissionLogFilterTest {

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
  void withoutARefusal_theSameEntriesPass() {
    assertThat(decide(RefusedSubmissionLogFilter.ENGINE_CONTEXT, Level.ERROR)).isEqualTo(FilterReply.NEUTRAL);
    try (var scope = SubmissionRejections.open()) {
      // a request that failed for another reason (an optimistic locking failure, a bug) keeps its error
      assertThat(decide(RefusedSubmissionLogFilter.ENGINE_CONTEXT, Level.ERROR)).isEqualTo(FilterReply.NEUTRAL);
      assertThat(decide(RefusedSubmissionLogFilter.REST_EXCEPTION, Level.WARN)).isEqualTo(FilterReply.NEUTRAL);
    }
  }

  private FilterReply decide(String logger, Level level) {
    return filter.decide(null, loggers.getLogger(logger), level, "ENGINE-16004 …", null, null);
  }
}
