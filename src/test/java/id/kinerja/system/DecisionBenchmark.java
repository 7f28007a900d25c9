package id.kinerja.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * How long one evaluation of the decisions on the year's main path takes with the FEEL engine on
 * the class path: {@code periode-penilaian} (every SKP approval) and {@code predikat-kinerja}
 * (every annual rating and objection decision). The DMN engine in its default configuration, with
 * the same FEEL engine the process engine uses, without the database. Not a test ({@code DecisionBenchmarkTest} runs it
 * small): {@code bash src/bench/decision.sh}.
 */
public final class DecisionBenchmark {

  /** One decision with the inputs it is evaluated with, and the answer it must give. */
  record Case(String file, String decisionKey, Map<String, Object> inputs, Object expected) {}

  static final List<Case> CASES = List.of(
      new Case("periode-penilaian.dmn", "periode-penilaian", Map.of("skemaPeriode", "TRIWULAN"), 4),
      new Case("predikat-kinerja.dmn", "predikat-kinerja",
          Map.of("hasilKerja", "SESUAI", "perilakuKerja", "SESUAI"), "BAIK"));

  /** Microseconds per evaluation of the last round, by decision key. */
  public static Map<String, Double> run(Path processes, int evaluations, int rounds) throws IOException {
    DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    Map<String, Double> micros = new LinkedHashMap<>();
    for (Case c : CASES) {
      DmnDecision decision;
      try (InputStream in = Files.newInputStream(processes.resolve(c.file()))) {
        decision = engine.parseDecision(c.decisionKey(), in);
      }
      VariableMap inputs = Variables.fromMap(c.inputs());
      List<Double> perRound = new ArrayList<>();
      for (int round = 0; round < rounds; round++) { // the first rounds warm the JIT up
        long t = System.nanoTime();
        for (int i = 0; i < evaluations; i++) {
          Object answer = engine.evaluateDecisionTable(decision, inputs).getSingleResult().getSingleEntry();
          if (!c.expected().equals(answer)) {
            throw new IllegalStateException(c.decisionKey() + " answered " + answer + " for " + c.inputs());
          }
        }
        perRound.add((System.nanoTime() - t) / 1e3 / evaluations);
      }
      micros.put(c.decisionKey(), perRound.get(perRound.size() - 1));
      System.out.printf(Locale.ROOT, "[decision-bench] %s: %s us per evaluation (rounds of %d)%n", c.decisionKey(),
          perRound.stream().map(us -> String.format(Locale.ROOT, "%.1f", us)).toList(), evaluations);
    }
    return micros;
  }

  public static void main(String[] args) throws IOException {
    int evaluations = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    System.out.println("[decision-bench] FEEL engine " + org.camunda.feel.FeelEngine.class.getProtectionDomain()
        .getCodeSource().getLocation().getPath().replaceAll(".*/", ""));
    run(Path.of("processes"), evaluations, 5);
  }

  private DecisionBenchmark() {}
}
