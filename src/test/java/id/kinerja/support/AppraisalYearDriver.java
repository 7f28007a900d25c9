package id.kinerja.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Drives one employee's appraisal year through the REST API, each step as the person who does it
 * (demo logins, password "demo"), as AppraisalYearThroughRestTest does: fixtures made by the real
 * process, not by SQL.
 */
public final class AppraisalYearDriver {

  public static final String BKPSDM = "198506152010012009";   // Yuni Astuti, BKPSDM operator
  private static final String[] NILAI = {"BerorientasiPelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal",
      "Adaptif", "Kolaboratif"};

  private final ObjectMapper json = new ObjectMapper();

  private final DemoEngineRest rest;

  public AppraisalYearDriver(TestRestTemplate http) {
    this.rest = new DemoEngineRest(http);
  }

  /** BKPSDM opens the year; returns the process instance id. */
  public String open(String nip, int tahun) throws Exception {
    ResponseEntity<String> opened = post(BKPSDM, "/engine-rest/process-definition/key/appraisal-cycle/start",
        Map.of("businessKey", nip + "-" + tahun, "variables", Map.of(
            "nip", Map.of("value", nip), "tahun", Map.of("value", tahun, "type", "Integer"))));
    assertThat(opened.getStatusCode().value()).as(opened.getBody()).isEqualTo(200);
    return json.readTree(opened.getBody()).get("id").asText();
  }

  /** The employee submits the SKP draft (JSON list of RHK). */
  public void submitSkp(String instance, String nip, String skp) throws Exception {
    submit(nip, taskOf(nip, instance, "Task_DraftSkp"), Map.of("rhk", jsonValue(skp)));
  }

  /** The appraiser approves, with ekspektasi khusus [{nilai, ekspektasi}]. */
  public void approveSkp(String instance, String penilai, String ekspektasiKhusus) throws Exception {
    submit(penilai, taskOf(penilai, instance, "Task_ReviewSkp"), Map.of(
        "keputusanReviewSkp", text("SETUJU"), "ekspektasiKhusus", jsonValue(ekspektasiKhusus)));
  }

  public void returnSkp(String instance, String penilai, String catatan) throws Exception {
    submit(penilai, taskOf(penilai, instance, "Task_ReviewSkp"), Map.of(
        "keputusanReviewSkp", text("KEMBALIKAN"), "catatanReview", text(catatan)));
  }

  /** Every period: the timer fires, the employee reports, the appraiser rates. */
  public void periods(String instance, String nip, String penilai, int count, String hasilKerja,
      String perilakuKerja) throws Exception {
    for (int period = 1; period <= count; period++) {
      fireTimer(instance, "Timer_PeriodeDibuka");
      String report = taskOf(nip, instance, "Task_LaporkanRealisasi");
      ArrayNode realisasi = (ArrayNode) jsonVariable(nip, report, "realisasi");
      for (JsonNode item : realisasi) {
        ((ObjectNode) item).put("capaian", "Capaian periode " + period + ": " + item.path("target").asText());
      }
      submit(nip, report, Map.of("realisasi", jsonValue(json.writeValueAsString(realisasi))));
      submit(penilai, taskOf(penilai, instance, "Task_NilaiPeriode"), Map.of(
          "hasilKerjaPeriodik", text(hasilKerja), "perilakuKerjaPeriodik", text(perilakuKerja),
          "catatanPeriodik", text("Catatan periode " + period)));
    }
  }

  /** Self-assessment, then the appraiser's annual rating (each value SESUAI unless told). */
  public void annualRating(String instance, String nip, String penilai, String hasilKerja, String perilakuKerja,
      Map<String, String> perilakuPerNilai) throws Exception {
    submit(nip, taskOf(nip, instance, "Task_PenilaianDiri"), Map.of(
        "penilaianDiriHasilKerja", text("SESUAI"), "penilaianDiriPerilakuKerja", text("SESUAI"),
        "catatanPenilaianDiri", text("Target tercapai.")));
    feedback360IfAsked(instance, nip, penilai);
    Map<String, Object> ratings = new LinkedHashMap<>();
    ratings.put("hasilKerja", text(hasilKerja));
    if (!hasilKerja.equals("SESUAI")) {
      ratings.put("alasanHasilKerja", text("Alasan hasil kerja " + words(hasilKerja)));
    }
    for (String value : NILAI) {
      String rating = perilakuPerNilai.getOrDefault(value, "SESUAI");
      ratings.put("perilaku" + value, text(rating));
      if (!rating.equals("SESUAI")) {
        ratings.put("alasan" + value, text("Alasan " + value + " " + words(rating)));
      }
    }
    ratings.put("perilakuKerja", text(perilakuKerja));
    if (!perilakuKerja.equals("SESUAI")) {
      ratings.put("alasanPerilakuKerja", text("Alasan perilaku kerja " + words(perilakuKerja)));
    }
    submit(penilai, taskOf(penilai, instance, "Task_NilaiKinerjaTahunan"), ratings);
  }

  /**
   * Where the model asks for 360 feedback beside the self-assessment (Task_PilihPenilai360), the
   * appraiser picks the first three proposed raters and each answers; a model without it skips this.
   */
  private void feedback360IfAsked(String instance, String nip, String penilai) throws Exception {
    JsonNode pick = get(penilai, "/engine-rest/task?processInstanceId=" + instance
        + "&taskDefinitionKey=Task_PilihPenilai360&assignee=" + penilai);
    if (pick.isEmpty()) {
      return;
    }
    String task = pick.get(0).get("id").asText();
    JsonNode options = jsonVariable(penilai, task, "pilihanPenilai360");
    java.util.List<String> raters = new java.util.ArrayList<>();
    for (int i = 0; i < Math.min(3, options.size()); i++) {
      raters.add(options.get(i).path("value").asText());
    }
    JsonNode tahun = get(penilai, "/engine-rest/task/" + task + "/form-variables?variableNames=tahun").get("tahun").get("value");
    submit(penilai, task, Map.of("penilai360Terpilih", jsonValue(json.writeValueAsString(raters))));
    for (String rater : raters) {
      ResponseEntity<String> found = post(rater, "/engine-rest/task", Map.of(
          "taskDefinitionKey", "Task_BeriUmpanBalik360", "assignee", rater,
          "processVariables", java.util.List.of(Map.of("name", "nipDinilai", "operator", "eq", "value", nip),
              Map.of("name", "tahun", "operator", "eq", "value", tahun.asInt()))));
      JsonNode tasks = json.readTree(found.getBody());
      assertThat(tasks).as(rater + " is asked for 360 feedback").hasSize(1);
      Map<String, Object> answers = new LinkedHashMap<>();
      for (String value : NILAI) {
        answers.put("skor" + value, text("4"));
      }
      submit(rater, tasks.get(0).get("id").asText(), answers);
    }
  }

  /**
   * The unit's calibration (kalibrasi-unit, one per unit-year), once every appraisal of the unit
   * running that year has proposed its predikat: the job executor is off in tests, so its
   * asynchronous checks are run here as the engine would. Inside the curve (DMN kurva-distribusi)
   * the unit is released at once; outside it, the unit head justifies the spread and BKPSDM accepts
   * it, so every predikat stays as proposed (as AppraisalYearThroughRestScenario does). The
   * capaian organisasi must already be recorded. Returns whether the head had to calibrate.
   */
  public boolean calibrateUnit(String unit, int tahun, String kepalaUnit) throws Exception {
    JsonNode units = get("demo", "/engine-rest/process-instance?processDefinitionKey=kalibrasi-unit&businessKey="
        + unit + "-" + tahun);
    assertThat(units).as("calibration of " + unit + " " + tahun + " running").hasSize(1);
    String calibration = units.get(0).get("id").asText();
    runJobs(calibration);
    JsonNode headTask = get(kepalaUnit, "/engine-rest/task?processInstanceId=" + calibration
        + "&taskDefinitionKey=Task_KalibrasiKurvaUnit&assignee=" + kepalaUnit);
    boolean outsideCurve = !headTask.isEmpty();
    if (outsideCurve) {
      submit(kepalaUnit, headTask.get(0).get("id").asText(), Map.of("tindakanKalibrasi", text("JUSTIFIKASI"),
          "justifikasiKurva", text("Sebaran predikat sesuai capaian nyata tiap pegawai unit tahun ini.")));
      JsonNode forBkpsdm = get(BKPSDM, "/engine-rest/task?processInstanceId=" + calibration
          + "&taskDefinitionKey=Task_TerimaJustifikasiKurva&candidateGroup=bkpsdm");
      assertThat(forBkpsdm).as("BKPSDM decides the justification").hasSize(1);
      submit(BKPSDM, forBkpsdm.get(0).get("id").asText(), Map.of("putusanJustifikasi", text("TERIMA")));
      runJobs(calibration);
    }
    assertThat(get("demo", "/engine-rest/history/process-instance/" + calibration).get("state").asText())
        .as("calibration of " + unit + " " + tahun + " released the unit").isEqualTo("COMPLETED");
    return outsideCurve;
  }

  /** The job executor is off in tests: run the asynchronous continuations of an instance until none is left. */
  private void runJobs(String instance) throws Exception {
    for (int round = 0; round < 20; round++) {
      JsonNode jobs = get("demo", "/engine-rest/job?processInstanceId=" + instance + "&messages=true&executable=true");
      if (jobs.isEmpty()) {
        return;
      }
      for (JsonNode job : jobs) {
        ResponseEntity<String> ran = post("demo", "/engine-rest/job/" + job.get("id").asText() + "/execute", Map.of());
        assertThat(ran.getStatusCode().value()).as(ran.getBody()).isEqualTo(204);
      }
    }
  }

  public void acceptResult(String instance, String nip) throws Exception {
    submit(nip, taskOf(nip, instance, "Task_TerimaHasilPenilaian"),
        Map.of("ajukanKeberatan", Map.of("value", false, "type", "Boolean")));
  }

  /** The employee objects; the appraiser answers; the atasan decides (UBAH with new ratings, or TETAP). */
  public void objection(String instance, String nip, String penilai, String atasan, String keputusan,
      String hasilKerja, String perilakuKerja) throws Exception {
    submit(nip, taskOf(nip, instance, "Task_TerimaHasilPenilaian"), Map.of(
        "ajukanKeberatan", Map.of("value", true, "type", "Boolean"),
        "alasanKeberatan", text("Realisasi triwulan IV belum dipertimbangkan.")));
    submit(penilai, taskOf(penilai, instance, "Task_TanggapiKeberatan"),
        Map.of("tanggapanPenilai", text("Realisasi triwulan IV sudah dinilai.")));
    Map<String, Object> decision = new LinkedHashMap<>();
    decision.put("keputusanKeberatan", text(keputusan));
    decision.put("alasanPutusan", text("Bukti dukung triwulan IV menunjukkan target tercapai."));
    if (keputusan.equals("UBAH")) {
      decision.put("hasilKerja", text(hasilKerja));
      decision.put("perilakuKerja", text(perilakuKerja));
    }
    submit(atasan, taskOf(atasan, instance, "Task_PutuskanKeberatan"), decision);
  }

  /** The atasan confirms the result (penetapan). */
  public void finalise(String instance, String atasan) throws Exception {
    submit(atasan, taskOf(atasan, instance, "Task_TetapkanHasil"), Map.of(
        "hasilDitetapkan", Map.of("value", true, "type", "Boolean"),
        "catatanPenetapan", text("Ditetapkan sesuai penilaian.")));
  }

  private String taskOf(String user, String instance, String definitionKey) throws Exception {
    return rest.taskOf(user, instance, definitionKey);
  }

  private void submit(String user, String taskId, Map<String, Object> variables) {
    ResponseEntity<String> response = post(user, "/engine-rest/task/" + taskId + "/submit-form",
        Map.of("variables", variables));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(204);
  }

  private ResponseEntity<String> post(String user, String path, Object body) {
    return rest.post(user, path, body);
  }

  private JsonNode get(String user, String path) throws Exception {
    return rest.get(user, path);
  }

  private JsonNode jsonVariable(String user, String taskId, String name) throws Exception {
    return rest.jsonVariable(user, taskId, name);
  }

  private void fireTimer(String instance, String activityId) throws Exception {
    rest.fireTimer(instance, activityId);
  }

  private static Map<String, Object> text(String value) {
    return DemoEngineRest.text(value);
  }

  private static Map<String, Object> jsonValue(String value) {
    return DemoEngineRest.jsonValue(value);
  }

  /** What an appraiser writes: words ("di atas"), not the stored code. */
  private static String words(String rating) {
    return rating.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
