package id.kinerja.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One limit of a unit's distribution curve (a row of the DMN kurva-distribusi) checked against the
 * unit's predikat counts: MAKS allows at most floor(persen% of n) employees with the listed
 * predikat, MIN requires at least ceil(persen% of n).
 */
record CurveCheck(List<String> predikat, String batas, int persen, String keterangan, int n, long count, long limit) {

  static final String MAKS = "MAKS";
  static final String MIN = "MIN";

  static CurveCheck of(String predikatCodes, String batas, int persen, String keterangan,
      Map<String, Long> countsByPredikat, int n) {
    List<String> codes = Arrays.stream(predikatCodes.split(",")).map(String::trim).filter(c -> !c.isEmpty()).toList();
    long count = codes.stream().mapToLong(code -> countsByPredikat.getOrDefault(code, 0L)).sum();
    long limit;
    if (MAKS.equals(batas)) {
      limit = Math.floorDiv((long) persen * n, 100);
    } else if (MIN.equals(batas)) {
      limit = -Math.floorDiv(-(long) persen * n, 100);
    } else {
      throw new IllegalStateException("kurva-distribusi: batas '" + batas + "' is neither MAKS nor MIN");
    }
    return new CurveCheck(codes, batas, persen, keterangan, n, count, limit);
  }

  public boolean ok() {
    return MAKS.equals(batas) ? count <= limit : count >= limit;
  }

  /** E.g. "paling banyak 7" / "paling sedikit 1". */
  public String limitText() {
    return (MAKS.equals(batas) ? "paling banyak " : "paling sedikit ") + limit;
  }
}
