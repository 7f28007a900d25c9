package id.kinerja.appraisal;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.kernel.JsonValues;
import id.kinerja.kernel.NilaiBerakhlak;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.skp.SkpService;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ratings, reminders and the final result of the appraisal cycle. */
@Service
@Transactional
public class AppraisalService {

  private final JdbcClient jdbc;
  private final SimpleJdbcInsert insertPenilaian;
  private final SkpService skpService;

  public AppraisalService(DataSource dataSource, SkpService skpService) {
    this.jdbc = JdbcClient.create(dataSource);
    this.insertPenilaian = new SimpleJdbcInsert(dataSource).withTableName("penilaian")
        .usingColumns("skp_id", "jenis", "periode", "penilai", "hasil_kerja", "alasan_hasil_kerja",
            "perilaku_kerja", "alasan_perilaku_kerja", "predikat", "catatan")
        .usingGeneratedKeyColumns("id");
    this.skpService = skpService;
  }

  public record PeriodicReview(PenilaianTahunan penilaian, int periode, String penilai, String hasilKerja,
      String perilakuKerja, String catatan, JsonNode umpanBalikRhk) {}

  public record ValueRating(String rating, String alasan) {}

  public record AnnualRating(PenilaianTahunan penilaian, String penilai,
      String diriHasilKerja, String diriPerilakuKerja, String diriCatatan,
      String hasilKerja, String alasanHasilKerja, String perilakuKerja, String alasanPerilakuKerja,
      String predikat, Map<NilaiBerakhlak, ValueRating> perilakuPerNilai) {}

  public record FinalResult(PenilaianTahunan penilaian, String hasilKerja, String perilakuKerja, String predikat,
      boolean melaluiKeberatan, String ditetapkanOleh, String catatan) {}

  /** A notice for the person on their Pemberitahuan page, pointing at Tasklist where the task waits. */
  public void recordReminder(String penerima, String pesan, String processInstanceId) {
    jdbc.sql("INSERT INTO notifikasi (penerima, pesan, tautan, process_instance_id) VALUES (?, ?, ?, ?)")
        .params(penerima, pesan, "/camunda/app/tasklist/", processInstanceId)
        .update();
  }

  public void recordPeriodicReview(PeriodicReview review) {
    long skpId = skpService.skpId(review.penilaian());
    // a period rated again (e.g. after a correction) replaces its earlier rating and feedback
    jdbc.sql("DELETE FROM penilaian WHERE skp_id = ? AND jenis = 'PERIODIK' AND periode = ?")
        .params(skpId, review.periode()).update();
    jdbc.sql("DELETE FROM umpan_balik WHERE skp_id = ? AND periode = ?")
        .params(skpId, review.periode()).update();
    insertPenilaian.execute(row(
        "skp_id", skpId, "jenis", "PERIODIK", "periode", review.periode(), "penilai", review.penilai(),
        "hasil_kerja", review.hasilKerja(), "perilaku_kerja", review.perilakuKerja(),
        "catatan", review.catatan()));
    if (review.umpanBalikRhk() != null) {
      for (JsonNode row : review.umpanBalikRhk()) {
        String isi = JsonValues.field(row, "umpanBalik");
        if (isi != null) {
          jdbc.sql("INSERT INTO umpan_balik (skp_id, rhk_id, periode, pemberi, isi) VALUES (?, ?, ?, ?, ?)")
              .params(skpId, skpService.rhkOf(skpId, JsonValues.id(row, "rhkId")), review.periode(),
                  review.penilai(), isi)
              .update();
        }
      }
    }
  }

  public void recordAnnualRating(AnnualRating rating) {
    long skpId = skpService.skpId(rating.penilaian());
    jdbc.sql("DELETE FROM penilaian WHERE skp_id = ? AND jenis IN ('DIRI', 'TAHUNAN')").param(skpId).update();
    if (rating.diriHasilKerja() != null && rating.diriPerilakuKerja() != null) {
      insertPenilaian.execute(row(
          "skp_id", skpId, "jenis", "DIRI", "penilai", rating.penilaian().nip().value(),
          "hasil_kerja", rating.diriHasilKerja(), "perilaku_kerja", rating.diriPerilakuKerja(),
          "catatan", rating.diriCatatan()));
    }
    Number penilaianId = insertPenilaian.executeAndReturnKey(row(
        "skp_id", skpId, "jenis", "TAHUNAN", "penilai", rating.penilai(),
        "hasil_kerja", rating.hasilKerja(), "alasan_hasil_kerja", rating.alasanHasilKerja(),
        "perilaku_kerja", rating.perilakuKerja(), "alasan_perilaku_kerja", rating.alasanPerilakuKerja(),
        "predikat", rating.predikat()));
    rating.perilakuPerNilai().forEach((nilai, value) ->
        jdbc.sql("INSERT INTO penilaian_perilaku (penilaian_id, nilai, rating, alasan) VALUES (?, ?, ?, ?)")
            .params(penilaianId.longValue(), nilai.name(), value.rating(), value.alasan())
            .update());
  }

  public void finalizeResult(FinalResult result) {
    long skpId = skpService.skpId(result.penilaian());
    jdbc.sql("DELETE FROM predikat_kinerja WHERE skp_id = ?").param(skpId).update();
    jdbc.sql("""
            INSERT INTO predikat_kinerja (skp_id, nip, tahun, hasil_kerja, perilaku_kerja, predikat,
                                          melalui_keberatan, ditetapkan_oleh, catatan)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(skpId, result.penilaian().nip().value(), result.penilaian().tahun().value(), result.hasilKerja(), result.perilakuKerja(),
            result.predikat(), result.melaluiKeberatan(), result.ditetapkanOleh(), result.catatan())
        .update();
  }

  /** The final predikat of an employee's year, once approved. */
  public Optional<String> finalPredikat(PenilaianTahunan penilaian) {
    return jdbc.sql("SELECT predikat FROM predikat_kinerja WHERE nip = ? AND tahun = ?")
        .params(penilaian.nip().value(), penilaian.tahun().value()).query(String.class).optional();
  }

  /** Column values by name; unlike Map.of, a null value is allowed (written as NULL). */
  private static Map<String, Object> row(Object... namesAndValues) {
    Map<String, Object> row = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      row.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return row;
  }
}
