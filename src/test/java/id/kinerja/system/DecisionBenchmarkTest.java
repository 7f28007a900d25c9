package id.kinerja.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.camunda.feel.FeelEngine;
import org.junit.jupiter.api.Test;

/**
 * The decision benchmark in small (it keeps working and the decisions keep their answers), and the
 * FEEL engine it measures: the patch that builds the engine's root context (the table of built-in
 * functions) once per engine, where 1.19.3 rebuilt it on every evaluation, ten times slower.
 */
class DecisionBenchmarkTest {

  @Test
  void decisionsOnTheYearsPath_evaluateWithTheirAnswers() throws Exception {
    assertThat(DecisionBenchmark.run(Path.of("processes"), 50, 2))
        .containsOnlyKeys("periode-penilaian", "predikat-kinerja");
  }

  @Test
  void feelEngine_buildsItsRootContextOnce() throws Exception {
    // the field the fix brought back (camunda/feel-scala#1117); without it, rootContext is only a method
    assertThat(FeelEngine.class.getDeclaredField("rootContext").getType().getSimpleName()).isEqualTo("EvalContext");
  }
}
