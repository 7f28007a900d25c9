package id.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.kinerja.kernel.NilaiBerakhlak;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.kernel.Tahun;
import id.kinerja.objection.ObjectionDecisionRule;
import id.kinerja.objection.ObjectionFilingRule;
import id.kinerja.objection.ObjectionService;
import id.kinerja.skp.RealisasiRule;
import id.kinerja.skp.RhkAtasanRule;
import id.kinerja.skp.SkpDraftRule;
import id.kinerja.skp.SkpReviewRule;
import id.kinerja.skp.SkpService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

/** The domain checks as the REST validator will call them: form id plus submitted variables. */
class AppraisalSubmissionRulesTest {

  ObjectionService objections = mock(ObjectionService.class);
  AppraisalSubmissionRules rules = new AppraisalSubmissionRules(List.of(
      new PejabatPenilaiRule(), new SkpDraftRule(), new SkpReviewRule(), new RealisasiRule(),
      new PeriodicRatingRule(), new SelfAssessmentRule(), new AnnualRatingRule(), new PenetapanRule(),
      new ObjectionFilingRule(), new ObjectionDecisionRule(objections)));

  @Test
  void skpDraft_withRhkUtamaAndTargets_isAccepted() {
    String rhk = """
        [{"jenis": "UTAMA", "uraian": "Tersusunnya laporan kinerja unit", "indikator": [{"uraian": "Jumlah laporan",
          "aspek": "KUANTITAS", "target": "4 laporan"}]}]""";

    assertThat(rules.violations("form-draft-skp", Map.of("rhk", rhk))).isEmpty();
    assertThat(rules.violations("form-draft-skp", Map.of("rhk", SpinValues.jsonValue(rhk).create().getValue()))).isEmpty();
    assertThat(rules.violations("form-draft-skp", Map.of("rhk", List.of(Map.of("jenis", "UTAMA", "uraian", "Tersusunnya laporan kinerja unit",
        "indikator", List.of(Map.of("uraian", "Laporan selesai", "aspek", "WAKTU", "target", "Maret")))))))
        .as("maps and lists from Java callers").isEmpty();
  }

  @Test
  void skpDraft_withoutUtama_orWithoutTarget_isRefused() {
    assertThat(rules.violations("form-draft-skp", Map.of())).containsExactly(
        "SKP wajib memuat sedikitnya satu Rencana Hasil Kerja (RHK) utama.");
    assertThat(rules.violations("form-draft-skp", Map.of("rhk", """
        [{"jenis": "TAMBAHAN", "uraian": "Menjadi narasumber sosialisasi", "indikator": [{"uraian": "Sesi yang diisi", "aspek": "KUANTITAS", "target": " "}]}]""")))
        .containsExactly(
            "SKP wajib memuat sedikitnya satu Rencana Hasil Kerja (RHK) utama.",
            "RHK 1, indikator 1: target wajib diisi.");
  }

  @Test
  void skpDraft_whenTheAppraiserHasRhk_eachRhkNamesOneOfThem() {
    SkpService skp = mock(SkpService.class);
    when(skp.rhkAtasan("penilai", Tahun.of(2026))).thenReturn(List.of(new SkpService.Rhk(5, "Akuntabilitas", "UTAMA")));
    AppraisalSubmissionRules withCascade = new AppraisalSubmissionRules(List.of(new RhkAtasanRule(skp)));
    String rhk = """
        [{"jenis": "UTAMA", "uraian": "Laporan", "rhkAtasan": "5", "indikator": []},
         {"jenis": "UTAMA", "uraian": "Rapat", "indikator": []},
         {"jenis": "UTAMA", "uraian": "Arsip", "rhkAtasan": 6, "indikator": []}]""";

    assertThat(withCascade.violations("form-draft-skp", Map.of("pejabatPenilai", "penilai", "tahun", 2026, "rhk", rhk)))
        .containsExactly("RHK 2: pilih RHK atasan yang diintervensi dari SKP pejabat penilai.",
            "RHK 3: RHK atasan '6' tidak ada dalam SKP pejabat penilai tahun 2026; pilih salah satu RHK yang ditawarkan.");
    assertThat(withCascade.violations("form-draft-skp", Map.of("pejabatPenilai", "kepala", "tahun", 2026, "rhk", """
        [{"jenis": "UTAMA", "uraian": "Laporan", "rhkAtasanUraian": "Visi bupati", "indikator": []}]""")))
        .as("an appraiser without an SKP leaves the free text").isEmpty();
  }

  @Test
  void skpReview_returnNeedsNotes_andOneExpectationPerValue() {
    assertThat(rules.violations("form-review-skp", Map.of("keputusanReviewSkp", "KEMBALIKAN")))
        .containsExactly("Catatan perbaikan wajib diisi bila SKP dikembalikan.");
    assertThat(rules.violations("form-review-skp", Map.of("keputusanReviewSkp", "SETUJU", "ekspektasiKhusus", """
        [{"nilai": "LOYAL", "ekspektasi": "a"}, {"nilai": "LOYAL", "ekspektasi": "b"}, {"nilai": "RAJIN", "ekspektasi": "c"}]""")))
        .containsExactly("Ekspektasi khusus untuk nilai LOYAL diisi lebih dari sekali.",
            "Ekspektasi khusus: pilih salah satu nilai BerAKHLAK.");
  }

  @Test
  void annualRating_needsAReasonForEveryRatingAwayFromExpectation() {
    Map<String, Object> vars = new HashMap<>(Map.of("hasilKerja", "DI_ATAS", "perilakuKerja", "SESUAI"));
    for (NilaiBerakhlak nilai : NilaiBerakhlak.values()) {
      vars.put(nilai.ratingVariable(), "SESUAI");
    }
    vars.put("perilakuAdaptif", "DI_BAWAH");

    assertThat(rules.violations("form-penilaian-tahunan", vars)).containsExactly(
        "Alasan wajib diisi karena hasil kerja dinilai \"Di Atas Ekspektasi\".",
        "Alasan wajib diisi karena perilaku \"Adaptif\" dinilai \"Di Bawah Ekspektasi\".");

    vars.put("alasanHasilKerja", "Melampaui target");
    vars.put("alasanAdaptif", "Menolak perubahan prosedur");
    assertThat(rules.violations("form-penilaian-tahunan", vars)).isEmpty();
  }

  @Test
  void annualRating_unknownRating_isRefused() {
    assertThat(rules.violations("form-penilaian-tahunan", Map.of("hasilKerja", "ISTIMEWA")))
        .contains("Hasil kerja wajib dipilih: Di Atas, Sesuai, atau Di Bawah Ekspektasi.")
        .hasSize(9);
  }

  @Test
  void objection_needsReasons_andAChangeNamesTheNewRatings() {
    assertThat(rules.violations("form-hasil-penilaian", Map.of("ajukanKeberatan", true)))
        .containsExactly("Alasan keberatan wajib diisi bila Anda mengajukan keberatan.");
    assertThat(rules.violations("form-hasil-penilaian", Map.of("ajukanKeberatan", false))).isEmpty();
    // the gateway after the task reads it: left out, it is asked for instead of failing in the engine
    assertThat(rules.violations("form-hasil-penilaian", Map.of()))
        .containsExactly("Nyatakan apakah Anda mengajukan keberatan atas hasil penilaian ini (ya atau tidak).");
    assertThat(rules.violations("form-putusan-keberatan", Map.of("keputusanKeberatan", "UBAH",
        "alasanPutusan", "Bukti baru", "hasilKerja", "SESUAI", "perilakuKerja", "LUAR_BIASA")))
        .containsExactly("Perilaku kerja setelah keberatan wajib dipilih: Di Atas, Sesuai, atau Di Bawah Ekspektasi.");
  }

  @Test
  void objectionDecision_aChangeMustChangeTheAppealedRatings_aKeptResultKeepsThem() {
    // the variables are those after the submission: the appraisal's own ratings are there whatever was sent
    when(objections.appealedRatings(PenilaianTahunan.of("199001012015031001", 2026)))
        .thenReturn(java.util.Optional.of(new ObjectionService.AppealedRatings("DI_BAWAH", "SESUAI")));
    Map<String, Object> appealed = Map.of("nip", "199001012015031001", "tahun", 2026,
        "hasilKerja", "DI_BAWAH", "perilakuKerja", "SESUAI", "alasanPutusan", "Bukti triwulan IV");
    Map<String, Object> ubah = new HashMap<>(appealed);
    ubah.put("keputusanKeberatan", "UBAH");

    assertThat(rules.violations("form-putusan-keberatan", ubah)).singleElement().asString()
        .startsWith("Putusan \"nilai diubah\" harus mengubah hasil kerja, perilaku kerja, atau keduanya")
        .contains("hasil kerja Di Bawah Ekspektasi, perilaku kerja Sesuai Ekspektasi");
    ubah.put("perilakuKerja", "DI_ATAS");
    assertThat(rules.violations("form-putusan-keberatan", ubah)).as("one of the two changed").isEmpty();
    ubah.put("hasilKerja", null);
    assertThat(rules.violations("form-putusan-keberatan", ubah))
        .containsExactly("Hasil kerja setelah keberatan wajib dipilih: Di Atas, Sesuai, atau Di Bawah Ekspektasi.");

    Map<String, Object> tetap = new HashMap<>(appealed);
    tetap.put("keputusanKeberatan", "TETAP");
    assertThat(rules.violations("form-putusan-keberatan", tetap)).isEmpty();
    tetap.put("hasilKerja", "SESUAI");
    assertThat(rules.violations("form-putusan-keberatan", tetap))
        .containsExactly("Putusan \"nilai tetap\" tidak mengubah hasil kerja maupun perilaku kerja. "
            + "Bila nilai berubah, pilih \"nilai diubah\".");
  }

  @Test
  void periodReport_needsOneRealisasi_andWebLinksAsEvidence() {
    assertThat(rules.violations("form-laporan-realisasi", Map.of("realisasi", """
        [{"indikatorId": 1, "capaian": "", "buktiDukung": [{"tautan": "file:///C:/rahasia.pdf"}]}]""")))
        .containsExactly("Isi realisasi sedikitnya untuk satu indikator.",
            "Tautan bukti dukung harus diawali http:// atau https://: file:///C:/rahasia.pdf");
  }

  @Test
  void formsWithoutDomainRules_passUnchecked() {
    assertThat(rules.violations("form-tanggapan-keberatan", Map.of())).isEmpty();
    assertThat(rules.violations(null, Map.of())).isEmpty();
  }
}
