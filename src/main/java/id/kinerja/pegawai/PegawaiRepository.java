package id.kinerja.pegawai;

import id.kinerja.kernel.Nip;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the desk reads of the organisation and the appraisal tables, and its audit; SQL for H2 and PostgreSQL. */
@Repository
class PegawaiRepository {

  /** One line of the search results. */
  record Hit(String nip, String nama, String jabatan, String unit, boolean aktif) {}

  record Detail(String nip, String nama, String status, String jabatan, String jenisJabatan, String unitKode,
      String unit, String email, String atasanNip, boolean aktif, String alasanKeluar, LocalDateTime keluarPada,
      boolean kepalaUnit) {}

  record Person(String nip, String nama, String jabatan, boolean aktif) {}

  record UnitRow(String kode, String nama, String indukKode, String instansiKode, String instansiNama) {}

  record Jabatan(String nama, String jenis) {}

  record Tahun(int tahun, String processInstanceId, String predikat) {}

  record Perubahan(long id, String jenis, String oleh, String olehNama, LocalDateTime pada, String sebelum,
      String sesudah) {}

  private static final int COUNT_BOUND = 2000;

  private final JdbcClient sql;

  PegawaiRepository(JdbcClient sql) {
    this.sql = sql;
  }

  /**
   * Employees with, for every word, a word of theirs (name, position, unit, NIP and its parts)
   * starting with it; by the longest typed word's matches in the order of that word, then the name.
   * The longest word drives a range scan of the word index that stops after the first page; every
   * other word is probed per employee. Neither reads every employee, however many there are.
   */
  List<Hit> search(List<String> words, int limit) {
    if (words.isEmpty()) {
      return List.of();
    }
    List<String> ordered = new ArrayList<>(words);
    if (ordered.size() > 1) {
      // the rarest word drives the scan: each counted up to a bound (one query for all), so a common
      // word costs no more than that
      StringBuilder counts = new StringBuilder("SELECT ");
      Map<String, Object> p = new HashMap<>();
      for (int i = 0; i < ordered.size(); i++) {
        counts.append(i == 0 ? "" : ", ").append("(SELECT COUNT(*) FROM (SELECT k.nip FROM pegawai_kata k WHERE ")
            .append(range("k", i, ordered.get(i))).append(" FETCH FIRST ").append(COUNT_BOUND).append(" ROWS ONLY) c")
            .append(i).append(")");
        bind(p, i, ordered.get(i));
      }
      List<String> byWord = List.copyOf(ordered);
      Map<String, Long> count = new HashMap<>();
      sql.sql(counts.append(" FROM org_agency FETCH FIRST 1 ROWS ONLY").toString()).params(p).query((rs, n) -> {
        for (int i = 0; i < byWord.size(); i++) {
          count.put(byWord.get(i), rs.getLong(i + 1));
        }
        return n;
      }).list();
      ordered.sort(java.util.Comparator.<String>comparingLong(w -> count.getOrDefault(w, 0L))
          .thenComparing(java.util.Comparator.comparingInt(String::length).reversed()));
    }
    StringBuilder candidates = new StringBuilder("SELECT k.nip, k.kata, k.nama FROM pegawai_kata k WHERE ")
        .append(range("k", 0, ordered.get(0)));
    Map<String, Object> params = new HashMap<>();
    bind(params, 0, ordered.get(0));
    for (int i = 1; i < ordered.size(); i++) {
      candidates.append(" AND EXISTS (SELECT 1 FROM pegawai_kata k").append(i).append(" WHERE k").append(i)
          .append(".nip = k.nip AND ").append(range("k" + i, i, ordered.get(i))).append(")");
      bind(params, i, ordered.get(i));
    }
    // an employee with two matching words appears twice: read a few more than a page
    candidates.append(" ORDER BY k.kata, k.nama, k.nip FETCH FIRST ").append(limit * 3).append(" ROWS ONLY");
    Map<String, Hit> hits = new java.util.LinkedHashMap<>();
    sql.sql("SELECT e.nip, e.name, e.position_name, u.name, e.active FROM (" + candidates + ") c"
            + " JOIN org_employee e ON e.nip = c.nip JOIN org_unit u ON u.code = e.unit_code"
            + " ORDER BY c.kata, c.nama, c.nip")
        .params(params)
        .query((rs, n) -> hits.putIfAbsent(rs.getString(1),
            new Hit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5))))
        .list();
    return hits.values().stream().limit(limit).toList();
  }

  private static String range(String alias, int i, String word) {
    return alias + ".kata >= :a" + i + (PegawaiIndeks.upperBound(word) == null ? "" : " AND " + alias + ".kata < :b" + i);
  }

  private static void bind(Map<String, Object> params, int i, String word) {
    params.put("a" + i, word);
    String upper = PegawaiIndeks.upperBound(word);
    if (upper != null) {
      params.put("b" + i, upper);
    }
  }

  Optional<Detail> detail(Nip nip) {
    return sql.sql("""
            SELECT e.nip, e.name, e.status, e.position_name, p.kind, e.unit_code, u.name, e.email, e.supervisor_nip,
                   e.active, e.left_reason, e.left_at, u.head_nip
            FROM org_employee e JOIN org_unit u ON u.code = e.unit_code
            LEFT JOIN org_position p ON p.name = e.position_name WHERE e.nip = ?""")
        .param(nip.value())
        .query((rs, n) -> {
          Timestamp left = rs.getTimestamp(12);
          return new Detail(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getBoolean(10), rs.getString(11),
              left == null ? null : left.toLocalDateTime(), nip.value().equals(rs.getString(13)));
        })
        .optional();
  }

  Optional<Person> person(Nip nip) {
    return sql.sql("SELECT nip, name, position_name, active FROM org_employee WHERE nip = ?").param(nip.value())
        .query((rs, n) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4))).optional();
  }

  Optional<String> supervisorOf(Nip nip) {
    return sql.sql("SELECT supervisor_nip FROM org_employee WHERE nip = ?").param(nip.value())
        .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(o -> o);
  }

  List<Person> activeSubordinates(Nip nip) {
    return sql.sql("SELECT nip, name, position_name, active FROM org_employee WHERE supervisor_nip = ? AND active = TRUE"
            + " ORDER BY name").param(nip.value())
        .query((rs, n) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4))).list();
  }

  Map<String, String> names(Collection<String> nips) {
    Set<String> wanted = new LinkedHashSet<>(nips);
    wanted.remove(null);
    Map<String, String> names = new HashMap<>();
    if (!wanted.isEmpty()) {
      sql.sql("SELECT nip, name FROM org_employee WHERE nip IN (:nips)").param("nips", wanted)
          .query((rs, n) -> names.put(rs.getString(1), rs.getString(2))).list();
    }
    return names;
  }

  List<UnitRow> units() {
    return sql.sql("""
            SELECT u.code, u.name, u.parent_code, a.code, a.name FROM org_unit u
            JOIN org_agency a ON a.code = u.agency_code WHERE u.closed_at IS NULL ORDER BY u.name""")
        .query((rs, n) -> new UnitRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
        .list();
  }

  Optional<UnitRow> unit(String code) {
    return sql.sql("""
            SELECT u.code, u.name, u.parent_code, a.code, a.name FROM org_unit u
            JOIN org_agency a ON a.code = u.agency_code WHERE u.code = ?""").param(code)
        .query((rs, n) -> new UnitRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
        .optional();
  }

  /** A closed unit (pohon unit kerja) is no longer offered nor accepted for a new employee or a change. */
  boolean unitClosed(String code) {
    return sql.sql("SELECT COUNT(*) FROM org_unit WHERE code = ? AND closed_at IS NOT NULL").param(code)
        .query(Integer.class).single() > 0;
  }

  List<Jabatan> positions() {
    return sql.sql("SELECT name, kind FROM org_position ORDER BY name")
        .query((rs, n) -> new Jabatan(rs.getString(1), rs.getString(2))).list();
  }

  Optional<Jabatan> position(String name) {
    return sql.sql("SELECT name, kind FROM org_position WHERE name = ?").param(name)
        .query((rs, n) -> new Jabatan(rs.getString(1), rs.getString(2))).optional();
  }

  /**
   * The years the employee has an appraisal or a predikat for, newest first, each with the predikat it
   * has now (view predikat_terkini, as the dashboard, the PDF, the export and the public page read it).
   */
  List<Tahun> years(Nip nip) {
    Map<Integer, String> instances = new HashMap<>();
    sql.sql("SELECT tahun, process_instance_id FROM siklus_penilaian WHERE nip = ?").param(nip.value())
        .query((rs, n) -> instances.put(rs.getInt(1), rs.getString(2))).list();
    Map<Integer, String> predikat = new HashMap<>();
    sql.sql("SELECT tahun, predikat FROM predikat_terkini WHERE nip = ? AND predikat IS NOT NULL").param(nip.value())
        .query((rs, n) -> predikat.put(rs.getInt(1), rs.getString(2))).list();
    Set<Integer> all = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
    all.addAll(instances.keySet());
    all.addAll(predikat.keySet());
    List<Tahun> years = new ArrayList<>();
    all.forEach(tahun -> years.add(new Tahun(tahun, instances.get(tahun), predikat.get(tahun))));
    return years;
  }

  void record(Nip nip, JenisPerubahan jenis, String oleh, String sebelum, String sesudah) {
    sql.sql("INSERT INTO perubahan_pegawai (nip, jenis, oleh, pada, sebelum, sesudah) VALUES (?, ?, ?, ?, ?, ?)")
        .params(nip.value(), jenis.name(), oleh, Timestamp.from(java.time.Instant.now()), cut(sebelum), cut(sesudah))
        .update();
  }

  private static String cut(String text) {
    return text == null || text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
  }

  List<Perubahan> changes(Nip nip) {
    return sql.sql("""
            SELECT c.id, c.jenis, c.oleh, e.name, c.pada, c.sebelum, c.sesudah FROM perubahan_pegawai c
            LEFT JOIN org_employee e ON e.nip = c.oleh WHERE c.nip = ? ORDER BY c.pada DESC, c.id DESC""")
        .param(nip.value())
        .query((rs, n) -> new Perubahan(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getTimestamp(5).toLocalDateTime(), rs.getString(6), rs.getString(7)))
        .list();
  }
}
