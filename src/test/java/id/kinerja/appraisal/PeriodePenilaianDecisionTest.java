package id.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = AppraisalModels.PERIODE_DMN)
class PeriodePenilaianDecisionTest {

  ProcessEngine engine;

  @ParameterizedTest(name = "{0} -> {1} periode")
  @CsvSource({"BULANAN, 12", "TRIWULAN, 4", "SEMESTER, 2", "TAHUNAN, 4", "'', 4"})
  void schemeGivesNumberOfPeriods(String skema, int expected) {
    var result = engine.getDecisionService().evaluateDecisionTableByKey("periode-penilaian",
        Variables.putValue("skemaPeriode", skema));

    assertThat(result.getSingleResult().<Integer>getSingleEntry()).isEqualTo(expected);
  }
}
