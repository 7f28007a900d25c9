package id.kinerja.pegawai;

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

  private final JdbcClient sql;

  PegawaiRepository(JdbcClient sql) {
    this.sql = sql;
  }

  /**
   * Every word must occur in the name, the NIP, the position or the unit (name or code); in name
   * order, so that the index on the name lets the database stop after the first page of matches.
   */
  List<Hit> search(List<String> words, int limit) {
    StringBuilder where = new StringBuilder();
    Map<String, Object> params = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      String p = "w" + i;
      where.append(i == 0 ? " WHERE " : " AND ").append(String.format(
          "(LOWER(e.name) LIKE :%1$s ESCAPE '!' OR e.nip LIKE :%1$s ESCAPE '!' OR LOWER(e.position_name) LIKE :%1$s ESCAPE '!'"
              + " OR LOWER(u.name) LIKE :%1$s ESCAPE '!' OR LOWER(u.code) LIKE :%1$s ESCAPE '!')", p));
      params.put(p, "%" + escape(words.get(i).toLowerCase(Locale.ROOT)) + "%");
    }
    return sql.sql("SELECT e.nip, e.name, e.position_name, u.name, e.active FROM org_employee e"
            + " JOIN org_unit u ON u.code = e.unit_code" + where + " ORDER BY e.name, e.nip FETCH FIRST " + limit + " ROWS ONLY")
        .params(params)
        .query((rs, n) -> new Hit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)))
        .list();
  }

  private static String escape(String word) {
    return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  Optional<Detail> detail(String nip) {
    return sql.sql("""
            SELECT e.nip, e.name, e.status, e.position_name, p.kind, e.unit_code, u.name, e.email, e.supervisor_nip,
                   e.active, e.left_reason, e.left_at, u.head_nip
            FROM org_employee e JOIN org_unit u ON u.code = e.unit_code
            LEFT JOIN org_position p ON p.name = e.position_name WHERE e.nip = ?""")
        .param(nip)
        .query((rs, n) -> {
          Timestamp left = rs.getTimestamp(12);
          return new Detail(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getBoolean(10), rs.getString(11),
              left == null ? null : left.toLocalDateTime(), nip.equals(rs.getString(13)));
        })
        .optional();
  }

  Optional<Person> person(String nip) {
    return sql.sql("SELECT nip, name, position_name, active FROM org_employee WHERE nip = ?").param(nip)
        .query((rs, n) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4))).optional();
  }

  Optional<String> supervisorOf(String nip) {
    return sql.sql("SELECT supervisor_nip FROM org_employee WHERE nip = ?").param(nip)
        .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(o -> o);
  }

  List<Person> activeSubordinates(String nip) {
    return sql.sql("SELECT nip, name, position_name, active FROM org_employee WHERE supervisor_nip = ? AND active = TRUE"
            + " ORDER BY name").param(nip)
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
            JOIN org_agency a ON a.code = u.agency_code ORDER BY u.name""")
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

  List<Jabatan> positions() {
    return sql.sql("SELECT name, kind FROM org_position ORDER BY name")
        .query((rs, n) -> new Jabatan(rs.getString(1), rs.getString(2))).list();
  }

  Optional<Jabatan> position(String name) {
    return sql.sql("SELECT name, kind FROM org_position WHERE name = ?").param(name)
        .query((rs, n) -> new Jabatan(rs.getString(1), rs.getString(2))).optional();
  }

  /** The years the employee has an appraisal or a final predikat for, newest first. */
  List<Tahun> years(String nip) {
    Map<Integer, String> instances = new HashMap<>();
    sql.sql("SELECT tahun, process_instance_id FROM siklus_penilaian WHERE nip = ?").param(nip)
        .query((rs, n) -> instances.put(rs.getInt(1), rs.getString(2))).list();
    Map<Integer, String> predikat = new HashMap<>();
    sql.sql("SELECT tahun, predikat FROM predikat_kinerja WHERE nip = ?").param(nip)
        .query((rs, n) -> predikat.put(rs.getInt(1), rs.getString(2))).list();
    Set<Integer> all = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
    all.addAll(instances.keySet());
    all.addAll(predikat.keySet());
    List<Tahun> years = new ArrayList<>();
    all.forEach(tahun -> years.add(new Tahun(tahun, instances.get(tahun), predikat.get(tahun))));
    return years;
  }

  void record(String nip, JenisPerubahan jenis, String oleh, String sebelum, String sesudah) {
    sql.sql("INSERT INTO perubahan_pegawai (nip, jenis, oleh, pada, sebelum, sesudah) VALUES (?, ?, ?, ?, ?, ?)")
        .params(nip, jenis.name(), oleh, Timestamp.from(java.time.Instant.now()), cut(sebelum), cut(sesudah))
        .update();
  }

  private static String cut(String text) {
    return text == null || text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
  }

  List<Perubahan> changes(String nip) {
    return sql.sql("""
            SELECT c.id, c.jenis, c.oleh, e.name, c.pada, c.sebelum, c.sesudah FROM perubahan_pegawai c
            LEFT JOIN org_employee e ON e.nip = c.oleh WHERE c.nip = ? ORDER BY c.pada DESC, c.id DESC""")
        .param(nip)
        .query((rs, n) -> new Perubahan(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getTimestamp(5).toLocalDateTime(), rs.getString(6), rs.getString(7)))
        .list();
  }
}
