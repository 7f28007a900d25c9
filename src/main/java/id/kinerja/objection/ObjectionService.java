package id.kinerja.objection;

import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.skp.SkpService;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keberatan: the employee's objection to the annual result and the atasan's final decision. */
@Service
@Transactional
public class ObjectionService {

  private final JdbcClient jdbc;
  private final SkpService skpService;

  public ObjectionService(DataSource dataSource, SkpService skpService) {
    this.jdbc = JdbcClient.create(dataSource);
    this.skpService = skpService;
  }

  public record Decision(PenilaianTahunan penilaian, String tanggapanPenilai, String keputusan,
      String hasilKerja, String perilakuKerja, String predikat, String alasanPutusan, String diputusOleh) {}

  /** The ratings in force when the objection was filed: what the employee objects to. */
  public record AppealedRatings(String hasilKerja, String perilakuKerja) {}

  public void file(PenilaianTahunan penilaian, String alasan, AppealedRatings appealed) {
    long skpId = skpId(penilaian);
    jdbc.sql("DELETE FROM keberatan WHERE skp_id = ?").param(skpId).update();
    jdbc.sql("""
            INSERT INTO keberatan (skp_id, alasan, hasil_kerja_disanggah, perilaku_kerja_disanggah)
            VALUES (?, ?, ?, ?)""")
        .params(skpId, alasan, appealed.hasilKerja(), appealed.perilakuKerja()).update();
  }

  /**
   * The ratings the employee's objection of that year was filed against; empty when there is no
   * objection, or it was filed before they were kept and the calibration had none to give.
   */
  public Optional<AppealedRatings> appealedRatings(PenilaianTahunan penilaian) {
    return jdbc.sql("""
            SELECT k.hasil_kerja_disanggah, k.perilaku_kerja_disanggah FROM keberatan k JOIN skp s ON s.id = k.skp_id
            WHERE s.nip = ? AND s.tahun = ?""")
        .params(penilaian.nip().value(), penilaian.tahun().value())
        .query((rs, i) -> new AppealedRatings(rs.getString(1), rs.getString(2))).optional()
        .filter(r -> r.hasilKerja() != null && r.perilakuKerja() != null);
  }

  /** Records the hearing (the appraiser's answer) and the decision with the resulting ratings. */
  public void decide(Decision decision) {
    int updated = jdbc.sql("""
            UPDATE keberatan SET tanggapan_penilai = ?, keputusan = ?, hasil_kerja_baru = ?,
                   perilaku_kerja_baru = ?, predikat_baru = ?, alasan_putusan = ?, diputus_oleh = ?,
                   diputus_pada = CURRENT_TIMESTAMP
            WHERE skp_id = ?""")
        .params(decision.tanggapanPenilai(), decision.keputusan(), decision.hasilKerja(),
            decision.perilakuKerja(), decision.predikat(), decision.alasanPutusan(), decision.diputusOleh(),
            skpId(decision.penilaian()))
        .update();
    if (updated != 1) {
      throw new IllegalStateException("Tidak ada keberatan " + decision.penilaian().nip() + " tahun "
          + decision.penilaian().tahun());
    }
  }

  public Optional<String> keputusan(PenilaianTahunan penilaian) {
    return jdbc.sql("SELECT keputusan FROM keberatan WHERE skp_id = ?").param(skpId(penilaian))
        .query(String.class).optional();
  }

  private long skpId(PenilaianTahunan penilaian) {
    return skpService.skpId(penilaian);
  }
}
