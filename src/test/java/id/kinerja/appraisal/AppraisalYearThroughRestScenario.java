package id.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.calibration.CapaianOrganisasiService;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.kernel.Tahun;
import id.kinerja.skp.SkpService;
import id.kinerja.support.DemoEngineRest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One employee's whole year through the REST API, each step done by the person who does it in
 * real life (demo organisation, password "demo"): BKPSDM opens the year, the employee drafts the
 * SKP, the appraiser returns it once and then approves, each quarter the employee reports and the
 * appraiser rates, then self-assessment and 360 feedback from three peers the appraiser chose,
 * annual rating (with the peers' aggregate), the result is accepted, the atasan
 * confirms it, and the predikat is in the product's tables. Timers (the quarters) are fired by the
 * admin, as time would.
 */
abstract class AppraisalYearThroughRestScenario {

  static final String PEGAWAI = "198809092012121010";      // Rudi Hartono
  static final String PENILAI = "197212121998031008";      // Kepala BKPSDM, his appraiser
  static final String ATASAN = "197003151995031001";       // Sekretaris Daerah, the appraiser's appraiser
  static final String BKPSDM = "198506152010012009";       // Yuni Astuti, BKPSDM operator
  static final int TAHUN = 2032;
  /** Rudi's peers asked for 360 feedback: Fitri, Wahyu, Eko. */
  static final List<String> REKAN = List.of("199101012015042011", "199304182019031012", "198706122011031014");
  static final List<String> BERAKHLAK = List.of("BerorientasiPelayanan", "Akuntabel", "Kompeten", "Harmonis",
      "Loyal", "Adaptif", "Kolaboratif");

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired SkpService skpService;
  @Autowired CapaianOrganisasiService capaianOrganisasi;
  private final ObjectMapper json = new ObjectMapper();
  private DemoEngineRest rest;

  @Autowired org.camunda.bpm.engine.ProcessEngine engine;

  /** EngineQueryTuning: the group-id question asked without a full scan, the subtask index there. */
  @Test
  void engineStatementsTuned_sameAuthorizedGroups_subtaskIndexPresent() throws Exception {
    var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String mapped = configuration.getDbSqlSessionFactory().mapStatement("selectAuthorizedGroupIds");
    assertThat(mapped).startsWith("kinerjaSelectAuthorizedGroupIds");
    List<String> engines = jdbc.sql("SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION").query(String.class).list()
        .stream().filter(java.util.Objects::nonNull).sorted().toList();
    List<String> ours = configuration.getCommandExecutorTxRequired().execute(context ->
        context.getDbSqlSession().selectList("selectAuthorizedGroupIds", null)).stream().map(String.class::cast)
        .sorted().toList();
    assertThat(ours).as(mapped).isEqualTo(engines).contains("bkpsdm", "asn");
    // a group grant still works through the replaced statement: BKPSDM (by group) reads the definitions
    assertThat(rest().get(BKPSDM, "/engine-rest/process-definition?key=appraisal-cycle")).isNotEmpty();
    try (var connection = configuration.getDataSource().getConnection()) {
      var meta = connection.getMetaData();
      boolean found = false;
      for (String table : List.of("ACT_RU_TASK", "act_ru_task")) {
        try (var indexes = meta.getIndexInfo(null, null, table, false, false)) {
          while (indexes.next()) {
            found |= "KIN_IDX_TASK_PARENT".equalsIgnoreCase(indexes.getString("INDEX_NAME"));
          }
        }
      }
      assertThat(found).as("index on ACT_RU_TASK.PARENT_TASK_ID_").isTrue();
    }
  }

  @Test
  void oneEmployeesWholeYear_skpToPenetapan_asTheRealUsers() throws Exception {
    ResponseEntity<String> opened = post(BKPSDM, "/engine-rest/process-definition/key/appraisal-cycle/start",
        Map.of("businessKey", PEGAWAI + "-" + TAHUN, "variables", Map.of(
            "nip", Map.of("value", PEGAWAI), "tahun", Map.of("value", TAHUN, "type", "Integer"))));
    assertThat(opened.getStatusCode().value()).as(opened.getBody()).isEqualTo(200);
    String instance = json.readTree(opened.getBody()).get("id").asText();
    // a second opening of the same year is refused and leaves nothing behind
    ResponseEntity<String> again = post(BKPSDM, "/engine-rest/process-definition/key/appraisal-cycle/start",
        Map.of("businessKey", PEGAWAI + "-" + TAHUN, "variables", Map.of(
            "nip", Map.of("value", PEGAWAI), "tahun", Map.of("value", TAHUN, "type", "Integer"))));
    assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(409);
    assertThat(again.getBody()).contains("Siklus penilaian " + PEGAWAI + "-" + TAHUN + " sudah dibuka");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM siklus_penilaian WHERE nip = ? AND tahun = ?")
        .params(PEGAWAI, TAHUN).query(Long.class).single()).isEqualTo(1);

    // SKP: drafted, returned with a note, drafted again, approved. The appraiser has no SKP of
    // 2032, so there is no RHK to link to: the RHK atasan is written as text.
    String draft = taskOf(PEGAWAI, instance, "Task_DraftSkp");
    assertThat(jsonVariable(PEGAWAI, draft, "pilihanRhkAtasan")).isEmpty();
    String skp = """
        [{"jenis":"UTAMA","uraian":"Tersusunnya analisis kebutuhan pelatihan pegawai",
          "rhkAtasanUraian":"Meningkatnya kompetensi aparatur",
          "indikator":[{"uraian":"Dokumen analisis yang selesai","aspek":"KUANTITAS","target":"1 dokumen"}]}]""";
    submit(PEGAWAI, draft, Map.of("rhk", jsonValue(skp)));
    assertThat(submit(PENILAI, taskOf(PENILAI, instance, "Task_ReviewSkp"),
        Map.of("keputusanReviewSkp", text("KEMBALIKAN"), "catatanReview", text("Tambahkan indikator waktu."))))
        .isEqualTo(204);
    String revised = skp.replace("\"target\":\"1 dokumen\"}]",
        "\"target\":\"1 dokumen\"},{\"uraian\":\"Analisis selesai tepat waktu\",\"aspek\":\"WAKTU\",\"target\":\"Maret\"}]");
    submit(PEGAWAI, taskOf(PEGAWAI, instance, "Task_DraftSkp"), Map.of("rhk", jsonValue(revised)));
    submit(PENILAI, taskOf(PENILAI, instance, "Task_ReviewSkp"), Map.of("keputusanReviewSkp", text("SETUJU")));
    assertThat(jdbc.sql("SELECT status FROM skp WHERE nip = ? AND tahun = ?").params(PEGAWAI, TAHUN)
        .query(String.class).single()).isEqualTo("DISETUJUI");
    assertThat(jdbc.sql("""
            SELECT r.rhk_atasan, r.rhk_atasan_id FROM rhk r JOIN skp s ON s.id = r.skp_id
            WHERE s.nip = ? AND s.tahun = ?""").params(PEGAWAI, TAHUN).query().singleRow())
        .containsEntry("RHK_ATASAN", "Meningkatnya kompetensi aparatur").containsEntry("RHK_ATASAN_ID", null);

    // a day's activity logged in the first quarter (through the product's page or /api/kegiatan-harian
    // on that day; written here directly, as 2032 has not come yet)
    long rhkId = jdbc.sql("SELECT r.id FROM rhk r JOIN skp s ON s.id = r.skp_id WHERE s.nip = ? AND s.tahun = ?")
        .params(PEGAWAI, TAHUN).query(Long.class).list().get(0);
    jdbc.sql("INSERT INTO kegiatan_harian (nip, tanggal, rhk_id, uraian) VALUES (?, ?, ?, ?)")
        .params(PEGAWAI, java.time.LocalDate.of(TAHUN, 2, 10), rhkId, "Wawancara kebutuhan pelatihan di Dinas Pendidikan")
        .update();

    // four quarters: the period opens, the employee reports with evidence, the appraiser rates
    for (int quarter = 1; quarter <= 4; quarter++) {
      fireTimer(instance, "Timer_PeriodeDibuka");
      String report = taskOf(PEGAWAI, instance, "Task_LaporkanRealisasi");
      ArrayNode realisasi = (ArrayNode) jsonVariable(PEGAWAI, report, "realisasi");
      assertThat(realisasi).hasSize(2);
      for (JsonNode item : realisasi) {
        ((ObjectNode) item).put("capaian", "Sesuai rencana triwulan " + quarter);
        ((ObjectNode) item).putArray("buktiDukung").addObject()
            .put("tautan", "https://drive.example.go.id/bukti/" + quarter).put("keterangan", "Notula");
      }
      submit(PEGAWAI, report, Map.of("realisasi", jsonValue(json.writeValueAsString(realisasi))));
      String periodRating = taskOf(PENILAI, instance, "Task_NilaiPeriode");
      String digest = variable(PENILAI, periodRating, "kegiatanHarianPeriode");
      if (quarter == 1) {
        assertThat(digest).contains("Wawancara kebutuhan pelatihan di Dinas Pendidikan");
      } else {
        assertThat(digest).doesNotContain("Wawancara");
      }
      submit(PENILAI, periodRating, Map.of(
          "hasilKerjaPeriodik", text("SESUAI"), "perilakuKerjaPeriodik", text("SESUAI"),
          "catatanPeriodik", text("Pertahankan.")));
    }

    // the annual appraisal: a reason is required for every rating that is not SESUAI
    submit(PEGAWAI, taskOf(PEGAWAI, instance, "Task_PenilaianDiri"), Map.of(
        "penilaianDiriHasilKerja", text("DI_ATAS"), "penilaianDiriPerilakuKerja", text("SESUAI"),
        "catatanPenilaianDiri", text("Semua target tercapai lebih awal.")));

    // 360 feedback: the appraiser is offered Rudi's peers, picks three, and they answer
    String pilih = taskOf(PENILAI, instance, "Task_PilihPenilai360");
    JsonNode usulan = jsonVariable(PENILAI, pilih, "pilihanPenilai360");
    assertThat(usulan).hasSize(7);
    assertThat(usulan.toString()).contains(REKAN.get(0)).doesNotContain(PEGAWAI).doesNotContain(PENILAI);
    ResponseEntity<String> terlaluSedikit = postRaw(PENILAI, "/engine-rest/task/" + pilih + "/submit-form",
        Map.of("penilai360Terpilih", jsonValue(json.writeValueAsString(REKAN.subList(0, 2)))));
    assertThat(terlaluSedikit.getStatusCode().value()).isEqualTo(400);
    assertThat(terlaluSedikit.getBody()).contains("Pilih 3 sampai 8 penilai");
    submit(PENILAI, pilih, Map.of("penilai360Terpilih", jsonValue(json.writeValueAsString(REKAN))));
    for (int i = 0; i < REKAN.size(); i++) {
      Map<String, Object> jawaban = new LinkedHashMap<>();
      for (String value : BERAKHLAK) {
        jawaban.put("skor" + value, text(String.valueOf(3 + i % 3)));
      }
      submit(REKAN.get(i), feedbackTaskOf(REKAN.get(i), TAHUN), jawaban);
    }

    String rating = taskOf(PENILAI, instance, "Task_NilaiKinerjaTahunan");
    assertThat(variable(PENILAI, rating, "umpanBalik360Ringkasan")).contains("3 jawaban")
        .contains("| Kolaboratif | 3 | 4,00 | 0 | 0 | 1 | 1 | 1 |");
    Map<String, Object> ratings = new LinkedHashMap<>();
    ratings.put("hasilKerja", text("DI_ATAS"));
    for (String value : BERAKHLAK) {
      ratings.put("perilaku" + value, text("SESUAI"));
    }
    ratings.put("perilakuKerja", text("DI_ATAS"));
    ratings.put("alasanPerilakuKerja", text("Menjadi rujukan rekan kerja."));
    ResponseEntity<String> withoutReason = postRaw(PENILAI, "/engine-rest/task/" + rating + "/submit-form", ratings);
    assertThat(withoutReason.getStatusCode().value()).isEqualTo(400);
    assertThat(withoutReason.getBody()).contains("Alasan wajib diisi");
    ratings.put("alasanHasilKerja", text("Analisis selesai dua bulan lebih cepat dan dipakai unit lain."));
    submit(PENILAI, rating, ratings);

    // calibration of the unit: Rudi is the only one of BKPSDM with an open 2032, so the unit's curve
    // is his alone; BKPSDM records the unit as Istimewa (on /admin/capaian-organisasi), and Sangat
    // Baik "at most 70%" of one person is nobody: outside the curve, the unit head calibrates
    assertThat(get(PEGAWAI, "/engine-rest/task?processInstanceId=" + instance)).isEmpty();
    capaianOrganisasi.record("BKPSDM", Tahun.of(TAHUN), "ISTIMEWA", "Laporan kinerja BKPSDM 2032", BKPSDM);
    String unit = get("demo", "/engine-rest/process-instance?processDefinitionKey=kalibrasi-unit&businessKey=BKPSDM-" + TAHUN)
        .get(0).get("id").asText();
    runJobs(unit);
    String kalibrasi = taskOf(PENILAI, unit, "Task_KalibrasiKurvaUnit");
    assertThat(variable(PENILAI, kalibrasi, "tabelKurva")).contains("**TIDAK terpenuhi**");
    ResponseEntity<String> unchanged = postRaw(PENILAI, "/engine-rest/task/" + kalibrasi + "/submit-form",
        Map.of("tindakanKalibrasi", text("UBAH")));
    assertThat(unchanged.getStatusCode().value()).isEqualTo(400);
    assertThat(unchanged.getBody()).contains("Belum ada predikat yang diubah");
    submit(PENILAI, kalibrasi, Map.of("tindakanKalibrasi", text("JUSTIFIKASI"),
        "justifikasiKurva", text("Satu-satunya analis yang menyelesaikan analisis kebutuhan pelatihan lebih awal.")));
    // BKPSDM accepts the justification: the unit is released as proposed
    JsonNode forBkpsdm = get(BKPSDM, "/engine-rest/task?processInstanceId=" + unit + "&candidateGroup=bkpsdm");
    assertThat(forBkpsdm).hasSize(1);
    assertThat(get(PEGAWAI, "/engine-rest/task?processInstanceId=" + unit)).as("an ASN sees no calibration").isEmpty();
    submit(BKPSDM, forBkpsdm.get(0).get("id").asText(), Map.of("putusanJustifikasi", text("TERIMA")));

    // the employee sees the result and accepts it; the atasan confirms (penetapan)
    String result = taskOf(PEGAWAI, instance, "Task_TerimaHasilPenilaian");
    assertThat(variable(PEGAWAI, result, "predikat")).isEqualTo("SANGAT_BAIK");
    assertThat(variable(PEGAWAI, result, "catatanKalibrasi")).contains("justifikasi kepala unit diterima BKPSDM");
    submit(PEGAWAI, result, Map.of("ajukanKeberatan", Map.of("value", false, "type", "Boolean")));
    submit(ATASAN, taskOf(ATASAN, instance, "Task_TetapkanHasil"), Map.of(
        "hasilDitetapkan", Map.of("value", true, "type", "Boolean"), "catatanPenetapan", text("Ditetapkan.")));

    assertThat(get("demo", "/engine-rest/history/process-instance/" + instance).get("state").asText())
        .isEqualTo("COMPLETED");
    assertThat(jdbc.sql("SELECT predikat FROM predikat_kinerja WHERE nip = ? AND tahun = ?")
        .params(PEGAWAI, TAHUN).query(String.class).single()).isEqualTo("SANGAT_BAIK");

    // follow-up: Sangat Baik is nominated for a reward, decided by BKPSDM
    JsonNode nomination = get(BKPSDM, "/engine-rest/task?processDefinitionKey=tindak-lanjut-penilaian"
        + "&processInstanceBusinessKey=" + PEGAWAI + "-" + TAHUN + "&candidateGroup=bkpsdm");
    assertThat(nomination).hasSize(1);
    assertThat(nomination.get(0).get("taskDefinitionKey").asText()).isEqualTo("Task_UsulanPenghargaan");
    submit(BKPSDM, nomination.get(0).get("id").asText(), Map.of("keputusanPenghargaan", text("DITERIMA"),
        "catatanPenghargaan", text("Diusulkan sebagai pegawai teladan")));
    assertThat(jdbc.sql("SELECT keputusan FROM usulan_penghargaan WHERE nip = ? AND tahun = ?")
        .params(PEGAWAI, TAHUN).query(String.class).single()).isEqualTo("DITERIMA");
  }

  /** The job executor is off in tests: run the asynchronous steps of an instance as time would. */
  private void runJobs(String instance) throws Exception {
    for (JsonNode job : get("demo", "/engine-rest/job?processInstanceId=" + instance + "&messages=true&executable=true")) {
      ResponseEntity<String> ran = post("demo", "/engine-rest/job/" + job.get("id").asText() + "/execute", Map.of());
      assertThat(ran.getStatusCode().value()).as(ran.getBody()).isEqualTo(204);
    }
  }

  @Test
  void appraiserWithApprovedSkp_employeeLinksEachRhkToOneOfTheAppraisersRhk() throws Exception {
    int tahun = TAHUN + 1;
    // the appraiser's own SKP of the year, approved (his cycle is the subject of the test above)
    skpService.openCycle(PenilaianTahunan.of(PENILAI, tahun), ATASAN, ATASAN, null);
    skpService.submitDraft(PenilaianTahunan.of(PENILAI, tahun), json.readTree("""
        [{"jenis":"UTAMA","uraian":"Meningkatnya kompetensi aparatur","rhkAtasanUraian":"Meningkatnya kualitas ASN",
          "indikator":[{"uraian":"Pegawai yang mengikuti pelatihan","aspek":"KUANTITAS","target":"80%"}]},
         {"jenis":"UTAMA","uraian":"Tertatanya data kepegawaian",
          "indikator":[{"uraian":"Data yang mutakhir","aspek":"KUALITAS","target":"100%"}]}]"""));
    skpService.approve(PenilaianTahunan.of(PENILAI, tahun), null);
    List<Long> rhkPenilai = jdbc.sql("""
            SELECT r.id FROM rhk r JOIN skp s ON s.id = r.skp_id WHERE s.nip = ? AND s.tahun = ? ORDER BY r.urutan""")
        .params(PENILAI, tahun).query(Long.class).list();

    ResponseEntity<String> opened = post(BKPSDM, "/engine-rest/process-definition/key/appraisal-cycle/start",
        Map.of("businessKey", PEGAWAI + "-" + tahun, "variables", Map.of(
            "nip", Map.of("value", PEGAWAI), "tahun", Map.of("value", tahun, "type", "Integer"))));
    assertThat(opened.getStatusCode().value()).as(opened.getBody()).isEqualTo(200);
    String instance = json.readTree(opened.getBody()).get("id").asText();
    String draft = taskOf(PEGAWAI, instance, "Task_DraftSkp");

    // the form offers the appraiser's RHK, by id
    JsonNode pilihan = jsonVariable(PEGAWAI, draft, "pilihanRhkAtasan");
    assertThat(pilihan).hasSize(2);
    assertThat(pilihan.get(0).get("label").asText()).isEqualTo("Meningkatnya kompetensi aparatur");
    assertThat(pilihan.get(0).get("value").asText()).isEqualTo(rhkPenilai.get(0).toString());

    String skp = """
        [{"jenis":"UTAMA","uraian":"Tersusunnya analisis kebutuhan pelatihan pegawai",%s
          "indikator":[{"uraian":"Dokumen analisis yang selesai","aspek":"KUANTITAS","target":"1 dokumen"}]}]""";
    // free text, or an RHK that is not the appraiser's, is refused with a readable message
    ResponseEntity<String> text = postRaw(PEGAWAI, "/engine-rest/task/" + draft + "/submit-form",
        Map.of("rhk", jsonValue(skp.formatted("\"rhkAtasanUraian\":\"Meningkatnya kompetensi aparatur\","))));
    assertThat(text.getStatusCode().value()).isEqualTo(400);
    assertThat(text.getBody()).contains("RHK 1: pilih RHK atasan yang diintervensi dari SKP pejabat penilai.");
    long bukanAtasan = jdbc.sql("SELECT MAX(id) FROM rhk").query(Long.class).single() + 1000;
    ResponseEntity<String> wrong = postRaw(PEGAWAI, "/engine-rest/task/" + draft + "/submit-form",
        Map.of("rhk", jsonValue(skp.formatted("\"rhkAtasan\":\"" + bukanAtasan + "\","))));
    assertThat(wrong.getStatusCode().value()).isEqualTo(400);
    assertThat(wrong.getBody()).contains("RHK 1: RHK atasan '" + bukanAtasan
        + "' tidak ada dalam SKP pejabat penilai tahun " + tahun);

    submit(PEGAWAI, draft, Map.of("rhk", jsonValue(skp.formatted("\"rhkAtasan\":\"" + rhkPenilai.get(0) + "\","))));

    assertThat(jdbc.sql("""
            SELECT r.rhk_atasan, r.rhk_atasan_id FROM rhk r JOIN skp s ON s.id = r.skp_id
            WHERE s.nip = ? AND s.tahun = ?""").params(PEGAWAI, tahun).query().singleRow())
        .containsEntry("RHK_ATASAN", "Meningkatnya kompetensi aparatur")
        .hasEntrySatisfying("RHK_ATASAN_ID", id -> assertThat(((Number) id).longValue()).isEqualTo(rhkPenilai.get(0)));
    // the appraiser's review shows the wording of the linked RHK
    JsonNode reviewed = jsonVariable(PENILAI, taskOf(PENILAI, instance, "Task_ReviewSkp"), "rhk");
    assertThat(reviewed.get(0).get("rhkAtasanUraian").asText()).isEqualTo("Meningkatnya kompetensi aparatur");
  }

  private DemoEngineRest rest() {
    if (rest == null) {
      rest = new DemoEngineRest(http);
    }
    return rest;
  }

  private String taskOf(String user, String instance, String definitionKey) throws Exception {
    return rest().taskOf(user, instance, definitionKey);
  }

  /** The rater's own 360 task about this year's appraisal, as the rater sees it. */
  private String feedbackTaskOf(String rater, int tahun) throws Exception {
    // a POST query: an NIP in a URL would be read as a number
    ResponseEntity<String> response = post(rater, "/engine-rest/task", Map.of(
        "taskDefinitionKey", "Task_BeriUmpanBalik360", "assignee", rater,
        "processVariables", List.of(Map.of("name", "nipDinilai", "operator", "eq", "value", PEGAWAI),
            Map.of("name", "tahun", "operator", "eq", "value", tahun))));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    JsonNode tasks = json.readTree(response.getBody());
    assertThat(tasks).as(rater + " is asked for 360 feedback").hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  private int submit(String user, String taskId, Map<String, Object> variables) {
    ResponseEntity<String> response = postRaw(user, "/engine-rest/task/" + taskId + "/submit-form", variables);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(204);
    return response.getStatusCode().value();
  }

  private ResponseEntity<String> postRaw(String user, String path, Map<String, Object> variables) {
    return post(user, path, Map.of("variables", variables));
  }

  private ResponseEntity<String> post(String user, String path, Object body) {
    return rest().post(user, path, body);
  }

  private JsonNode get(String user, String path) throws Exception {
    return rest().get(user, path);
  }

  private String variable(String user, String taskId, String name) throws Exception {
    return get(user, "/engine-rest/task/" + taskId + "/form-variables?variableNames=" + name).get(name).get("value").asText();
  }

  /** A JSON variable as REST shows it: the JSON itself, or JSON text (type "Json"). */
  private JsonNode jsonVariable(String user, String taskId, String name) throws Exception {
    return rest().jsonVariable(user, taskId, name);
  }

  private void fireTimer(String instance, String activityId) throws Exception {
    rest().fireTimer(instance, activityId);
  }

  private static Map<String, Object> text(String value) {
    return DemoEngineRest.text(value);
  }

  private static Map<String, Object> jsonValue(String value) {
    return DemoEngineRest.jsonValue(value);
  }
}
