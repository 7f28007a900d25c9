package id.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.kernel.JsonValues;
import id.kinerja.kernel.NilaiBerakhlak;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.kernel.Tahun;
import id.kinerja.objection.ObjectionService;
import id.kinerja.skp.SkpService;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The feature services on the Flyway schema (V200-V203), as one employee's year goes through them:
 * what the product's own tables hold after each step of the cycle.
 */
@JdbcTest
@Import({SkpService.class, AppraisalService.class, ObjectionService.class})
class AppraisalDataTest {

  static final String NIP = "199001012015031001";
  static final int TAHUN = 2026;
  /** The employee's appraiser, whose own SKP the employee's RHK link to. */
  static final String PENILAI = "198001012005011002";

  @Autowired SkpService skpService;
  @Autowired AppraisalService appraisalService;
  @Autowired ObjectionService objectionService;
  @Autowired JdbcClient jdbc;

  @Test
  void cascade_rhkLinksToTheAppraisersRhk_andKeepsItsWordingWhenTheAppraiserRedrafts() {
    skpService.openCycle(PenilaianTahunan.of(PENILAI, TAHUN), "atasan", "sekda", "pi-0");
    assertThat(skpService.rhkAtasan(PENILAI, Tahun.of(TAHUN))).as("a draft not yet submitted is not offered").isEmpty();
    skpService.submitDraft(PenilaianTahunan.of(PENILAI, TAHUN), json("""
        [{"jenis": "UTAMA", "uraian": "Akuntabilitas unit meningkat", "indikator": [{"uraian": "Nilai", "aspek": "KUALITAS", "target": "A"}]}]"""));
    long rhkPenilai = skpService.rhkAtasan(PENILAI, Tahun.of(TAHUN)).get(0).rhkId();
    skpService.openCycle(PenilaianTahunan.of(NIP, TAHUN), PENILAI, "atasan", "pi-1");

    skpService.submitDraft(PenilaianTahunan.of(NIP, TAHUN), json("""
        [{"jenis": "UTAMA", "uraian": "Laporan kinerja", "rhkAtasan": "%d", "indikator": [{"uraian": "Jumlah", "aspek": "KUANTITAS", "target": "4"}]},
         {"jenis": "TAMBAHAN", "uraian": "Narasumber", "rhkAtasan": "999999", "rhkAtasanUraian": "Bukan milik penilai",
          "indikator": [{"uraian": "Sesi", "aspek": "KUANTITAS", "target": "2"}]}]""".formatted(rhkPenilai)));

    assertThat(jdbc.sql("SELECT rhk_atasan_id, rhk_atasan FROM rhk WHERE skp_id = ? ORDER BY urutan")
        .param(skpService.skpId(PenilaianTahunan.of(NIP, TAHUN))).query().listOfRows())
        .as("only the appraiser's RHK is linked, with its wording; anything else stays text")
        .extracting(row -> row.get("rhk_atasan_id") == null ? null : ((Number) row.get("rhk_atasan_id")).longValue(),
            row -> row.get("rhk_atasan"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(rhkPenilai, "Akuntabilitas unit meningkat"),
            org.assertj.core.groups.Tuple.tuple(null, "Bukan milik penilai"));

    skpService.submitDraft(PenilaianTahunan.of(PENILAI, TAHUN), json("""
        [{"jenis": "UTAMA", "uraian": "Akuntabilitas unit meningkat", "indikator": [{"uraian": "Nilai", "aspek": "KUALITAS", "target": "AA"}]}]"""));
    assertThat(jdbc.sql("SELECT rhk_atasan_id, rhk_atasan FROM rhk WHERE skp_id = ? AND urutan = 1")
        .param(skpService.skpId(PenilaianTahunan.of(NIP, TAHUN))).query().singleRow())
        .as("the appraiser's redraft drops the link, not the employee's SKP")
        .containsEntry("rhk_atasan_id", null).containsEntry("rhk_atasan", "Akuntabilitas unit meningkat");
  }

  @Test
  void aYear_fromSkpToFinalPredikat_isStoredInTheProductTables() {
    skpService.openCycle(PenilaianTahunan.of(NIP, TAHUN), PENILAI, "atasan", "pi-1");
    skpService.submitDraft(PenilaianTahunan.of(NIP, TAHUN), json("""
        [{"jenis": "UTAMA", "uraian": "Laporan kinerja", "rhkAtasan": "Akuntabilitas",
          "indikator": [{"uraian": "Jumlah laporan", "aspek": "KUANTITAS", "target": "4"},
                        {"uraian": "Ketepatan waktu", "aspek": "WAKTU", "target": "tanggal 10"}]},
         {"jenis": "TAMBAHAN", "uraian": "Narasumber", "indikator": [{"uraian": "Sesi", "aspek": "KUANTITAS", "target": "2"}]}]"""));
    skpService.returnDraft(PenilaianTahunan.of(NIP, TAHUN), "Perjelas target");
    assertThat(skpService.status(PenilaianTahunan.of(NIP, TAHUN))).isEqualTo("DIKEMBALIKAN");
    skpService.submitDraft(PenilaianTahunan.of(NIP, TAHUN), json("""
        [{"jenis": "UTAMA", "uraian": "Laporan kinerja", "indikator": [{"uraian": "Jumlah laporan", "aspek": "KUANTITAS", "target": "4"}]}]"""));

    SkpService.ApprovedSkp approved = skpService.approve(PenilaianTahunan.of(NIP, TAHUN), json("""
        [{"nilai": "AKUNTABEL", "ekspektasi": "Tepat waktu"}]"""));

    assertThat(skpService.status(PenilaianTahunan.of(NIP, TAHUN))).isEqualTo("DISETUJUI");
    assertThat(approved.rhk()).singleElement().extracting(SkpService.Rhk::rhk).isEqualTo("Laporan kinerja");
    assertThat(approved.indikator()).singleElement().extracting(SkpService.Indikator::target).isEqualTo("4");
    assertThat(count("rhk")).as("a resubmitted draft replaces the earlier one").isEqualTo(1);
    assertThat(count("ekspektasi_khusus")).isEqualTo(1);

    long indikatorId = approved.indikator().get(0).indikatorId();
    long rhkId = approved.rhk().get(0).rhkId();
    skpService.recordRealisasi(PenilaianTahunan.of(NIP, TAHUN), 1, json("""
        [{"indikatorId": %d, "capaian": "1 laporan", "buktiDukung": [{"tautan": "https://x.go.id/1.pdf"}, {"tautan": "https://x.go.id/2.pdf"}]},
         {"indikatorId": 999999, "capaian": "tanpa indikator yang dikenal"}]""".formatted(indikatorId)));
    assertThat(skpService.realisasi(PenilaianTahunan.of(NIP, TAHUN), 1)).hasSize(2)
        .first().satisfies(row -> {
          assertThat(((Number) row.get("INDIKATOR_ID")).longValue()).isEqualTo(indikatorId);
          assertThat(((Number) row.get("BUKTI")).intValue()).isEqualTo(2);
        });

    appraisalService.recordPeriodicReview(new AppraisalService.PeriodicReview(PenilaianTahunan.of(NIP, TAHUN), 1, PENILAI, "SESUAI",
        "DI_ATAS", "Baik", json("[{\"rhkId\": %d, \"umpanBalik\": \"Pertahankan\"}]".formatted(rhkId))));
    assertThat(jdbc.sql("SELECT rhk_id FROM umpan_balik").query(Long.class).single()).isEqualTo(rhkId);

    appraisalService.recordAnnualRating(new AppraisalService.AnnualRating(PenilaianTahunan.of(NIP, TAHUN), PENILAI,
        "SESUAI", "SESUAI", "Catatan diri", "DI_BAWAH", "Dua laporan terlambat", "SESUAI", null,
        "BUTUH_PERBAIKAN", Map.of(NilaiBerakhlak.LOYAL, new AppraisalService.ValueRating("SESUAI", null))));
    assertThat(jdbc.sql("SELECT jenis FROM penilaian ORDER BY id").query(String.class).list())
        .containsExactly("PERIODIK", "DIRI", "TAHUNAN");
    assertThat(count("penilaian_perilaku")).isEqualTo(1);

    objectionService.file(PenilaianTahunan.of(NIP, TAHUN), "Keterlambatan karena gangguan sistem",
        new ObjectionService.AppealedRatings("DI_BAWAH", "SESUAI"));
    assertThat(objectionService.appealedRatings(PenilaianTahunan.of(NIP, TAHUN)))
        .contains(new ObjectionService.AppealedRatings("DI_BAWAH", "SESUAI"));
    objectionService.decide(new ObjectionService.Decision(PenilaianTahunan.of(NIP, TAHUN), "Tanggapan", "UBAH", "SESUAI", "SESUAI",
        "BAIK", "Di luar kendali pegawai", "atasan"));
    assertThat(objectionService.keputusan(PenilaianTahunan.of(NIP, TAHUN))).contains("UBAH");

    appraisalService.finalizeResult(new AppraisalService.FinalResult(PenilaianTahunan.of(NIP, TAHUN), "SESUAI", "SESUAI", "BAIK", true,
        "atasan", null));
    assertThat(appraisalService.finalPredikat(PenilaianTahunan.of(NIP, TAHUN))).contains("BAIK");
  }

  @Test
  void reminders_areKeptForTheRecipient() {
    appraisalService.recordReminder(PENILAI, "SKP menunggu", "pi-1");

    assertThat(jdbc.sql("SELECT penerima FROM notifikasi").query(String.class).single()).isEqualTo(PENILAI);
  }

  private int count(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
  }

  private static JsonNode json(String text) {
    return JsonValues.tree(text);
  }
}
