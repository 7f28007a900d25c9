package id.kinerja.publication;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The unit's distribution curve: its actual predikat counts and the limits that the DMN
 * {@code kurva-distribusi} sets for its capaian kinerja organisasi. The limits are the process
 * owner's table, evaluated each time; nothing about them is in Java but the rounding the table's
 * description prescribes (MAKS rounds down, MIN rounds up).
 */
@Component
class DistributionCurve {

  static final String DECISION = "kurva-distribusi";

  private final DecisionService decisionService;
  private final DocumentData data;

  DistributionCurve(DecisionService decisionService, DocumentData data) {
    this.decisionService = decisionService;
    this.data = data;
  }

  /** One limit: the predikat counted together, MAKS or MIN, the percentage and its wording. */
  record Limit(List<Predikat> predikat, String batas, int persen, String keterangan) {

    boolean maximum() {
      return "MAKS".equals(batas);
    }

    /** The number of employees the limit allows (MAKS) or requires (MIN) in a unit of {@code total}. */
    int people(int total) {
      double exact = persen * (double) total / 100;
      return maximum() ? (int) Math.floor(exact + 1e-9) : (int) Math.ceil(exact - 1e-9);
    }

    int actual(Map<Predikat, Integer> counts) {
      return predikat.stream().mapToInt(p -> counts.getOrDefault(p, 0)).sum();
    }

    boolean met(Map<Predikat, Integer> counts, int total) {
      int actual = actual(counts);
      return maximum() ? actual <= people(total) : actual >= people(total);
    }
  }

  record Curve(String unitKode, String capaian, Map<Predikat, Integer> counts, int total, List<Limit> limits) {

    boolean met() {
      return limits.stream().allMatch(l -> l.met(counts, total));
    }
  }

  Curve of(String unitKode, int tahun) {
    Map<Predikat, Integer> counts = data.sebaranPredikat(unitKode, tahun);
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    String capaian = data.capaianOrganisasi(unitKode, tahun).map(DocumentData.CapaianOrganisasi::capaian).orElse(null);
    return new Curve(unitKode, capaian, counts, total, capaian == null ? List.of() : limits(capaian));
  }

  List<Limit> limits(String capaianOrganisasi) {
    DmnDecisionResult result = decisionService.evaluateDecisionByKey(DECISION)
        .variables(Variables.putValue("capaianOrganisasi", capaianOrganisasi))
        .evaluate();
    List<Limit> limits = new ArrayList<>();
    for (Map<String, Object> row : result.getResultList()) {
      List<Predikat> predikat = Arrays.stream(String.valueOf(row.get("predikat")).split(","))
          .map(code -> Predikat.parse(code).orElseThrow(() -> new IllegalStateException(
              "DMN " + DECISION + " names an unknown predikat '" + code + "'")))
          .toList();
      Object persen = row.get("persen");
      limits.add(new Limit(predikat, String.valueOf(row.get("batas")),
          persen instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(persen)),
          row.get("keterangan") == null ? "" : String.valueOf(row.get("keterangan"))));
    }
    return limits;
  }
}
