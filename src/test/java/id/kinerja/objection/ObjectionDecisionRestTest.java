package id.kinerja.objection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.calibration.CapaianOrganisasiService;
import id.kinerja.kernel.Tahun;
import id.kinerja.support.AppraisalYearDriver;
import id.kinerja.support.DemoEngineRest;
import id.kinerja.support.SharedApplicationTest;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The atasan's decision on an objection, through the REST API on the real year: "nilai diubah"
 * must name new ratings that differ from the appealed ones (otherwise the decision says "changed"
 * while the predikat stays), "nilai tetap" keeps them, and a real change determines the predikat again.
 */
@SharedApplicationTest
class ObjectionDecisionRestTest {

  static final int TAHUN = 2041;
  static final String UNIT = "BKPSDM";
  static final String WAHYU = "199304182019031012";     // staff of BKPSDM
  static final String PENILAI = "197212121998031008";   // Drs. Hendra Gunawan, head of BKPSDM
  static final String ATASAN = "197003151995031001";    // Dr. Ahmad Suryadi, Sekretaris Daerah

  private static final String SKP = """
      [{"jenis":"UTAMA","uraian":"Tersusunnya rekap data kepegawaian","rhkAtasanUraian":"Meningkatnya kualitas data ASN",
        "indikator":[{"uraian":"Rekap yang selesai","aspek":"KUANTITAS","target":"12 rekap"}]}]""";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;
  @Autowired CapaianOrganisasiService capaian;
  @Autowired JdbcClient jdbc;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void changedWithoutNewRatings_isRefused_keptWithOtherRatings_isRefused_aRealChangeDeterminesThePredikatAgain()
      throws Exception {
    DemoEngineRest rest = new DemoEngineRest(http);
    String instance = yearRatedDiBawahSesuai_andObjectedTo(rest);
    assertThat(runtimeService.getVariable(instance, "predikat")).isEqualTo("BUTUH_PERBAIKAN");
    String putusan = rest.taskOf(ATASAN, instance, "Task_PutuskanKeberatan");

    // "nilai diubah" with nothing else: the old code took the appraisal's own ratings and answered 204
    ResponseEntity<String> noRatings = decide(rest, putusan, Map.of("keputusanKeberatan", text("UBAH")));
    assertRefused(noRatings, "Putusan \"nilai diubah\" harus mengubah hasil kerja, perilaku kerja, atau keduanya");
    assertThat(json.readTree(noRatings.getBody()).path("message").asText())
        .contains("hasil kerja Di Bawah Ekspektasi, perilaku kerja Sesuai Ekspektasi");

    ResponseEntity<String> sameRatings = decide(rest, putusan, Map.of("keputusanKeberatan", text("UBAH"),
        "hasilKerja", text("DI_BAWAH"), "perilakuKerja", text("SESUAI")));
    assertRefused(sameRatings, "harus mengubah hasil kerja, perilaku kerja, atau keduanya");

    ResponseEntity<String> onlyOneRating = decide(rest, putusan, Map.of("keputusanKeberatan", text("UBAH"),
        "hasilKerja", Map.of("value", "", "type", "String")));
    assertRefused(onlyOneRating, "Hasil kerja setelah keberatan wajib dipilih");

    ResponseEntity<String> keptButChanged = decide(rest, putusan, Map.of("keputusanKeberatan", text("TETAP"),
        "hasilKerja", text("SESUAI"), "perilakuKerja", text("SESUAI")));
    assertRefused(keptButChanged, "Putusan \"nilai tetap\" tidak mengubah hasil kerja maupun perilaku kerja");

    // nothing of the refused decisions was stored
    assertThat(runtimeService.getVariables(instance)).containsEntry("hasilKerja", "DI_BAWAH")
        .containsEntry("perilakuKerja", "SESUAI").containsEntry("predikat", "BUTUH_PERBAIKAN")
        .doesNotContainKey("keputusanKeberatan");
    assertThat(jdbc.sql("""
            SELECT k.keputusan FROM keberatan k JOIN skp s ON s.id = k.skp_id WHERE s.nip = ? AND s.tahun = ?""")
        .params(WAHYU, TAHUN).query(String.class).optional()).isEmpty();

    ResponseEntity<String> changed = decide(rest, putusan, Map.of("keputusanKeberatan", text("UBAH"),
        "hasilKerja", text("SESUAI"), "perilakuKerja", text("SESUAI")));
    assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(204);

    // the model determines the predikat again from the new ratings (DMN predikat-kinerja)
    assertThat(runtimeService.getVariable(instance, "predikat")).isEqualTo("BAIK");
    assertThat(jdbc.sql("""
            SELECT k.keputusan || ' ' || k.hasil_kerja_disanggah || '/' || k.perilaku_kerja_disanggah || ' -> '
                   || k.hasil_kerja_baru || '/' || k.perilaku_kerja_baru || ' ' || k.predikat_baru
            FROM keberatan k JOIN skp s ON s.id = k.skp_id WHERE s.nip = ? AND s.tahun = ?""")
        .params(WAHYU, TAHUN).query(String.class).single())
        .isEqualTo("UBAH DI_BAWAH/SESUAI -> SESUAI/SESUAI BAIK");
    new AppraisalYearDriver(http).finalise(instance, ATASAN);
    assertThat(jdbc.sql("SELECT predikat FROM predikat_kinerja WHERE nip = ? AND tahun = ? AND melalui_keberatan")
        .params(WAHYU, TAHUN).query(String.class).single()).isEqualTo("BAIK");
  }

  /** Wahyu's year 2041 rated Di Bawah / Sesuai (Butuh Perbaikan), released, objected to, answered. */
  private String yearRatedDiBawahSesuai_andObjectedTo(DemoEngineRest rest) throws Exception {
    AppraisalYearDriver year = new AppraisalYearDriver(http);
    capaian.record(UNIT, Tahun.of(TAHUN), "BAIK", "Target kinerja unit tercapai", AppraisalYearDriver.BKPSDM);
    String instance = year.open(WAHYU, TAHUN);
    year.submitSkp(instance, WAHYU, SKP);
    year.approveSkp(instance, PENILAI, "[]");
    year.periods(instance, WAHYU, PENILAI, 4, "DI_BAWAH", "SESUAI");
    year.annualRating(instance, WAHYU, PENILAI, "DI_BAWAH", "SESUAI", Map.of());
    year.calibrateUnit(UNIT, TAHUN, PENILAI);
    submit(rest, WAHYU, rest.taskOf(WAHYU, instance, "Task_TerimaHasilPenilaian"), Map.of(
        "ajukanKeberatan", Map.of("value", true, "type", "Boolean"),
        "alasanKeberatan", text("Rekap triwulan IV selesai tepat waktu tetapi belum dinilai.")));
    submit(rest, PENILAI, rest.taskOf(PENILAI, instance, "Task_TanggapiKeberatan"),
        Map.of("tanggapanPenilai", text("Rekap triwulan IV memang terlambat dua minggu.")));
    return instance;
  }

  private ResponseEntity<String> decide(DemoEngineRest rest, String taskId, Map<String, Object> decision) {
    Map<String, Object> variables = new java.util.LinkedHashMap<>(decision);
    variables.put("alasanPutusan", text("Bukti dukung rekap triwulan IV menunjukkan target tercapai."));
    return rest.post(ATASAN, "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables));
  }

  private void submit(DemoEngineRest rest, String user, String taskId, Map<String, Object> variables) {
    ResponseEntity<String> response = rest.post(user, "/engine-rest/task/" + taskId + "/submit-form",
        Map.of("variables", variables));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(204);
  }

  private void assertRefused(ResponseEntity<String> response, String message) throws Exception {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(json.readTree(response.getBody()).path("message").asText()).contains(message);
  }

  private static Map<String, Object> text(String value) {
    return DemoEngineRest.text(value);
  }
}
