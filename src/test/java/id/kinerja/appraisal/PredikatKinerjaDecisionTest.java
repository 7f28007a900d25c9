package id.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The official 3x3 kuadran kinerja, cell by cell, as deployed from processes/predikat-kinerja.dmn. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = AppraisalModels.PREDIKAT_DMN)
class PredikatKinerjaDecisionTest {

  ProcessEngine engine;

  @ParameterizedTest(name = "Hasil Kerja {0}, Perilaku {1} -> {2}")
  @CsvSource({
      "DI_ATAS,  DI_BAWAH, KURANG_MISCONDUCT",
      "DI_ATAS,  SESUAI,   BAIK",
      "DI_ATAS,  DI_ATAS,  SANGAT_BAIK",
      "SESUAI,   DI_BAWAH, KURANG_MISCONDUCT",
      "SESUAI,   SESUAI,   BAIK",
      "SESUAI,   DI_ATAS,  BAIK",
      "DI_BAWAH, DI_BAWAH, SANGAT_KURANG",
      "DI_BAWAH, SESUAI,   BUTUH_PERBAIKAN",
      "DI_BAWAH, DI_ATAS,  BUTUH_PERBAIKAN"})
  void everyCellOfTheMatrix(String hasilKerja, String perilakuKerja, String expected) {
    var result = engine.getDecisionService().evaluateDecisionTableByKey("predikat-kinerja",
        Variables.putValue("hasilKerja", hasilKerja).putValue("perilakuKerja", perilakuKerja));

    assertThat(result.getSingleResult().getEntryMap()).containsExactly(java.util.Map.entry("predikat", expected));
  }

  @Test
  void unknownRating_matchesNoCell() {
    var result = engine.getDecisionService().evaluateDecisionTableByKey("predikat-kinerja",
        Variables.putValue("hasilKerja", "ISTIMEWA").putValue("perilakuKerja", "SESUAI"));

    assertThat(result).isEmpty();
  }
}
