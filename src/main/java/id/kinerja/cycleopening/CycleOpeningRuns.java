package id.kinerja.cycleopening;

import id.kinerja.kernel.Tahun;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code pembukaan_siklus} (one run per agency and year) and its failures. Every change
 * of owner is one conditional UPDATE, so two nodes (or two clicks) never both work on a run unless
 * its owner stopped beating.
 */
@Repository
class CycleOpeningRuns {

  static final String RUNNING = "BERJALAN";
  static final String FINISHED = "SELESAI";

  record Run(String id, String instansi, int tahun, String status, int putaran, String pemilik, String dibukaOleh,
      int jumlahPegawai, int dimulai, Instant dimulaiPada, Instant detakTerakhir, Instant selesaiPada) {}

  private static final String COLUMNS = "id, instansi_kode, tahun, status, putaran, pemilik, dibuka_oleh, "
      + "jumlah_pegawai, dimulai, dimulai_pada, detak_terakhir, selesai_pada";

  /** Active employees of the agency (through their unit). */
  private static final String AGENCY_EMPLOYEES =
      "FROM org_employee e JOIN org_unit u ON u.code = e.unit_code WHERE u.agency_code = :instansi AND e.active = TRUE";

  private final JdbcClient jdbc;

  CycleOpeningRuns(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Agency(String code, String name) {}

  List<Agency> agencies() {
    return jdbc.sql("SELECT code, name FROM org_agency ORDER BY name").query((rs, i) -> new Agency(rs.getString(1), rs.getString(2))).list();
  }

  boolean agencyExists(String instansi) {
    return jdbc.sql("SELECT COUNT(*) FROM org_agency WHERE code = ?").param(instansi).query(Long.class).single() > 0;
  }

  /** A new run, or false when the agency's year already has one. */
  boolean insert(String id, String instansi, Tahun tahun, String node, String operator, int jumlahPegawai, Instant now) {
    try {
      jdbc.sql("INSERT INTO pembukaan_siklus (" + COLUMNS + ") VALUES (?, ?, ?, ?, 1, ?, ?, ?, 0, ?, ?, NULL)")
          .params(id, instansi, tahun.value(), RUNNING, node, operator, jumlahPegawai, ts(now), ts(now))
          .update();
      return true;
    } catch (org.springframework.dao.DuplicateKeyException e) {
      return false;
    }
  }

  /** A finished run opened again: a new pass for the employees still missing, failures retried. */
  boolean claimFinished(String instansi, Tahun tahun, String node, String operator, int jumlahPegawai, Instant now) {
    boolean claimed = jdbc.sql("""
            UPDATE pembukaan_siklus SET status = ?, putaran = putaran + 1, pemilik = ?, dibuka_oleh = ?,
                   jumlah_pegawai = ?, detak_terakhir = ?, selesai_pada = NULL
             WHERE instansi_kode = ? AND tahun = ? AND status = ?""")
        .params(RUNNING, node, operator, jumlahPegawai, ts(now), instansi, tahun.value(), FINISHED).update() == 1;
    if (claimed) {
      jdbc.sql("DELETE FROM pembukaan_siklus_gagal WHERE pembukaan_id IN "
              + "(SELECT id FROM pembukaan_siklus WHERE instansi_kode = ? AND tahun = ?)")
          .params(instansi, tahun.value()).update();
    }
    return claimed;
  }

  /** A run whose node stopped beating before {@code staleBefore}: this node continues it. */
  boolean claimStale(String id, String node, Instant staleBefore, Instant now) {
    return jdbc.sql("""
            UPDATE pembukaan_siklus SET pemilik = ?, detak_terakhir = ?
             WHERE id = ? AND status = ? AND detak_terakhir < ?""")
        .params(node, ts(now), id, RUNNING, ts(staleBefore)).update() == 1;
  }

  /** The owner's heartbeat (and the count it started since the last one); false once it is no longer the owner. */
  boolean beat(String id, String node, int startedSinceLastBeat, Instant now) {
    return jdbc.sql("UPDATE pembukaan_siklus SET detak_terakhir = ?, dimulai = dimulai + ? WHERE id = ? AND pemilik = ? AND status = ?")
        .params(ts(now), startedSinceLastBeat, id, node, RUNNING).update() == 1;
  }

  boolean finish(String id, String node, Instant now) {
    return jdbc.sql("UPDATE pembukaan_siklus SET status = ?, selesai_pada = ?, detak_terakhir = ? WHERE id = ? AND pemilik = ? AND status = ?")
        .params(FINISHED, ts(now), ts(now), id, node, RUNNING).update() == 1;
  }

  /** On an orderly shutdown: this node's runs may be taken over at once. */
  void release(String node) {
    jdbc.sql("UPDATE pembukaan_siklus SET detak_terakhir = ? WHERE pemilik = ? AND status = ?")
        .params(ts(Instant.EPOCH), node, RUNNING).update();
  }

  Optional<Run> find(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM pembukaan_siklus WHERE id = ?").param(id).query(CycleOpeningRuns::run).optional();
  }

  Optional<Run> find(String instansi, Tahun tahun) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM pembukaan_siklus WHERE instansi_kode = ? AND tahun = ?")
        .params(instansi, tahun.value()).query(CycleOpeningRuns::run).optional();
  }

  List<Run> recent(int limit) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM pembukaan_siklus ORDER BY dimulai_pada DESC").query(CycleOpeningRuns::run)
        .list().stream().limit(limit).toList();
  }

  List<Run> staleRunning(Instant staleBefore) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM pembukaan_siklus WHERE status = ? AND detak_terakhir < ?")
        .params(RUNNING, ts(staleBefore)).query(CycleOpeningRuns::run).list();
  }

  int activeEmployees(String instansi) {
    return jdbc.sql("SELECT COUNT(*) " + AGENCY_EMPLOYEES).param("instansi", instansi).query(Integer.class).single();
  }

  /** Active employees of the agency whose year is open (by whoever opened it). */
  long opened(String instansi, Tahun tahun) {
    return jdbc.sql("SELECT COUNT(*) " + AGENCY_EMPLOYEES
            + " AND EXISTS (SELECT 1 FROM siklus_penilaian s WHERE s.nip = e.nip AND s.tahun = :tahun)")
        .param("instansi", instansi).param("tahun", tahun.value()).query(Long.class).single();
  }

  /** Active employees of the agency without an instance for the year and without a failure in this run. */
  List<String> missing(String runId, String instansi, Tahun tahun) {
    return jdbc.sql("SELECT e.nip " + AGENCY_EMPLOYEES
            + " AND NOT EXISTS (SELECT 1 FROM siklus_penilaian s WHERE s.nip = e.nip AND s.tahun = :tahun)"
            + " AND NOT EXISTS (SELECT 1 FROM pembukaan_siklus_gagal g WHERE g.pembukaan_id = :run AND g.nip = e.nip)"
            + " ORDER BY e.nip")
        .param("instansi", instansi).param("tahun", tahun.value()).param("run", runId).query(String.class).list();
  }

  void recordFailure(String runId, String nip, String alasan) {
    String reason = alasan.length() > 1000 ? alasan.substring(0, 997) + "..." : alasan;
    jdbc.sql("DELETE FROM pembukaan_siklus_gagal WHERE pembukaan_id = ? AND nip = ?").params(runId, nip).update();
    jdbc.sql("INSERT INTO pembukaan_siklus_gagal (pembukaan_id, nip, alasan) VALUES (?, ?, ?)").params(runId, nip, reason).update();
  }

  /** Failures of employees who are still without an instance (one opened since no longer counts). */
  List<CycleOpening.Failure> failures(String runId, Tahun tahun, int limit) {
    return jdbc.sql("""
            SELECT g.nip, e.name, g.alasan FROM pembukaan_siklus_gagal g LEFT JOIN org_employee e ON e.nip = g.nip
             WHERE g.pembukaan_id = ? AND NOT EXISTS (SELECT 1 FROM siklus_penilaian s WHERE s.nip = g.nip AND s.tahun = ?)
             ORDER BY g.nip""")
        .params(runId, tahun.value())
        .query((rs, i) -> new CycleOpening.Failure(rs.getString(1), rs.getString(2), rs.getString(3)))
        .list().stream().limit(limit).toList();
  }

  long failureCount(String runId, Tahun tahun) {
    return jdbc.sql("SELECT COUNT(*) FROM pembukaan_siklus_gagal g WHERE g.pembukaan_id = ? "
            + "AND NOT EXISTS (SELECT 1 FROM siklus_penilaian s WHERE s.nip = g.nip AND s.tahun = ?)")
        .params(runId, tahun.value()).query(Long.class).single();
  }

  /** The instances were started by the system; the table names the operator who opened the year. */
  void recordOpener(Collection<String> nips, Tahun tahun, String operator) {
    jdbc.sql("UPDATE siklus_penilaian SET dibuka_oleh = :operator WHERE tahun = :tahun AND nip IN (:nips) AND dibuka_oleh IS NULL")
        .param("operator", operator).param("tahun", tahun.value()).param("nips", nips).update();
  }

  private static Run run(ResultSet rs, int row) throws SQLException {
    return new Run(rs.getString("id"), rs.getString("instansi_kode"), rs.getInt("tahun"), rs.getString("status"),
        rs.getInt("putaran"), rs.getString("pemilik"), rs.getString("dibuka_oleh"), rs.getInt("jumlah_pegawai"),
        rs.getInt("dimulai"), instant(rs.getTimestamp("dimulai_pada")), instant(rs.getTimestamp("detak_terakhir")),
        instant(rs.getTimestamp("selesai_pada")));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static Timestamp ts(Instant instant) {
    return Timestamp.from(instant);
  }
}
