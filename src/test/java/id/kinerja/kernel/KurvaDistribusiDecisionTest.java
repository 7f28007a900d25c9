package id.kinerja.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.appraisal.AppraisalModels;
import id.kinerja.kernel.KurvaDistribusi;
import id.kinerja.kernel.KurvaDistribusiDecision;
import id.kinerja.kernel.Predikat;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The distribution curve per organisation result, as deployed from processes/kurva-distribusi.dmn:
 * every rule, and for every organisation result a unit of ten inside its limits and one outside.
 * Distributions are written as counts of SB/B/BP/K/SK (Sangat Baik ... Sangat Kurang).
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = AppraisalModels.KURVA_DMN)
class KurvaDistribusiDecisionTest {

  ProcessEngine engine;

  @Test
  void everyRuleOfTheTable() {
    assertThat(rows("ISTIMEWA")).containsExactly("SANGAT_BAIK MAKS 70");
    assertThat(rows("BAIK")).containsExactly("BAIK MAKS 70", "BUTUH_PERBAIKAN,KURANG_MISCONDUCT MIN 1");
    assertThat(rows("BUTUH_PERBAIKAN")).containsExactly("BUTUH_PERBAIKAN MIN 60", "SANGAT_BAIK MAKS 10");
    assertThat(rows("KURANG")).containsExactly("KURANG_MISCONDUCT MIN 60", "BUTUH_PERBAIKAN MIN 10", "SANGAT_BAIK MAKS 10");
    assertThat(rows("SANGAT_KURANG")).containsExactly("SANGAT_KURANG MIN 60", "KURANG_MISCONDUCT,BUTUH_PERBAIKAN MIN 10",
        "SANGAT_BAIK MAKS 0");
  }

  @Test
  void unknownOrganisationResult_hasNoLimits() {
    assertThat(rows("LUAR_BIASA")).isEmpty();
  }

  @ParameterizedTest(name = "{0}: SB/B/BP/K/SK = {1} -> inside {2}")
  @CsvSource({
      // Istimewa: Sangat Baik at most 7 of 10
      "ISTIMEWA,        7/3/0/0/0, true",
      "ISTIMEWA,        8/2/0/0/0, false",
      // Baik: Baik at most 7 of 10, at least one Butuh Perbaikan or Kurang
      "BAIK,            2/7/1/0/0, true",
      "BAIK,            2/7/0/1/0, true",
      "BAIK,            1/8/1/0/0, false",
      "BAIK,            3/7/0/0/0, false",
      // Butuh Perbaikan: Butuh Perbaikan at least 6, Sangat Baik at most 1
      "BUTUH_PERBAIKAN, 1/3/6/0/0, true",
      "BUTUH_PERBAIKAN, 1/4/5/0/0, false",
      "BUTUH_PERBAIKAN, 2/2/6/0/0, false",
      // Kurang: Kurang at least 6, Butuh Perbaikan at least 1, Sangat Baik at most 1
      "KURANG,          1/1/1/7/0, true",
      "KURANG,          0/2/2/5/1, false",
      "KURANG,          0/3/0/7/0, false",
      "KURANG,          2/0/1/7/0, false",
      // Sangat Kurang: Sangat Kurang at least 6, Kurang and/or Butuh Perbaikan at least 1, no Sangat Baik
      "SANGAT_KURANG,   0/3/0/1/6, true",
      "SANGAT_KURANG,   0/0/1/0/9, true",
      "SANGAT_KURANG,   0/4/1/0/5, false",
      "SANGAT_KURANG,   0/4/0/0/6, false",
      "SANGAT_KURANG,   1/2/1/0/6, false"})
  void unitOfTen(String capaian, String distribution, boolean inside) {
    assertThat(KurvaDistribusi.periksa(limits(capaian), counts(distribution)).dalamKurva()).isEqualTo(inside);
  }

  @ParameterizedTest(name = "{0}: SB/B/BP/K/SK = {1} -> inside {2}")
  @CsvSource({
      // small units: MAKS rounds down, MIN rounds up
      "ISTIMEWA,        1/0/0/0/0, false",
      "ISTIMEWA,        0/1/0/0/0, true",
      "ISTIMEWA,        2/1/0/0/0, true",
      "BAIK,            0/1/0/0/0, false",
      "BAIK,            0/0/1/0/0, true",
      "BAIK,            0/1/1/0/0, true",
      "BUTUH_PERBAIKAN, 0/1/2/0/0, true",
      "BUTUH_PERBAIKAN, 0/2/1/0/0, false",
      "KURANG,          0/0/1/2/0, true",
      "SANGAT_KURANG,   0/0/0/1/1, false",
      "SANGAT_KURANG,   0/0/0/1/2, true"})
  void smallUnit(String capaian, String distribution, boolean inside) {
    assertThat(KurvaDistribusi.periksa(limits(capaian), counts(distribution)).dalamKurva()).isEqualTo(inside);
  }

  List<String> rows(String capaian) {
    return engine.getDecisionService().evaluateDecisionTableByKey("kurva-distribusi",
            Variables.putValue("capaianOrganisasi", capaian)).getResultList().stream()
        .map(r -> r.get("predikat") + " " + r.get("batas") + " " + r.get("persen")).toList();
  }

  /** Through the product's one gateway to the decision. */
  List<KurvaDistribusi.Batas> limits(String capaian) {
    return new KurvaDistribusiDecision(engine.getDecisionService(), engine.getRepositoryService(),
        engine.getIdentityService()).batas(capaian);
  }

  static Map<Predikat, Integer> counts(String distribution) {
    String[] n = distribution.strip().split("/");
    Map<Predikat, Integer> counts = new EnumMap<>(Predikat.class);
    Predikat[] order = Predikat.values();
    for (int i = 0; i < order.length; i++) {
      counts.put(order[i], Integer.parseInt(n[i]));
    }
    return counts;
  }
}
