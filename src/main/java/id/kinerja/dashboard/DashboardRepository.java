package id.kinerja.dashboard;

import id.kinerja.kernel.Tahun;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboards' read-only SQL. Counts over the whole agency (40,000 appraisals) are aggregates,
 * which Camunda's query API cannot do: {@code TaskService#createTaskQuery} and native task queries
 * return task entities, so counting phases, overdue tasks and task ages per unit or per appraiser
 * through them would load every open task into memory on every page view. These statements read
 * only documented columns of Camunda's runtime tables ({@code ACT_RU_TASK}: PROC_INST_ID_,
 * TASK_DEF_KEY_, ASSIGNEE_, CREATE_TIME_, DUE_DATE_; {@code ACT_RU_EXECUTION}: ID_, PROC_INST_ID_,
 * ACT_ID_), never write them, and join them to the product's own {@code siklus_penilaian}, which
 * names each year's process instance. Where a page needs a handful of instances (the appraiser's
 * subordinates) {@link DashboardService} uses the public API instead.
 */
@Repository
class DashboardRepository {

  private static final Pattern ELEMENT_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  /** Rating to a 1..3 score: Di Bawah 1, Sesuai 2, Di Atas 3. */
  static final String SCORE_HASIL = "CASE p.hasil_kerja WHEN 'DI_ATAS' THEN 3 WHEN 'SESUAI' THEN 2 ELSE 1 END";
  static final String SCORE_PERILAKU = "CASE p.perilaku_kerja WHEN 'DI_ATAS' THEN 3 WHEN 'SESUAI' THEN 2 ELSE 1 END";
  /**
   * The predikat an employee's year has now (view {@code predikat_terkini}, the one answer the PDF,
   * the export and the public page read too). Needs the joins of {@link #CURRENT_PREDIKAT_JOINS}.
   */
  static final String CURRENT_PREDIKAT = "pt.predikat";
  /** The predikat where it is final, else NULL. */
  static final String FINAL_PREDIKAT = "CASE WHEN pt.sumber = 'FINAL' THEN pt.predikat END";
  static final String CURRENT_PREDIKAT_JOINS = "LEFT JOIN predikat_terkini pt ON pt.skp_id = skp.id";

  private final JdbcClient jdbc;
  private final String taskRank;
  private final String activityRank;

  DashboardRepository(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
    this.taskRank = rankCase("t.TASK_DEF_KEY_");
    this.activityRank = rankCase("x.ACT_ID_");
  }

  record Unit(String code, String name, String parent) {}

  record UnitPhaseCount(String unit, Fase fase, long count) {}

  record UnitCount(String unit, long count) {}

  record UnitObjections(String unit, long total, long open) {}

  record UnitPredikatCount(String unit, String predikat, long count) {}

  record Workload(String assignee, String name, long openTasks, long overdueTasks, LocalDateTime oldestTask,
      double meanCreatedEpochSecond) {}

  record RatingSums(String penilai, String rateeUnit, long count, long hasilSum, long perilakuSum, long diAtas) {}

  record Feedback360(String penilai, long count, double perilakuMean, double skor360Mean) {}

  List<Unit> units() {
    return jdbc.sql("SELECT code, name, parent_code FROM org_unit ORDER BY code")
        .query((rs, i) -> new Unit(rs.getString(1), rs.getString(2), rs.getString(3))).list();
  }

  List<UnitCount> activeEmployeesPerUnit() {
    return jdbc.sql("SELECT unit_code, COUNT(*) FROM org_employee WHERE active = TRUE GROUP BY unit_code")
        .query((rs, i) -> new UnitCount(rs.getString(1), rs.getLong(2))).list();
  }

  /** Appraisals of the year per unit of the employee and phase (see {@link Fase}). */
  List<UnitPhaseCount> phasesPerUnit(Tahun tahun) {
    String sql = """
        SELECT f.unit_code, f.fase, COUNT(*) FROM (
          SELECT e.unit_code,
                 COALESCE(tr.rank_, xr.rank_, CASE WHEN r.ID_ IS NULL THEN %d ELSE %d END) AS fase
          FROM siklus_penilaian s
          JOIN org_employee e ON e.nip = s.nip
          LEFT JOIN ACT_RU_EXECUTION r ON r.ID_ = s.process_instance_id
          LEFT JOIN (SELECT t.PROC_INST_ID_ AS pid, MAX(%s) AS rank_ FROM ACT_RU_TASK t
                     GROUP BY t.PROC_INST_ID_) tr ON tr.pid = s.process_instance_id
          LEFT JOIN (SELECT x.PROC_INST_ID_ AS pid, MAX(%s) AS rank_ FROM ACT_RU_EXECUTION x
                     WHERE x.ACT_ID_ IS NOT NULL GROUP BY x.PROC_INST_ID_) xr ON xr.pid = s.process_instance_id
          WHERE s.tahun = ?
        ) f GROUP BY f.unit_code, f.fase""".formatted(Fase.SELESAI.ordinal(), Fase.LAINNYA.ordinal(), taskRank, activityRank);
    return jdbc.sql(sql).param(tahun.value())
        .query((rs, i) -> new UnitPhaseCount(rs.getString(1), Fase.ofRank(rs.getInt(2)), rs.getLong(3))).list();
  }

  /** Open tasks of the year's appraisals whose due date has passed, per unit of the employee. */
  List<UnitCount> overduePerUnit(Tahun tahun, LocalDateTime now) {
    return jdbc.sql("""
            SELECT e.unit_code, COUNT(*)
            FROM ACT_RU_TASK t
            JOIN siklus_penilaian s ON s.process_instance_id = t.PROC_INST_ID_
            JOIN org_employee e ON e.nip = s.nip
            WHERE s.tahun = ? AND t.DUE_DATE_ < ?
            GROUP BY e.unit_code""")
        .params(tahun.value(), Timestamp.valueOf(now))
        .query((rs, i) -> new UnitCount(rs.getString(1), rs.getLong(2))).list();
  }

  List<UnitObjections> objectionsPerUnit(Tahun tahun) {
    return jdbc.sql("""
            SELECT e.unit_code, COUNT(*), SUM(CASE WHEN k.keputusan IS NULL THEN 1 ELSE 0 END)
            FROM keberatan k
            JOIN skp ON skp.id = k.skp_id
            JOIN org_employee e ON e.nip = skp.nip
            WHERE skp.tahun = ?
            GROUP BY e.unit_code""")
        .param(tahun.value())
        .query((rs, i) -> new UnitObjections(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
  }

  /** Each unit's own employees (not those of units below) by their current predikat of the year. */
  List<UnitPredikatCount> predikatPerUnit(Tahun tahun) {
    return jdbc.sql("""
            SELECT e.unit_code, %1$s, COUNT(*)
            FROM skp
            JOIN org_employee e ON e.nip = skp.nip
            %2$s
            WHERE skp.tahun = ? AND %1$s IS NOT NULL
            GROUP BY e.unit_code, %1$s""".formatted(CURRENT_PREDIKAT, CURRENT_PREDIKAT_JOINS))
        .param(tahun.value())
        .query((rs, i) -> new UnitPredikatCount(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
  }

  record ObjectionCurveChange(long id, String unit, String nip, String name, String predikatSebelum,
      String predikatSesudah, LocalDateTime dicatatPada, FollowUp tindakLanjut) {}

  /** How BKPSDM followed up such an entry; null while it has not. */
  record FollowUp(String oleh, String olehNama, LocalDateTime pada, String catatan) {}

  /**
   * Objection decisions of the year that changed a released predikat and left their unit outside
   * its curve (kalibrasi_keberatan): those not followed up yet first, newest first.
   */
  List<ObjectionCurveChange> objectionsBreakingTheCurve(Tahun tahun, int limit) {
    return jdbc.sql("""
            SELECT kk.id, kk.unit_code, kk.nip, e.name, kk.predikat_sebelum, kk.predikat_sesudah, kk.dicatat_pada,
                   kk.ditindaklanjuti_oleh, COALESCE(t.name, kk.ditindaklanjuti_oleh) AS oleh_nama,
                   kk.ditindaklanjuti_pada, kk.catatan_tindak_lanjut
            FROM kalibrasi_keberatan kk JOIN org_employee e ON e.nip = kk.nip
                 LEFT JOIN org_employee t ON t.nip = kk.ditindaklanjuti_oleh
            WHERE kk.tahun = ? AND kk.dalam_kurva = FALSE
            ORDER BY CASE WHEN kk.ditindaklanjuti_pada IS NULL THEN 0 ELSE 1 END, kk.dicatat_pada DESC, kk.id DESC
            FETCH FIRST %d ROWS ONLY""".formatted(limit))
        .param(tahun.value())
        .query((rs, i) -> new ObjectionCurveChange(rs.getLong("id"), rs.getString("unit_code"), rs.getString("nip"),
            rs.getString("name"), rs.getString("predikat_sebelum"), rs.getString("predikat_sesudah"),
            rs.getTimestamp("dicatat_pada").toLocalDateTime(),
            rs.getString("ditindaklanjuti_oleh") == null ? null : new FollowUp(rs.getString("ditindaklanjuti_oleh"),
                rs.getString("oleh_nama"), rs.getTimestamp("ditindaklanjuti_pada").toLocalDateTime(),
                rs.getString("catatan_tindak_lanjut"))))
        .list();
  }

  /** A unit's justification for leaving its curve that BKPSDM accepted. */
  record AcceptedJustification(String unit, String olehNama, LocalDateTime pada) {}

  /** Per unit, the latest accepted justification of the year. */
  Map<String, AcceptedJustification> acceptedJustifications(Tahun tahun) {
    Map<String, AcceptedJustification> latest = new HashMap<>();
    jdbc.sql("""
            SELECT j.unit_code, COALESCE(e.name, j.diputus_oleh), j.diputus_pada
            FROM kalibrasi_justifikasi j LEFT JOIN org_employee e ON e.nip = j.diputus_oleh
            WHERE j.tahun = ? AND j.diterima = TRUE AND j.diputus_pada IS NOT NULL
            ORDER BY j.diputus_pada, j.id""")
        .param(tahun.value())
        .query((rs, i) -> latest.put(rs.getString(1),
            new AcceptedJustification(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime())))
        .list();
    return latest;
  }

  /** Per unit, how many objection decisions of the year changed a predikat after the unit's release. */
  Map<String, Long> objectionDecisionsPerUnit(Tahun tahun) {
    Map<String, Long> counts = new HashMap<>();
    jdbc.sql("SELECT unit_code, COUNT(*) FROM kalibrasi_keberatan WHERE tahun = ? GROUP BY unit_code")
        .param(tahun.value())
        .query((rs, i) -> counts.put(rs.getString(1), rs.getLong(2)))
        .list();
    return counts;
  }

  /** How many such entries of the year BKPSDM has not followed up yet. */
  long objectionsBreakingTheCurveOpen(Tahun tahun) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM kalibrasi_keberatan
            WHERE tahun = ? AND dalam_kurva = FALSE AND ditindaklanjuti_pada IS NULL""")
        .param(tahun.value()).query(Long.class).single();
  }

  /** Records BKPSDM's follow-up of one flagged entry, once: false if it was followed up already. */
  boolean recordFollowUp(long id, String oleh, LocalDateTime pada, String catatan) {
    return jdbc.sql("""
            UPDATE kalibrasi_keberatan SET ditindaklanjuti_oleh = ?, ditindaklanjuti_pada = ?, catatan_tindak_lanjut = ?
            WHERE id = ? AND dalam_kurva = FALSE AND ditindaklanjuti_pada IS NULL""")
        .params(oleh, pada, catatan, id).update() == 1;
  }

  /** The follow-up recorded on an entry, if any. */
  Optional<FollowUp> followUpOf(long id) {
    return jdbc.sql("""
            SELECT kk.ditindaklanjuti_oleh, COALESCE(t.name, kk.ditindaklanjuti_oleh) AS oleh_nama,
                   kk.ditindaklanjuti_pada, kk.catatan_tindak_lanjut
            FROM kalibrasi_keberatan kk LEFT JOIN org_employee t ON t.nip = kk.ditindaklanjuti_oleh
            WHERE kk.id = ? AND kk.ditindaklanjuti_pada IS NOT NULL""")
        .param(id)
        .query((rs, i) -> new FollowUp(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime(),
            rs.getString(4)))
        .optional();
  }

  /** The year of an entry that left its unit outside the curve; empty for any other id. */
  Optional<Tahun> flaggedObjectionYear(long id) {
    return jdbc.sql("SELECT tahun FROM kalibrasi_keberatan WHERE id = ? AND dalam_kurva = FALSE")
        .param(id).query(Integer.class).optional().map(Tahun::of);
  }

  Map<String, String> capaianPerUnit(Tahun tahun) {
    Map<String, String> capaian = new HashMap<>();
    jdbc.sql("SELECT unit_code, capaian FROM capaian_organisasi WHERE tahun = ?").param(tahun.value())
        .query(rs -> {
          capaian.put(rs.getString(1), rs.getString(2));
        });
    return capaian;
  }

  /**
   * Open tasks of the year's appraisals held by somebody other than the appraised employee (the
   * appraisers and atasan), slowest first: by their oldest open task.
   */
  List<Workload> workload(Tahun tahun, LocalDateTime now, int limit) {
    return jdbc.sql("""
            SELECT w.assignee, e.name, w.open_tasks, w.overdue, w.oldest, w.mean_created
            FROM (SELECT t.ASSIGNEE_ AS assignee, COUNT(*) AS open_tasks,
                         SUM(CASE WHEN t.DUE_DATE_ < ? THEN 1 ELSE 0 END) AS overdue,
                         MIN(t.CREATE_TIME_) AS oldest,
                         AVG(EXTRACT(EPOCH FROM t.CREATE_TIME_)) AS mean_created
                  FROM ACT_RU_TASK t
                  JOIN siklus_penilaian s ON s.process_instance_id = t.PROC_INST_ID_
                  WHERE s.tahun = ? AND t.ASSIGNEE_ IS NOT NULL AND t.ASSIGNEE_ <> s.nip
                  GROUP BY t.ASSIGNEE_) w
            LEFT JOIN org_employee e ON e.nip = w.assignee
            ORDER BY w.oldest, w.assignee
            LIMIT ?""")
        .params(Timestamp.valueOf(now), tahun.value(), limit)
        .query((rs, i) -> new Workload(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
            rs.getTimestamp(5).toLocalDateTime(), rs.getDouble(6)))
        .list();
  }

  /** How many people hold appraisal tasks of the year, and how many such tasks are open. */
  long[] workloadTotals(Tahun tahun) {
    return jdbc.sql("""
            SELECT COUNT(DISTINCT t.ASSIGNEE_), COUNT(*)
            FROM ACT_RU_TASK t
            JOIN siklus_penilaian s ON s.process_instance_id = t.PROC_INST_ID_
            WHERE s.tahun = ? AND t.ASSIGNEE_ IS NOT NULL AND t.ASSIGNEE_ <> s.nip""")
        .param(tahun.value())
        .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
  }

  /** Annual ratings of the year per appraiser and unit of the rated employee, as 1..3 score sums. */
  List<RatingSums> annualRatingSums(Tahun tahun) {
    return jdbc.sql("""
            SELECT p.penilai, e.unit_code, COUNT(*), SUM(%s), SUM(%s),
                   SUM(CASE WHEN p.hasil_kerja = 'DI_ATAS' THEN 1 ELSE 0 END)
                 + SUM(CASE WHEN p.perilaku_kerja = 'DI_ATAS' THEN 1 ELSE 0 END)
            FROM penilaian p
            JOIN skp ON skp.id = p.skp_id
            JOIN org_employee e ON e.nip = skp.nip
            WHERE skp.tahun = ? AND p.jenis = 'TAHUNAN'
            GROUP BY p.penilai, e.unit_code""".formatted(SCORE_HASIL, SCORE_PERILAKU))
        .param(tahun.value())
        .query((rs, i) -> new RatingSums(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
            rs.getLong(5), rs.getLong(6)))
        .list();
  }

  record Person(String nip, String name, String unit) {}

  /** Name and unit of each NIP that is an employee (others, e.g. an official outside, are left out). */
  Map<String, Person> people(List<String> nips) {
    Map<String, Person> people = new HashMap<>();
    for (int from = 0; from < nips.size(); from += 1000) {
      List<String> chunk = nips.subList(from, Math.min(nips.size(), from + 1000));
      jdbc.sql("SELECT nip, name, unit_code FROM org_employee WHERE nip IN (:nips)").param("nips", chunk)
          .query(rs -> {
            people.put(rs.getString(1), new Person(rs.getString(1), rs.getString(2), rs.getString(3)));
          });
    }
    return people;
  }

  /** Whether any 360 feedback answer ({@code umpan_balik_360}, skor 1..5) exists for the year. */
  boolean has360Answers(Tahun tahun) {
    return jdbc.sql("SELECT COUNT(*) FROM umpan_balik_360 WHERE tahun = ?").param(tahun.value())
        .query(Long.class).single() > 0;
  }

  /**
   * Per appraiser: the Perilaku Kerja ratings given (1..3) and the mean 360 score (1..5) of the same
   * employees, over those employees that have 360 answers in the year.
   */
  List<Feedback360> perilakuAgainst360(Tahun tahun) {
    return jdbc.sql("""
            SELECT p.penilai, COUNT(*), AVG(CAST(%s AS DOUBLE PRECISION)), AVG(f.skor_rata)
            FROM penilaian p
            JOIN skp ON skp.id = p.skp_id
            JOIN (SELECT nip_dinilai, AVG(CAST(skor AS DOUBLE PRECISION)) AS skor_rata
                  FROM umpan_balik_360 WHERE tahun = ? GROUP BY nip_dinilai) f ON f.nip_dinilai = skp.nip
            WHERE skp.tahun = ? AND p.jenis = 'TAHUNAN'
            GROUP BY p.penilai""".formatted(SCORE_PERILAKU))
        .params(tahun.value(), tahun.value())
        .query((rs, i) -> new Feedback360(rs.getString(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4)))
        .list();
  }

  record Subordinate(String nip, String name, String position, String processInstanceId) {}

  List<Subordinate> subordinates(String appraiser, Tahun tahun) {
    return jdbc.sql("""
            SELECT e.nip, e.name, e.position_name, s.process_instance_id
            FROM org_employee e
            LEFT JOIN siklus_penilaian s ON s.nip = e.nip AND s.tahun = ?
            WHERE e.supervisor_nip = ? AND e.active = TRUE
            ORDER BY e.name, e.nip""")
        .params(tahun.value(), appraiser)
        .query((rs, i) -> new Subordinate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list();
  }

  record Ratings(String nip, Integer periode, String hasilPeriodik, String perilakuPeriodik,
      String hasilTahunan, String perilakuTahunan, String predikat, boolean predikatFinal) {}

  /** The latest periodic rating, the annual rating and the current predikat of each employee. */
  Map<String, Ratings> ratings(List<String> nips, Tahun tahun) {
    Map<String, Ratings> ratings = new HashMap<>();
    if (nips.isEmpty()) {
      return ratings;
    }
    jdbc.sql("""
            SELECT skp.nip, pp.periode, pp.hasil_kerja, pp.perilaku_kerja, p.hasil_kerja, p.perilaku_kerja,
                   %s, %s
            FROM skp
            %s
            LEFT JOIN penilaian p ON p.skp_id = skp.id AND p.jenis = 'TAHUNAN'
                 AND p.id = (SELECT MAX(t.id) FROM penilaian t WHERE t.skp_id = skp.id AND t.jenis = 'TAHUNAN')
            LEFT JOIN penilaian pp ON pp.skp_id = skp.id AND pp.jenis = 'PERIODIK'
                 AND pp.periode = (SELECT MAX(q.periode) FROM penilaian q WHERE q.skp_id = skp.id AND q.jenis = 'PERIODIK')
            WHERE skp.tahun = :tahun AND skp.nip IN (:nips)""".formatted(CURRENT_PREDIKAT, FINAL_PREDIKAT,
            CURRENT_PREDIKAT_JOINS))
        .param("tahun", tahun.value()).param("nips", nips)
        .query(rs -> {
          int periode = rs.getInt(2);
          // read right after the column: wasNull() answers for the last column read
          boolean noPeriod = rs.wasNull();
          ratings.put(rs.getString(1), new Ratings(rs.getString(1), noPeriod ? null : periode,
              rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
              rs.getString(8) != null));
        });
    return ratings;
  }

  /** CASE expression ranking an element id by its phase (ids are our own constants, checked). */
  private static String rankCase(String column) {
    List<String> whens = new ArrayList<>();
    Fase.byElement().forEach((element, fase) -> {
      if (!ELEMENT_ID.matcher(element).matches()) {
        throw new IllegalStateException("Unexpected element id " + element);
      }
      whens.add("WHEN '" + element + "' THEN " + fase.ordinal());
    });
    return "CASE " + column + " " + String.join(" ", whens) + " ELSE NULL END";
  }

}
