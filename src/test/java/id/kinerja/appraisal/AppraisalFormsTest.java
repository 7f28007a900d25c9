package id.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.calibration.KalibrasiProcess;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.NilaiBerakhlak;
import id.kinerja.kernel.Predikat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The forms of the cycle submit exactly the variables the BPMN conditions, the delegates and the
 * submission rules read (names from {@link AppraisalProcess}), with the contract values.
 */
class AppraisalFormsTest {

  static Map<String, JsonNode> forms = new HashMap<>();

  @BeforeAll
  static void readForms() throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        JsonNode form = json.readTree(file.toFile());
        forms.put(form.path("id").asText(), form);
      }
    }
  }

  @Test
  void skpDraft_submitsTheRhkListWithIndicators() {
    JsonNode rhk = list(AppraisalProcess.Forms.DRAFT_SKP, AppraisalProcess.RHK.name());
    assertThat(keys(rhk)).contains("jenis", "uraian", "rhkAtasan", "indikator", "aspek", "target");
    assertThat(values(rhk, "jenis")).containsExactlyInAnyOrder("UTAMA", "TAMBAHAN");
    assertThat(values(rhk, "aspek")).containsExactlyInAnyOrder("KUANTITAS", "KUALITAS", "WAKTU", "BIAYA");
  }

  @Test
  void skpDraft_choosesTheRhkAtasanFromTheOfferedOptions_withFreeTextOnlyWhenThereAreNone() {
    JsonNode rhk = list(AppraisalProcess.Forms.DRAFT_SKP, AppraisalProcess.RHK.name());
    JsonNode pilih = field(rhk, "rhkAtasan");
    JsonNode uraian = field(rhk, "rhkAtasanUraian");

    assertThat(pilih.path("type").asText()).isEqualTo("select");
    assertThat(pilih.path("valuesKey").asText()).isEqualTo(AppraisalProcess.PILIHAN_RHK_ATASAN.name());
    assertThat(uraian.path("type").asText()).isEqualTo("textfield");
    // inside the RHK list the task's variables are reached through "parent"
    assertThat(pilih.path("conditional").path("hide").asText())
        .contains("parent." + AppraisalProcess.PILIHAN_RHK_ATASAN.name()).contains("= 0");
    assertThat(uraian.path("conditional").path("hide").asText())
        .contains("parent." + AppraisalProcess.PILIHAN_RHK_ATASAN.name()).contains("> 0");
  }

  private static JsonNode field(JsonNode node, String key) {
    return node.findParents("key").stream().filter(f -> key.equals(f.path("key").asText())).findFirst()
        .orElseThrow(() -> new AssertionError("no field " + key));
  }

  @Test
  void skpReview_submitsTheGatewayDecision_andExpectationsPerBerakhlakValue() {
    JsonNode form = forms.get(AppraisalProcess.Forms.REVIEW_SKP);
    assertThat(values(form, AppraisalProcess.KEPUTUSAN_REVIEW_SKP.name())).containsExactlyInAnyOrder(
        AppraisalProcess.Decisions.SKP_SETUJU, AppraisalProcess.Decisions.SKP_KEMBALIKAN);
    assertThat(keys(form)).contains(AppraisalProcess.CATATAN_REVIEW.name());
    JsonNode ekspektasi = list(AppraisalProcess.Forms.REVIEW_SKP, AppraisalProcess.EKSPEKTASI_KHUSUS.name());
    Set<String> berakhlak = new HashSet<>();
    for (NilaiBerakhlak nilai : NilaiBerakhlak.values()) {
      berakhlak.add(nilai.name());
    }
    assertThat(values(ekspektasi, "nilai")).isEqualTo(berakhlak);
  }

  @Test
  void periodForms_keepTheIdsOfIndicatorsAndRhk() {
    assertThat(keys(list(AppraisalProcess.Forms.LAPORAN_REALISASI, AppraisalProcess.REALISASI.name())))
        .contains("indikatorId", "capaian", "catatan", "buktiDukung", "tautan");
    assertThat(keys(list(AppraisalProcess.Forms.PENILAIAN_PERIODIK, AppraisalProcess.UMPAN_BALIK_RHK.name())))
        .contains("rhkId", "umpanBalik");
    assertThat(keys(forms.get(AppraisalProcess.Forms.PENILAIAN_PERIODIK))).contains(
        AppraisalProcess.HASIL_KERJA_PERIODIK.name(), AppraisalProcess.PERILAKU_KERJA_PERIODIK.name(),
        AppraisalProcess.CATATAN_PERIODIK.name());
  }

  @Test
  void annualRating_ratesResultsAndEachBerakhlakValueWithReasons() {
    Set<String> keys = keys(forms.get(AppraisalProcess.Forms.PENILAIAN_TAHUNAN));
    assertThat(keys).contains(AppraisalProcess.HASIL_KERJA.name(), AppraisalProcess.ALASAN_HASIL_KERJA.name(),
        AppraisalProcess.PERILAKU_KERJA.name(), AppraisalProcess.ALASAN_PERILAKU_KERJA.name());
    for (NilaiBerakhlak nilai : NilaiBerakhlak.values()) {
      assertThat(keys).contains(nilai.ratingVariable(), nilai.reasonVariable());
    }
    assertThat(keys(forms.get(AppraisalProcess.Forms.PENILAIAN_DIRI))).contains(
        AppraisalProcess.PENILAIAN_DIRI_HASIL_KERJA.name(), AppraisalProcess.PENILAIAN_DIRI_PERILAKU_KERJA.name(),
        AppraisalProcess.CATATAN_PENILAIAN_DIRI.name());
  }

  @Test
  void objectionForms_submitWhatTheGatewaysAndTheDmnRead() {
    assertThat(keys(forms.get(AppraisalProcess.Forms.HASIL_PENILAIAN))).contains(
        AppraisalProcess.AJUKAN_KEBERATAN.name(), AppraisalProcess.ALASAN_KEBERATAN.name());
    assertThat(keys(forms.get(AppraisalProcess.Forms.TANGGAPAN_KEBERATAN)))
        .contains(AppraisalProcess.TANGGAPAN_PENILAI.name());
    JsonNode putusan = forms.get(AppraisalProcess.Forms.PUTUSAN_KEBERATAN);
    assertThat(values(putusan, AppraisalProcess.KEPUTUSAN_KEBERATAN.name())).containsExactlyInAnyOrder(
        AppraisalProcess.Decisions.KEBERATAN_TETAP, AppraisalProcess.Decisions.KEBERATAN_UBAH);
    // the DMN reads hasilKerja / perilakuKerja: a changed rating overwrites them
    assertThat(keys(putusan)).contains(AppraisalProcess.HASIL_KERJA.name(), AppraisalProcess.PERILAKU_KERJA.name(),
        AppraisalProcess.ALASAN_PUTUSAN.name());
    assertThat(keys(forms.get(AppraisalProcess.Forms.PENETAPAN_HASIL))).contains(
        AppraisalProcess.HASIL_DITETAPKAN.name(), AppraisalProcess.CATATAN_PENETAPAN.name());
    assertThat(keys(forms.get(AppraisalProcess.Forms.LENGKAPI_PEJABAT))).contains(
        AppraisalProcess.PEJABAT_PENILAI.name(), AppraisalProcess.ATASAN_PEJABAT_PENILAI.name());
  }

  @Test
  void calibrationForms_submitWhatTheUnitProcessAndItsRulesRead() {
    JsonNode kalibrasi = forms.get(KalibrasiProcess.Forms.KALIBRASI_KURVA_UNIT);
    assertThat(values(kalibrasi, KalibrasiProcess.TINDAKAN_KALIBRASI.name())).containsExactlyInAnyOrder(
        KalibrasiProcess.Status.TINDAKAN_UBAH, KalibrasiProcess.Status.TINDAKAN_JUSTIFIKASI);
    JsonNode usulan = list(KalibrasiProcess.Forms.KALIBRASI_KURVA_UNIT, KalibrasiProcess.USULAN_KALIBRASI.name());
    assertThat(keys(usulan)).contains("nip", "predikat");
    Set<String> predikat = new HashSet<>();
    for (Predikat p : Predikat.values()) {
      predikat.add(p.name());
    }
    assertThat(values(usulan, "predikat")).isEqualTo(predikat);
    assertThat(keys(kalibrasi)).contains(KalibrasiProcess.JUSTIFIKASI_KURVA.name());
    assertThat(kalibrasi.toString()).contains("{{" + KalibrasiProcess.TABEL_KURVA.name() + "}}");
    assertThat(kalibrasi.toString()).contains("{{" + KalibrasiProcess.TABEL_DILEPAS.name() + "}}");
    JsonNode putusan = forms.get(KalibrasiProcess.Forms.TERIMA_JUSTIFIKASI_KURVA);
    assertThat(values(putusan, KalibrasiProcess.PUTUSAN_JUSTIFIKASI.name())).containsExactlyInAnyOrder(
        KalibrasiProcess.Status.JUSTIFIKASI_TERIMA, KalibrasiProcess.Status.JUSTIFIKASI_TOLAK);
    assertThat(keys(putusan)).contains(KalibrasiProcess.CATATAN_BKPSDM.name());
    // the employee reads why the predikat is what it is after calibration
    assertThat(forms.get(AppraisalProcess.Forms.HASIL_PENILAIAN).toString()).contains("{{catatanKalibrasi}}");
  }

  @Test
  void everyFormOfTheCycle_existsAndOpensWithGuidance() throws IllegalAccessException {
    var constants = new java.util.ArrayList<>(java.util.List.of(AppraisalProcess.Forms.class.getFields()));
    constants.addAll(java.util.List.of(KalibrasiProcess.Forms.class.getFields()));
    constants.addAll(java.util.List.of(id.kinerja.followup.TindakLanjutProcess.Forms.class.getFields()));
    for (var constant : constants) {
      String id = (String) constant.get(null);
      JsonNode form = forms.get(id);
      assertThat(form).as(id).isNotNull();
      assertThat(form.path("schemaVersion").asInt()).as(id).isEqualTo(16);
      // whose task and by when first (FormHeadersTest), then what to do
      assertThat(form.path("components").get(0).path("id").asText()).as(id).isEqualTo("Text_Kepala");
      assertThat(form.path("components").get(1).path("type").asText()).as(id).isEqualTo("text");
      assertThat(form.path("components").get(1).path("text").asText()).as(id).startsWith("## ");
    }
  }

  private static JsonNode list(String formId, String path) {
    JsonNode form = forms.get(formId);
    assertThat(form).as(formId).isNotNull();
    for (JsonNode component : form.findParents("path")) {
      if ("dynamiclist".equals(component.path("type").asText()) && path.equals(component.path("path").asText())) {
        return component;
      }
    }
    throw new AssertionError(formId + " has no dynamic list bound to " + path);
  }

  private static Set<String> keys(JsonNode node) {
    Set<String> keys = new HashSet<>();
    node.findValues("key").forEach(k -> keys.add(k.asText()));
    node.findValues("path").forEach(p -> keys.add(p.asText()));
    return keys;
  }

  private static Set<String> values(JsonNode node, String key) {
    Set<String> values = new HashSet<>();
    for (JsonNode field : node.findParents("key")) {
      if (key.equals(field.path("key").asText())) {
        field.path("values").forEach(v -> values.add(v.path("value").asText()));
      }
    }
    return values;
  }
}
