package id.kinerja.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.appraisal.AppraisalModels;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The unit head's Hasil Kerja follows the unit's result: processes/hasil-kerja-kepala-unit.dmn, rule by rule. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = AppraisalModels.HASIL_KERJA_KEPALA_DMN)
class HasilKerjaKepalaUnitDecisionTest {

  ProcessEngine engine;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"ISTIMEWA, DI_ATAS", "BAIK, SESUAI", "BUTUH_PERBAIKAN, DI_BAWAH", "KURANG, DI_BAWAH", "SANGAT_KURANG, DI_BAWAH"})
  void everyOrganisationResult(String capaian, String hasilKerja) {
    assertThat(engine.getDecisionService().evaluateDecisionTableByKey("hasil-kerja-kepala-unit",
        Variables.putValue("capaianOrganisasi", capaian)).getSingleResult().<String>getSingleEntry()).isEqualTo(hasilKerja);
  }

  @Test
  void unknownResult_matchesNothing() {
    assertThat(engine.getDecisionService().evaluateDecisionTableByKey("hasil-kerja-kepala-unit",
        Variables.putValue("capaianOrganisasi", "CUKUP"))).isEmpty();
  }
}
