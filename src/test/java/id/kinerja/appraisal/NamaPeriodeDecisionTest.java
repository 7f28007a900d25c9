package id.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The period's name people read in task names and form headers: processes/nama-periode.dmn, rule by rule. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = AppraisalModels.NAMA_PERIODE_DMN)
class NamaPeriodeDecisionTest {

  ProcessEngine engine;

  @ParameterizedTest(name = "periode {1} dari {0} -> {2}")
  @CsvSource({
      "12, 1, Januari", "12, 6, Juni", "12, 12, Desember",
      "4, 1, Triwulan I", "4, 2, Triwulan II", "4, 3, Triwulan III", "4, 4, Triwulan IV",
      "3, 2, Caturwulan II",
      "2, 1, Semester 1", "2, 2, Semester 2",
      "1, 1, Periode tahunan",
      "6, 5, Periode 5 dari 6",
      // outside the scheme's range: the number, never an error that stops the period
      "4, 5, Periode 5 dari 4"})
  void periodGetsAName(int jumlahPeriode, int periodeKe, String expected) {
    var result = engine.getDecisionService().evaluateDecisionTableByKey("nama-periode",
        Variables.putValue("jumlahPeriode", jumlahPeriode).putValue("periodeKe", periodeKe));

    assertThat(result.getSingleResult().<String>getSingleEntry()).isEqualTo(expected);
  }
}
