package id.kinerja.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which predikat leads to which follow-up: processes/tindak-lanjut-predikat.dmn, rule by rule. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = TindakLanjutModels.DMN)
class TindakLanjutPredikatDecisionTest {

  ProcessEngine engine;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"SANGAT_BAIK, PENGHARGAAN", "BAIK, TIDAK_ADA", "BUTUH_PERBAIKAN, PENGEMBANGAN",
      "KURANG_MISCONDUCT, PENGEMBANGAN", "SANGAT_KURANG, PENGEMBANGAN"})
  void everyPredikat(String predikat, String tindakLanjut) {
    assertThat(engine.getDecisionService().evaluateDecisionTableByKey("tindak-lanjut-predikat",
        Variables.putValue("predikat", predikat)).getSingleResult().<String>getSingleEntry()).isEqualTo(tindakLanjut);
  }
}
