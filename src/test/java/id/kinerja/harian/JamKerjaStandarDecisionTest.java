package id.kinerja.harian;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The expected hours of a day: processes/jam-kerja-standar.dmn, rule by rule. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "kinerja-models/processes/jam-kerja-standar.dmn")
class JamKerjaStandarDecisionTest {

  ProcessEngine engine;

  @ParameterizedTest(name = "{0}, hari {1} -> {2} jam ({3})")
  @CsvSource({
      // a normal working day, Monday to Thursday
      "BIASA, 1, 7.5, Hari kerja", "BIASA, 4, 7.5, Hari kerja",
      // a Friday: the longer Friday prayer break
      "BIASA, 5, 7.0, Hari kerja (Jumat)",
      // a Ramadan day, Friday included
      "RAMADAN, 2, 6.5, Hari kerja (Ramadan)", "RAMADAN, 5, 6.5, Hari kerja (Ramadan)",
      // holidays and cuti bersama, whatever the weekday
      "LIBUR_NASIONAL, 3, 0, Libur nasional", "CUTI_BERSAMA, 1, 0, Cuti bersama",
      // the weekend, also during Ramadan
      "BIASA, 6, 0, Akhir pekan", "BIASA, 7, 0, Akhir pekan", "RAMADAN, 6, 0, Akhir pekan"})
  void aDayGetsItsHours(String jenisHari, int hari, double jam, String keterangan) {
    var result = engine.getDecisionService().evaluateDecisionTableByKey(JamKerjaStandar.DECISION,
        Variables.putValue("jenisHari", jenisHari).putValue("hari", hari)).getSingleResult();

    assertThat(((Number) result.getEntry("jamKerja")).doubleValue()).isEqualTo(jam);
    assertThat(result.<String>getEntry("keterangan")).isEqualTo(keterangan);
  }
}
