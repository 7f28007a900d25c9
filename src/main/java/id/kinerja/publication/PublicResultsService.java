package id.kinerja.publication;

import id.kinerja.feedback.PublicReportService;
import id.kinerja.feedback.ServiceUnits;
import id.kinerja.feedback.SkmService;
import id.kinerja.kernel.Predikat;
import id.kinerja.kernel.Tahun;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The aggregates a unit publishes for a year: the predikat distribution of its staff (small cells
 * hidden, see {@link SmallCellSuppression}), its IKM and its complaint handling figures. Nothing
 * here reads a name, an NIP or a reporter's contact.
 */
@Service
class PublicResultsService {

  /** Predikat codes in display order, with their words. */
  static final Map<String, String> PREDIKAT = java.util.Collections.unmodifiableMap(java.util.Arrays.stream(Predikat.values())
      .collect(java.util.stream.Collectors.toMap(Predikat::name, Predikat::label, (a, b) -> a, LinkedHashMap::new)));

  private final JdbcClient jdbc;
  private final ServiceUnits units;
  private final SkmService skm;
  private final PublicReportService reports;
  private final RuntimeService runtime;
  private final PublicProperties properties;

  PublicResultsService(JdbcClient jdbc, ServiceUnits units, SkmService skm, PublicReportService reports,
      RuntimeService runtime, PublicProperties properties) {
    this.jdbc = jdbc;
    this.units = units;
    this.skm = skm;
    this.reports = reports;
    this.runtime = runtime;
    this.properties = properties;
  }

  /**
   * @param ratingsFinal false while an appraisal of the unit's year is still running: the
   *     distribution is withheld until then, so comparing today's figures with tomorrow's cannot
   *     reveal the one rating that arrived in between
   */
  record PredikatResults(boolean ratingsFinal, SmallCellSuppression.Distribution distribution) {}

  record UnitResults(ServiceUnits.Unit unit, int year, PredikatResults predikat, SkmService.YearIkm ikm,
      long skmRespondents, PublicReportService.Figures pengaduan, int minCell) {}

  Optional<UnitResults> results(String unitCode, Tahun year) {
    return units.find(unitCode).map(unit -> new UnitResults(unit, year.value(), predikat(unitCode, year),
        skm.ikm(unitCode, year.value()), skm.respondents(unitCode, year.value()), reports.figures(unitCode, year.value()),
        properties.selMinimum()));
  }

  /**
   * The nearest year before {@code year} that has something to show for the unit (a survey answer,
   * a report or a final predikat), so the page never links to an empty year.
   */
  Optional<Integer> previousYearWithResults(String unitCode, Tahun year) {
    LocalDateTime start = LocalDateTime.of(year.value(), 1, 1, 0, 0);
    Integer latest = null;
    for (LocalDateTime at : List.of(
        jdbc.sql("SELECT MAX(diisi_pada) FROM skm_respons WHERE unit_code = ? AND diisi_pada < ?")
            .params(unitCode, start).query(LocalDateTime.class).optional().orElse(LocalDateTime.MIN),
        jdbc.sql("SELECT MAX(diterima_pada) FROM laporan_publik WHERE unit_code = ? AND diterima_pada < ?")
            .params(unitCode, start).query(LocalDateTime.class).optional().orElse(LocalDateTime.MIN))) {
      if (at.getYear() >= 2000) {
        latest = latest == null ? at.getYear() : Math.max(latest, at.getYear());
      }
    }
    Integer rated = jdbc.sql("""
            SELECT MAX(p.tahun) FROM predikat_kinerja p JOIN org_employee e ON e.nip = p.nip
            WHERE e.unit_code = ? AND p.tahun < ?""")
        .params(unitCode, year.value()).query(Integer.class).optional().orElse(null);
    if (rated != null) {
      latest = latest == null ? rated : Math.max(latest, rated);
    }
    return Optional.ofNullable(latest);
  }

  /** The nearest later year with results, or the current year (whose figures are still growing). */
  Optional<Integer> nextYearWithResults(String unitCode, Tahun year, int currentYear) {
    if (year.value() >= currentYear) {
      return Optional.empty();
    }
    for (int candidate = year.value() + 1; candidate < currentYear; candidate++) {
      if (previousYearWithResults(unitCode, Tahun.of(candidate + 1)).orElse(0) == candidate) {
        return Optional.of(candidate);
      }
    }
    return Optional.of(currentYear);
  }

  private PredikatResults predikat(String unitCode, Tahun year) {
    Map<String, Long> counts = new LinkedHashMap<>();
    PREDIKAT.keySet().forEach(k -> counts.put(k, 0L));
    jdbc.sql("""
            SELECT pt.predikat, COUNT(*) FROM predikat_terkini pt JOIN org_employee e ON e.nip = pt.nip
            WHERE e.unit_code = ? AND pt.tahun = ? AND pt.predikat IS NOT NULL GROUP BY pt.predikat""")
        .params(unitCode, year.value())
        .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
        .list();
    boolean ratingsFinal = !appraisalsStillRunning(unitCode, year);
    SmallCellSuppression.Distribution distribution = SmallCellSuppression.apply(counts, PREDIKAT, properties.selMinimum());
    if (!ratingsFinal) {
      distribution = new SmallCellSuppression.Distribution(false, null,
          distribution.cells().stream().map(c -> new SmallCellSuppression.Cell(c.key(), c.label(), null)).toList());
    }
    return new PredikatResults(ratingsFinal, distribution);
  }

  private boolean appraisalsStillRunning(String unitCode, Tahun year) {
    List<String> instances = jdbc.sql("""
            SELECT s.process_instance_id FROM siklus_penilaian s JOIN org_employee e ON e.nip = s.nip
            WHERE e.unit_code = ? AND s.tahun = ?""")
        .params(unitCode, year.value()).query(String.class).list();
    for (int from = 0; from < instances.size(); from += 500) {
      List<String> chunk = instances.subList(from, Math.min(instances.size(), from + 500));
      if (runtime.createProcessInstanceQuery().processInstanceIds(new java.util.HashSet<>(chunk)).count() > 0) {
        return true;
      }
    }
    return false;
  }
}
