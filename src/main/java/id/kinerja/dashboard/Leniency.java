package id.kinerja.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rater leniency: how each appraiser's annual ratings compare with their unit's and with the 360
 * answers about the same employees. Ratings are scored Di Bawah 1, Sesuai 2, Di Atas 3; an
 * employee's score is the mean of their Hasil Kerja and Perilaku Kerja scores.
 *
 * <ul>
 *   <li>against the unit: the appraiser's mean minus the mean of every annual rating of employees
 *   in the appraiser's own unit and the units below it (all appraisers there, the appraiser
 *   included). Positive: more generous than the unit.
 *   <li>against 360: over the employees that have 360 answers, the appraiser's mean Perilaku Kerja
 *   score minus the mean 360 score mapped from 1..5 onto 1..3 ({@code 1 + (skor - 1) / 2}).
 *   Positive: the appraiser sees the behaviour more favourably than colleagues do.
 * </ul>
 */
final class Leniency {

  record Row(String penilai, String name, String unit, String unitName, long ratings, double mean,
      long unitRatings, double unitMean, double selisih, double persenDiAtas,
      Long ratings360, Double perilakuMean, Double skor360, Double skor360Skala3, Double selisih360) {

    public boolean soleRaterOfUnit() {
      return unitRatings == ratings;
    }
  }

  private Leniency() {}

  static double scale360To3(double skor) {
    return 1 + (skor - 1) / 2;
  }

  static List<Row> compute(List<DashboardRepository.RatingSums> sums, UnitTree tree,
      Map<String, DashboardRepository.Person> people, List<DashboardRepository.Feedback360> feedback360) {
    // per appraiser, and per unit with everything below it: number of single ratings and score sum
    Map<String, long[]> perAppraiser = new LinkedHashMap<>();
    Map<String, String> firstRateeUnit = new HashMap<>();
    Map<String, long[]> perUnitTree = new HashMap<>();
    for (DashboardRepository.RatingSums s : sums) {
      long[] a = perAppraiser.computeIfAbsent(s.penilai(), k -> new long[3]);
      a[0] += s.count();
      a[1] += s.hasilSum() + s.perilakuSum();
      a[2] += s.diAtas();
      firstRateeUnit.putIfAbsent(s.penilai(), s.rateeUnit());
      for (String unit : tree.selfAndAncestors(s.rateeUnit())) {
        long[] u = perUnitTree.computeIfAbsent(unit, k -> new long[2]);
        u[0] += s.count();
        u[1] += s.hasilSum() + s.perilakuSum();
      }
    }
    Map<String, DashboardRepository.Feedback360> by360 = new HashMap<>();
    if (feedback360 != null) {
      feedback360.forEach(f -> by360.put(f.penilai(), f));
    }
    List<Row> rows = new ArrayList<>();
    perAppraiser.forEach((penilai, a) -> {
      DashboardRepository.Person person = people.get(penilai);
      String unit = person != null && person.unit() != null ? person.unit() : firstRateeUnit.get(penilai);
      long[] u = perUnitTree.getOrDefault(unit, a);
      double mean = a[1] / (2.0 * a[0]);
      double unitMean = u[1] / (2.0 * u[0]);
      DashboardRepository.Feedback360 f = by360.get(penilai);
      rows.add(new Row(penilai, person == null ? penilai : person.name(), unit, tree.name(unit), a[0], mean,
          u[0], unitMean, mean - unitMean, 100.0 * a[2] / (2.0 * a[0]),
          f == null ? null : f.count(), f == null ? null : f.perilakuMean(), f == null ? null : f.skor360Mean(),
          f == null ? null : scale360To3(f.skor360Mean()),
          f == null ? null : f.perilakuMean() - scale360To3(f.skor360Mean())));
    });
    rows.sort(Comparator.comparingDouble((Row r) -> -Math.abs(r.selisih())).thenComparing(Row::penilai));
    return rows;
  }
}
