package id.kinerja.publication;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The recommendation printed for a predikat: the process owner's DMN rekomendasi-tindak-lanjut. */
@Component
class Recommendations {

  static final String DECISION = "rekomendasi-tindak-lanjut";
  /** The DMN's input: a predikat code. */
  static final String INPUT_PREDIKAT = "predikat";

  private final DecisionService decisionService;

  Recommendations(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  String of(String predikat) {
    var result = decisionService.evaluateDecisionByKey(DECISION)
        .variables(Variables.putValue(INPUT_PREDIKAT, predikat)).evaluate();
    if (result.isEmpty()) {
      return "-";
    }
    Object rekomendasi = result.getSingleEntry();
    return String.valueOf(rekomendasi);
  }
}
