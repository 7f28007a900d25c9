package id.kinerja.calibration;

import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.kernel.Tahun;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Calibration's own tables: the proposals (kalibrasi_usulan), the heads' justifications and what
 * they cover, the objection decisions seen afterwards (kalibrasi_keberatan); it also reads the
 * unit's capaian and its running cycles. Every write runs inside {@link KalibrasiService}'s
 * transaction, after it took the unit's lock ({@link #holdUnit}).
 */
@Repository
class KalibrasiRepository {

  /** The longest text a Markdown column keeps. */
  static final int MAX_TEXT = 4000;

  /** A released proposal as an objection decision finds it. */
  record Dilepas(String unit, String hasilKerja, String perilakuKerja, String predikat) {}

  private final JdbcClient jdbc;

  KalibrasiRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Locks the unit's row until the transaction ends (see {@link KalibrasiService#holdUnit}). */
  void holdUnit(String unit) {
    // a row lock only: unlike an UPDATE it writes no new row version on every proposal and check
    jdbc.sql("SELECT code FROM org_unit WHERE code = ? FOR UPDATE").param(unit).query(String.class).list();
  }

  /** The employee's proposal of the year, replacing an earlier one. */
  void replaceProposal(PenilaianTahunan penilaian, String unit, String processInstanceId, String hasilKerja,
      String perilakuKerja, String predikat) {
    jdbc.sql("DELETE FROM kalibrasi_usulan WHERE nip = ? AND tahun = ?").params(penilaian.nip().value(), penilaian.tahun().value()).update();
    jdbc.sql("""
            INSERT INTO kalibrasi_usulan (nip, tahun, unit_code, process_instance_id, hasil_kerja_usulan, hasil_kerja,
                                          perilaku_kerja, predikat_usulan, predikat, diusulkan_pada)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(penilaian.nip().value(), penilaian.tahun().value(), unit, processInstanceId, hasilKerja, hasilKerja, perilakuKerja, predikat, predikat,
            Timestamp.from(Instant.now()))
        .update();
  }

  void notify(String penerima, String pesan, String tautan, String processInstanceId) {
    jdbc.sql("INSERT INTO notifikasi (penerima, pesan, tautan, process_instance_id) VALUES (?, ?, ?, ?)")
        .params(penerima, pesan, tautan, processInstanceId).update();
  }

  /** The unit head's result as the unit's capaian sets it. */
  void setHeadResult(String nip, Tahun tahun, String hasilKerja, String predikat) {
    jdbc.sql("""
            UPDATE kalibrasi_usulan SET hasil_kerja = ?, predikat = ?, diubah_oleh = ?, diubah_pada = ?
            WHERE nip = ? AND tahun = ?""")
        .params(hasilKerja, predikat, "capaian-organisasi", Timestamp.from(Instant.now()), nip, tahun.value())
        .update();
  }

  /** The head's change of one unreleased proposal of the unit; 0 when there was nothing to change. */
  int changePredikat(String unit, Tahun tahun, String nip, String predikat, String oleh) {
    return jdbc.sql("""
            UPDATE kalibrasi_usulan SET predikat = ?, diubah_oleh = ?, diubah_pada = ?
            WHERE nip = ? AND tahun = ? AND unit_code = ? AND dilepas_pada IS NULL AND predikat <> ?""")
        .params(predikat, oleh, Timestamp.from(Instant.now()), nip, tahun.value(), unit, predikat)
        .update();
  }

  /** A justification with the proposals it covers: the unit's unreleased ones as they stand now. */
  void recordJustification(String unit, Tahun tahun, String justifikasi, String sebaran, String oleh) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO kalibrasi_justifikasi (unit_code, tahun, justifikasi, sebaran, diajukan_oleh, diajukan_pada)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(unit, tahun.value(), justifikasi, sebaran == null ? "" : truncate(sebaran), oleh, Timestamp.from(Instant.now()))
        .update(keys, "id");
    jdbc.sql("""
            INSERT INTO kalibrasi_justifikasi_usulan (justifikasi_id, nip, predikat)
            SELECT ?, nip, predikat FROM kalibrasi_usulan WHERE unit_code = ? AND tahun = ? AND dilepas_pada IS NULL""")
        .params(keys.getKey().longValue(), unit, tahun.value())
        .update();
  }

  /** The decision on the latest open justification of the unit. */
  void decideJustification(String unit, Tahun tahun, boolean diterima, String catatan, String oleh) {
    jdbc.sql("""
            UPDATE kalibrasi_justifikasi SET diterima = ?, catatan = ?, diputus_oleh = ?, diputus_pada = ?
            WHERE id = (SELECT MAX(id) FROM kalibrasi_justifikasi WHERE unit_code = ? AND tahun = ? AND diterima IS NULL)""")
        .params(diterima, catatan, oleh, Timestamp.from(Instant.now()), unit, tahun.value())
        .update();
  }

  /** NIP to predikat of the proposals the latest accepted justification covers; empty if none. */
  Map<String, String> coveredByAcceptedJustification(String unit, Tahun tahun) {
    Map<String, String> covered = new HashMap<>();
    jdbc.sql("""
            SELECT u.nip, u.predikat FROM kalibrasi_justifikasi_usulan u
            WHERE u.justifikasi_id = (SELECT MAX(id) FROM kalibrasi_justifikasi
                                      WHERE unit_code = ? AND tahun = ? AND diterima = TRUE)""")
        .params(unit, tahun.value())
        .query(rs -> {
          covered.put(rs.getString(1), rs.getString(2));
        });
    return covered;
  }

  void markReleased(String nip, Tahun tahun) {
    jdbc.sql("UPDATE kalibrasi_usulan SET dilepas_pada = ? WHERE nip = ? AND tahun = ? AND dilepas_pada IS NULL")
        .params(Timestamp.from(Instant.now()), nip, tahun.value()).update();
  }

  Optional<Dilepas> released(PenilaianTahunan penilaian) {
    return jdbc.sql("""
            SELECT unit_code, hasil_kerja, perilaku_kerja, predikat FROM kalibrasi_usulan
            WHERE nip = ? AND tahun = ? AND dilepas_pada IS NOT NULL""")
        .params(penilaian.nip().value(), penilaian.tahun().value())
        .query((rs, i) -> new Dilepas(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).optional();
  }

  /** An objection decision's result in the unit's distribution. */
  void setObjectionResult(PenilaianTahunan penilaian, String hasilKerja, String perilakuKerja, String predikat, String oleh,
      Timestamp now) {
    jdbc.sql("""
            UPDATE kalibrasi_usulan SET hasil_kerja = ?, perilaku_kerja = ?, predikat = ?, diubah_oleh = ?, diubah_pada = ?
            WHERE nip = ? AND tahun = ?""")
        .params(hasilKerja, perilakuKerja, predikat, oleh, now, penilaian.nip().value(), penilaian.tahun().value()).update();
  }

  void recordObjection(KalibrasiService.PerubahanKeberatan perubahan, Tahun tahun, String oleh, Timestamp now) {
    jdbc.sql("""
            INSERT INTO kalibrasi_keberatan (unit_code, tahun, nip, predikat_sebelum, predikat_sesudah, capaian,
                                             dalam_kurva, sebaran, diputus_oleh, dicatat_pada)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(perubahan.unit(), tahun.value(), perubahan.nip(), perubahan.predikatSebelum(), perubahan.predikatSesudah(),
            perubahan.capaian(), perubahan.dalamKurva(), truncate(perubahan.sebaran()), oleh, now)
        .update();
  }

  int releasedCount(String unit, Tahun tahun) {
    return jdbc.sql("SELECT COUNT(*) FROM kalibrasi_usulan WHERE unit_code = ? AND tahun = ? AND dilepas_pada IS NOT NULL")
        .params(unit, tahun.value()).query(Integer.class).single();
  }

  /** The proposals of the unit's year by employees still active, running or not. */
  List<KalibrasiService.Usulan> proposals(String unit, Tahun tahun) {
    return jdbc.sql("""
            SELECT k.nip, e.name, k.process_instance_id, k.hasil_kerja_usulan, k.hasil_kerja, k.perilaku_kerja,
                   k.predikat_usulan, k.predikat, k.dilepas_pada
            FROM kalibrasi_usulan k JOIN org_employee e ON e.nip = k.nip
            WHERE k.unit_code = ? AND k.tahun = ? AND e.active = TRUE ORDER BY k.nip""")
        .params(unit, tahun.value())
        .query((rs, i) -> new KalibrasiService.Usulan(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9) != null))
        .list();
  }

  /** NIP to cycle instance of the unit's active employees with a cycle of the year, by NIP. */
  Map<String, String> cycles(String unit, Tahun tahun) {
    Map<String, String> cycles = new LinkedHashMap<>();
    // one who proposed in another unit and was moved here since is calibrated there, not awaited here
    jdbc.sql("""
            SELECT e.nip, s.process_instance_id FROM org_employee e
            JOIN siklus_penilaian s ON s.nip = e.nip AND s.tahun = ?
            WHERE e.unit_code = ? AND e.active = TRUE
              AND NOT EXISTS (SELECT 1 FROM kalibrasi_usulan k WHERE k.nip = e.nip AND k.tahun = ? AND k.unit_code <> ?)
            ORDER BY e.nip""")
        .params(tahun.value(), unit, tahun.value(), unit).query((rs, i) -> cycles.put(rs.getString(1), rs.getString(2))).list();
    return cycles;
  }

  Optional<String> capaian(String unit, Tahun tahun) {
    return jdbc.sql("SELECT capaian FROM capaian_organisasi WHERE unit_code = ? AND tahun = ?")
        .params(unit, tahun.value()).query(String.class).optional();
  }

  private static String truncate(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
  }
}
