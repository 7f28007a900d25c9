package id.kinerja.followup;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.kernel.JsonValues;
import id.kinerja.kernel.Nip;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.kernel.Tahun;
import id.kinerja.system.Waktu;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reward nominations and development plans that follow a final appraisal result. */
@Service
@Transactional
public class TindakLanjutService {

  public record Rencana(long id, String nip, int tahun, String jenis, String uraian, LocalDate tenggat, String status,
      String disusunOleh, String tanggapanPegawai) {}


  private final JdbcClient jdbc;

  public TindakLanjutService(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void recordRewardDecision(PenilaianTahunan penilaian, String predikat, String keputusan, String catatan,
      String oleh) {
    String nip = penilaian.nip().value();
    int tahun = penilaian.tahun().value();
    jdbc.sql("DELETE FROM usulan_penghargaan WHERE nip = ? AND tahun = ?").params(nip, tahun).update();
    jdbc.sql("""
            INSERT INTO usulan_penghargaan (nip, tahun, predikat, keputusan, catatan, diputus_oleh, diputus_pada)
            VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(nip, tahun, predikat, keputusan, catatan, oleh, Timestamp.from(Instant.now()))
        .update();
  }

  /** The appraiser's (re)drafted plan replaces the one not yet agreed. */
  public void saveDevelopmentPlan(PenilaianTahunan penilaian, String predikat, JsonNode rencana, String oleh) {
    String nip = penilaian.nip().value();
    int tahun = penilaian.tahun().value();
    jdbc.sql("DELETE FROM rencana_pengembangan WHERE nip = ? AND tahun = ? AND status = 'DIUSULKAN'")
        .params(nip, tahun).update();
    Timestamp now = Timestamp.from(Instant.now());
    for (JsonNode item : rencana) {
      jdbc.sql("""
              INSERT INTO rencana_pengembangan (nip, tahun, predikat, jenis, uraian, tenggat, status, disusun_oleh, disusun_pada)
              VALUES (?, ?, ?, ?, ?, ?, 'DIUSULKAN', ?, ?)""")
          .params(nip, tahun, predikat, JsonValues.field(item, "jenis"), JsonValues.field(item, "uraian").strip(),
              Date.valueOf(LocalDate.parse(JsonValues.field(item, "tenggat").substring(0, 10))), oleh, now)
          .update();
    }
  }

  /** The employee agrees (the plan becomes DISEPAKATI) or comments (it stays DIUSULKAN, back to the appraiser). */
  public void recordResponse(PenilaianTahunan penilaian, boolean setuju, String tanggapan) {
    jdbc.sql("""
            UPDATE rencana_pengembangan SET status = ?, tanggapan_pegawai = ?, ditanggapi_pada = ?
            WHERE nip = ? AND tahun = ? AND status = 'DIUSULKAN'""")
        .params(setuju ? "DISEPAKATI" : "DIUSULKAN", tanggapan, Timestamp.from(Instant.now()), penilaian.nip().value(),
            penilaian.tahun().value())
        .update();
  }

  /** Plans of earlier years not yet done: what the next SKP should take into account. */
  @Transactional(readOnly = true)
  public List<Rencana> openPlans(Nip nip, Tahun sebelumTahun) {
    return jdbc.sql("""
            SELECT id, nip, tahun, jenis, uraian, tenggat, status, disusun_oleh, tanggapan_pegawai
            FROM rencana_pengembangan WHERE nip = ? AND tahun < ? AND status IN ('DIUSULKAN', 'DISEPAKATI')
            ORDER BY tenggat, id""")
        .params(nip.value(), sebelumTahun.value())
        .query((rs, i) -> new Rencana(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
            rs.getDate(6).toLocalDate(), rs.getString(7), rs.getString(8), rs.getString(9)))
        .list();
  }

  /** The open plans of earlier years as Markdown for the year's SKP draft form, or null when there are none. */
  public String openPlansText(PenilaianTahunan penilaian) {
    List<Rencana> plans = openPlans(penilaian.nip(), penilaian.tahun());
    if (plans.isEmpty()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (Rencana r : plans) {
      text.append("- **").append(TindakLanjutProcess.Values.PELATIHAN.equals(r.jenis()) ? "Pelatihan" : "Coaching")
          .append("**: ").append(r.uraian()).append(" (tenggat ").append(Waktu.tanggal(r.tenggat()))
          .append("; hasil penilaian ").append(r.tahun()).append(", ")
          .append("DISEPAKATI".equals(r.status()) ? "disepakati" : "belum disepakati").append(")\n");
    }
    return text.toString();
  }
}
