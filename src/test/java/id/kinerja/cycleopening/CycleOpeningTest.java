package id.kinerja.cycleopening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.appraisal.AppraisalCycleStarter;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.PenilaianTahunan;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * BKPSDM opens a year for the demo agency over REST and on the admin page: one instance per active
 * employee of that agency, progress and readable failures, a run whose node died continued with
 * exactly the missing employees, and nobody but BKPSDM and admins may do it.
 */
@SpringBootTest(properties = {"kinerja.siklus.ukuran-batch=4", "kinerja.siklus.lanjutkan-otomatis=false"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CycleOpeningTest {

  static final String AGENCY = "PEMKAB-SUKAMAJU";
  static final String YUNI_BKPSDM = "198506152010012009";
  static final String RUDI = "198809092012121010";
  static final String SEKDA = "197003151995031001";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired AppraisalCycleStarter starter;
  @Autowired CycleOpening opening;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void bkpsdmOpensAYear_everyActiveEmployeeOfTheAgencyGetsOneInstance() throws Exception {
    int tahun = 2041;
    jdbc.sql("UPDATE org_employee SET active = FALSE WHERE nip = ?").param(RUDI).update();
    try {
      String body = mvc.perform(post("/api/siklus/" + AGENCY + "/" + tahun).with(bkpsdm()).with(csrf()))
          .andExpect(status().isAccepted())
          .andExpect(jsonPath("$.instansi").value(AGENCY))
          .andReturn().getResponse().getContentAsString();
      String id = json.readTree(body).get("id").asText();
      JsonNode done = waitUntilFinished(id);
      long active = activeEmployees();
      assertThat(done.get("jumlahPegawai").asLong()).isEqualTo(active);
      assertThat(done.get("sudahDibuka").asLong()).isEqualTo(active);
      assertThat(done.get("sisa").asLong()).isZero();
      assertThat(done.get("gagal").asLong()).isZero();
      assertThat(done.get("dimulaiOlehPembukaan").asLong()).isEqualTo(active);
      assertThat(instancesOf(tahun)).isEqualTo(active);
      // the inactive employee is left out; the operator is named as the opener
      assertThat(starter.isOpened(PenilaianTahunan.of(RUDI, tahun))).isFalse();
      assertThat(jdbc.sql("SELECT COUNT(*) FROM siklus_penilaian WHERE tahun = ? AND dibuka_oleh = ?")
          .params(tahun, YUNI_BKPSDM).query(Long.class).single()).isEqualTo(active);

      // the same year again: only the missing one (back in service) is started
      jdbc.sql("UPDATE org_employee SET active = TRUE WHERE nip = ?").param(RUDI).update();
      mvc.perform(post("/api/siklus/" + AGENCY + "/" + tahun).with(bkpsdm()).with(csrf()))
          .andExpect(status().isAccepted()).andExpect(jsonPath("$.id").value(id));
      JsonNode again = waitUntilFinished(id);
      assertThat(again.get("putaran").asInt()).isEqualTo(2);
      assertThat(again.get("sudahDibuka").asLong()).isEqualTo(active + 1);
      assertThat(instancesOf(tahun)).isEqualTo(active + 1);
      mvc.perform(get("/api/siklus/" + AGENCY + "/" + tahun).with(bkpsdm()))
          .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id)).andExpect(jsonPath("$.status").value("SELESAI"));
    } finally {
      jdbc.sql("UPDATE org_employee SET active = TRUE WHERE nip = ?").param(RUDI).update();
    }
  }

  @Test
  void employeesOfAnotherAgency_areNotOpened() throws Exception {
    int tahun = 2042;
    jdbc.sql("INSERT INTO org_agency (code, name) VALUES ('PEMKOT-LAIN', 'Pemerintah Kota Lain')").update();
    jdbc.sql("INSERT INTO org_unit (code, name, agency_code) VALUES ('LAIN-1', 'Unit Lain', 'PEMKOT-LAIN')").update();
    jdbc.sql("INSERT INTO org_employee (nip, name, status, position_name, unit_code, supervisor_nip) "
        + "SELECT '199202022019031005', 'Pegawai Lain', 'PNS', position_name, 'LAIN-1', ? FROM org_employee WHERE nip = ?")
        .params(SEKDA, RUDI).update();
    String id = openAsBkpsdm(tahun);
    waitUntilFinished(id);
    assertThat(starter.isOpened(PenilaianTahunan.of("199202022019031005", tahun))).isFalse();
    assertThat(instancesOf(tahun)).isEqualTo(activeEmployees());
    // the other agency's own run opens only its own employee
    String other = json.readTree(mvc.perform(post("/api/siklus/PEMKOT-LAIN/" + tahun).with(bkpsdm()).with(csrf()))
        .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString()).get("id").asText();
    JsonNode lain = waitUntilFinished(other);
    assertThat(lain.get("jumlahPegawai").asInt()).isEqualTo(1);
    assertThat(starter.isOpened(PenilaianTahunan.of("199202022019031005", tahun))).isTrue();
  }

  @Test
  void employeeWhoseAppraiserIsMissing_isListedWithTheReason_andTheRestOpens() throws Exception {
    int tahun = 2043;
    String saved = jdbc.sql("SELECT setting_value FROM org_setting WHERE setting_name = 'penilai-kepala-instansi'")
        .query(String.class).optional().orElse(null);
    jdbc.sql("DELETE FROM org_setting WHERE setting_name = 'penilai-kepala-instansi'").update();
    jdbc.sql("INSERT INTO org_setting (setting_name, setting_value) VALUES ('penilai-kepala-instansi', ' ')").update();
    try {
      String id = openAsBkpsdm(tahun);
      JsonNode done = waitUntilFinished(id);
      // the head has no appraiser, and the head's direct reports no atasan penilai
      long failed = done.get("gagal").asLong();
      assertThat(failed).isPositive();
      assertThat(done.get("sudahDibuka").asLong()).isEqualTo(activeEmployees() - failed);
      assertThat(done.get("daftarGagal")).hasSize((int) failed);
      assertThat(done.get("daftarGagal").findValuesAsText("nip")).contains(SEKDA);
      assertThat(done.get("daftarGagal").findValuesAsText("alasan"))
          .allSatisfy(alasan -> assertThat(alasan).startsWith("Pejabat penilai belum diisi"));
      assertThat(starter.isOpened(PenilaianTahunan.of(SEKDA, tahun))).isFalse();
      mvc.perform(get("/admin/siklus").param("pembukaan", id).with(bkpsdm()))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString(SEKDA)))
          .andExpect(content().string(containsString("Pejabat penilai belum diisi")));

      // BKPSDM names the official and opens the year again: the head's instance starts
      jdbc.sql("UPDATE org_setting SET setting_value = 'demo' WHERE setting_name = 'penilai-kepala-instansi'").update();
      openAsBkpsdm(tahun);
      JsonNode fixed = waitUntilFinished(id);
      assertThat(fixed.get("gagal").asInt()).isZero();
      assertThat(starter.isOpened(PenilaianTahunan.of(SEKDA, tahun))).isTrue();
      assertThat(instancesOf(tahun)).isEqualTo(activeEmployees());
    } finally {
      jdbc.sql("DELETE FROM org_setting WHERE setting_name = 'penilai-kepala-instansi'").update();
      if (saved != null) {
        jdbc.sql("INSERT INTO org_setting (setting_name, setting_value) VALUES ('penilai-kepala-instansi', ?)").param(saved).update();
      }
    }
  }

  @Test
  void runWhoseNodeDied_isContinued_startingExactlyTheMissingOnes() throws Exception {
    int tahun = 2044;
    // a node had started three employees and then died: its run is BERJALAN, its heartbeat old
    List<String> employees = jdbc.sql("SELECT e.nip FROM org_employee e JOIN org_unit u ON u.code = e.unit_code "
        + "WHERE u.agency_code = ? AND e.active = TRUE ORDER BY e.nip").param(AGENCY).query(String.class).list();
    for (String nip : employees.subList(0, 3)) {
      starter.start(PenilaianTahunan.of(nip, tahun), Map.of());
    }
    Timestamp old = Timestamp.from(Instant.now().minusSeconds(3600));
    jdbc.sql("INSERT INTO pembukaan_siklus (id, instansi_kode, tahun, status, putaran, pemilik, dibuka_oleh, "
            + "jumlah_pegawai, dimulai, dimulai_pada, detak_terakhir) VALUES ('run-mati', ?, ?, 'BERJALAN', 1, 'node-mati', ?, ?, 3, ?, ?)")
        .params(AGENCY, tahun, YUNI_BKPSDM, employees.size(), old, old).update();
    mvc.perform(get("/api/siklus/pembukaan/run-mati").with(bkpsdm()))
        .andExpect(status().isOk()).andExpect(jsonPath("$.terhenti").value(true))
        .andExpect(jsonPath("$.sudahDibuka").value(3)).andExpect(jsonPath("$.sisa").value(employees.size() - 3));
    mvc.perform(get("/admin/siklus").param("pembukaan", "run-mati").with(bkpsdm()))
        .andExpect(content().string(containsString("Lanjutkan")));

    // "Lanjutkan" on the page: the same run goes on
    mvc.perform(post("/admin/siklus").param("instansi", AGENCY).param("tahun", String.valueOf(tahun))
            .with(bkpsdm()).with(csrf()))
        .andExpect(status().is3xxRedirection());
    JsonNode done = waitUntilFinished("run-mati");
    assertThat(done.get("sudahDibuka").asInt()).isEqualTo(employees.size());
    assertThat(done.get("dimulaiOlehPembukaan").asInt()).isEqualTo(employees.size());
    assertThat(instancesOf(tahun)).isEqualTo(employees.size());
  }

  @Test
  void onlyBkpsdmAndAdminsMayOpen() throws Exception {
    mvc.perform(post("/api/siklus/" + AGENCY + "/2045").with(user(RUDI).authorities(() -> "GROUP_asn")).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/siklus").with(user(RUDI).authorities(() -> "GROUP_asn"))).andExpect(status().isForbidden());
    mvc.perform(post("/api/siklus/" + AGENCY + "/2045").with(csrf())).andExpect(status().isUnauthorized());
    mvc.perform(post("/api/siklus/" + AGENCY + "/2045").with(bkpsdm())).andExpect(status().isForbidden()); // no CSRF token
    mvc.perform(post("/api/siklus/TIDAK-ADA/2045").with(bkpsdm()).with(csrf()))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("tidak dikenal")));
    mvc.perform(post("/api/siklus/" + AGENCY + "/1945").with(bkpsdm()).with(csrf())).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("Tahun 1945 di luar rentang 2000–2100"));
    mvc.perform(get("/api/siklus/" + AGENCY + "/1945").with(bkpsdm())).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("Tahun 1945 di luar rentang 2000–2100"));
    assertThat(instancesOf(2045)).isZero();
    mvc.perform(post("/api/siklus/" + AGENCY + "/2045").with(user("demo").authorities(() -> "GROUP_camunda-admin")).with(csrf()))
        .andExpect(status().isAccepted());
  }

  @Test
  void adminPage_showsTheFormAndTheRuns() throws Exception {
    mvc.perform(get("/admin/siklus").with(bkpsdm()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Buka siklus penilaian")))
        .andExpect(content().string(containsString(AGENCY)))
        .andExpect(content().string(containsString("name=\"_csrf\"")));
    mvc.perform(post("/admin/siklus").param("instansi", AGENCY).param("tahun", "dua ribu").with(bkpsdm()).with(csrf()))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Tahun harus berupa angka")));
  }

  private String openAsBkpsdm(int tahun) throws Exception {
    String body = mvc.perform(post("/api/siklus/" + AGENCY + "/" + tahun).with(bkpsdm()).with(csrf()))
        .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
    return json.readTree(body).get("id").asText();
  }

  private JsonNode waitUntilFinished(String id) throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    while (true) {
      JsonNode progress = json.readTree(mvc.perform(get("/api/siklus/pembukaan/" + id).with(bkpsdm()))
          .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
      if ("SELESAI".equals(progress.get("status").asText())) {
        return progress;
      }
      assertThat(System.currentTimeMillis()).as("run %s still not finished: %s", id, progress).isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  private long activeEmployees() {
    return jdbc.sql("SELECT COUNT(*) FROM org_employee e JOIN org_unit u ON u.code = e.unit_code "
        + "WHERE u.agency_code = ? AND e.active = TRUE").param(AGENCY).query(Long.class).single();
  }

  private long instancesOf(int tahun) {
    long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey(AppraisalProcess.KEY)
        .variableValueEquals(AppraisalProcess.TAHUN.name(), tahun).count();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM siklus_penilaian WHERE tahun = ?").param(tahun).query(Long.class).single())
        .isEqualTo(instances);
    return instances;
  }

  private static RequestPostProcessor bkpsdm() {
    return user(YUNI_BKPSDM).authorities(() -> "GROUP_bkpsdm", () -> "GROUP_asn");
  }
}
