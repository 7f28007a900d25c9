package id.kinerja.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The interval table of PermenPANRB 14/2017, each rule at both of its edges. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "kinerja-models/processes/mutu-pelayanan-ikm.dmn")
class MutuPelayananIkmDecisionTest {

  ProcessEngine engine;

  @ParameterizedTest(name = "IKM {0} -> {1} {2}")
  @CsvSource({
      "100.00, A, Sangat Baik", "88.31, A, Sangat Baik",
      "88.30, B, Baik", "81.67, B, Baik", "76.61, B, Baik",
      "76.60, C, Kurang Baik", "65.00, C, Kurang Baik",
      "64.99, D, Tidak Baik", "25.00, D, Tidak Baik"})
  void intervalGivesQuality(double ikm, String mutu, String kinerja) {
    var result = engine.getDecisionService().evaluateDecisionTableByKey("mutu-pelayanan-ikm",
        Variables.putValue("ikmKonversi", ikm)).getSingleResult();

    assertThat(result.<String>getEntry("mutu")).isEqualTo(mutu);
    assertThat(result.<String>getEntry("kinerja")).isEqualTo(kinerja);
  }

  @Test
  void outsideTheScale_hasNoCategory() {
    assertThat(engine.getDecisionService().evaluateDecisionTableByKey("mutu-pelayanan-ikm",
        Variables.putValue("ikmKonversi", 24.99)).getSingleResult()).isNull();
  }
}
