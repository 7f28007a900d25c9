package id.kinerja.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The recommendation per predikat printed on the evaluation document, rule by rule. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "kinerja-models/processes/rekomendasi-tindak-lanjut.dmn")
class RekomendasiTindakLanjutDecisionTest {

  ProcessEngine engine;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "SANGAT_BAIK       | Dipertimbangkan untuk penghargaan",
      "BAIK              | Pertahankan kinerja",
      "BUTUH_PERBAIKAN   | Pembinaan oleh pejabat penilai",
      "KURANG_MISCONDUCT | Pembinaan perilaku kerja",
      "SANGAT_KURANG     | Rencana perbaikan kinerja"})
  void everyPredikat_hasItsRecommendation(String predikat, String start) {
    var result = engine.getDecisionService().evaluateDecisionTableByKey(Recommendations.DECISION,
        Variables.putValue("predikat", predikat));

    assertThat(result.getSingleResult().<String>getSingleEntry()).startsWith(start);
  }

  @Test
  void unknownPredikat_hasNone() {
    var result = engine.getDecisionService().evaluateDecisionTableByKey(Recommendations.DECISION,
        Variables.putValue("predikat", "ISTIMEWA"));

    assertThat(result).isEmpty();
  }
}
