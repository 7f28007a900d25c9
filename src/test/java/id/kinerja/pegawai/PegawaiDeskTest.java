package id.kinerja.pegawai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.support.SharedApplicationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The BKPSDM desk over HTTP, on the demo organisation, each test rolled back: search, the employee's
 * page, each change previewed (and nothing of the preview stored) then saved and audited, the REST
 * API's changes audited alike, refusals as 400 with the form again, and an ordinary employee
 * refused everywhere. Yuni (BKPSDM) is the operator.
 */
@SharedApplicationTest
@Transactional
class PegawaiDeskTest {

  static final String YUNI = "198506152010012009";
  static final String HENDRA = "197212121998031008";     // Kepala BKPSDM, appraiser of Rudi
  static final String AHMAD = "197003151995031001";      // Sekretaris Daerah
  static final String SUTRISNO = "197304041999031017";   // Kepala Dinas Pendidikan
  static final String RUDI = "198809092012121010";
  static final String NEW_NIP = "199702142024011003";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired PegawaiIndeks indeks;

  // ---- search ------------------------------------------------------------------------------------

  @Test
  void search_findsByPartOfTheName_theNip_theUnitAndThePosition() throws Exception {
    mvc.perform(get("/api/pegawai/cari").param("q", "hartono").with(bkpsdm()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.hasil[0].nip").value(RUDI))
        .andExpect(jsonPath("$.hasil[0].nama").value("Rudi Hartono, S.Sos."))
        .andExpect(jsonPath("$.hasil[0].unit").value(containsString("Badan Kepegawaian")))
        .andExpect(jsonPath("$.hasil[0].tautan").value("/pegawai/" + RUDI));
    mvc.perform(get("/api/pegawai/cari").param("q", "19880909").with(bkpsdm()))
        .andExpect(jsonPath("$.hasil[0].nip").value(RUDI));
    // every word must match somewhere: a unit and a position together
    String both = mvc.perform(get("/api/pegawai/cari").param("q", "kepegawaian analis sdm").with(bkpsdm()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(both).contains(RUDI, YUNI).doesNotContain(HENDRA);
    // as one types: a single letter finds nothing yet, a wildcard is taken literally
    mvc.perform(get("/api/pegawai/cari").param("q", "r").with(bkpsdm())).andExpect(jsonPath("$.hasil").isEmpty());
    mvc.perform(get("/api/pegawai/cari").param("q", "%%").with(bkpsdm())).andExpect(jsonPath("$.hasil").isEmpty());
    mvc.perform(get("/api/pegawai/cari").param("q", "x".repeat(101)).with(bkpsdm()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(containsString("terlalu panjang")));
    // the page without script: the same results as links
    mvc.perform(get("/pegawai").param("q", "rudi").with(bkpsdm()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"/pegawai/" + RUDI + "\"")));
  }

  // ---- the employee's page -----------------------------------------------------------------------

  @Test
  void employeePage_showsTheirData_theAtasanChain_thisYear_andNoCodes() throws Exception {
    String page = page("/pegawai/" + RUDI);
    assertThat(page).contains("Rudi Hartono, S.Sos.", "Analis SDM Aparatur Ahli Pertama (Fungsional)",
        "Drs. Hendra Gunawan, M.M.", "atasan langsung", "Dr. Ahmad Suryadi", "Tahap:", "Riwayat perubahan")
        .doesNotContain("FUNGSIONAL", "SANGAT_BAIK", "null");
    mvc.perform(get("/pegawai/199001012099011999").with(bkpsdm()))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("tidak ditemukan")));
  }

  @Test
  void anAddressWhoseNipIsNoNip_isA400InWords_notALookup() throws Exception {
    mvc.perform(get("/pegawai/admin").with(bkpsdm()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("NIP harus 18 angka")));
    mvc.perform(get("/pegawai/199001012015031000/keluar").with(bkpsdm()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("tidak boleh 000")));
    mvc.perform(post("/pegawai/199001012015031000/jabatan").with(bkpsdm()).with(csrf())
            .param("jabatan", "Analis").param("unitKode", "BKPSDM"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("tidak boleh 000")));
  }

  // ---- mutasi ------------------------------------------------------------------------------------

  @Test
  void mutasi_previewListsTheTaskThatMoves_storesNothing_thenSavingMovesItAndIsAudited() throws Exception {
    String instance = startStandIn(RUDI);
    Task rating = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_NilaiPegawai")
        .singleResult();
    assertThat(rating.getAssignee()).isEqualTo(HENDRA);

    String preview = mvc.perform(post("/pegawai/" + RUDI + "/mutasi/pratinjau").with(bkpsdm()).with(csrf())
            .param("nipAtasan", SUTRISNO).param("unitKode", ""))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(preview).contains("Pratinjau — belum tersimpan", "Nilai pegawai", "Drs. Hendra Gunawan, M.M.",
        "Dr. Sutrisno", "diberikan kepada Dr. Sutrisno", "Simpan mutasi");
    // nothing of the preview is stored
    assertThat(supervisorOf(RUDI)).isEqualTo(HENDRA);
    assertThat(taskService.createTaskQuery().taskId(rating.getId()).singleResult().getAssignee()).isEqualTo(HENDRA);
    assertThat(audit(RUDI)).isEmpty();

    mvc.perform(post("/pegawai/" + RUDI + "/mutasi").with(bkpsdm()).with(csrf())
            .param("nipAtasan", SUTRISNO).param("unitKode", ""))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/pegawai/" + RUDI));
    assertThat(supervisorOf(RUDI)).isEqualTo(SUTRISNO);
    assertThat(taskService.createTaskQuery().taskId(rating.getId()).singleResult().getAssignee()).isEqualTo(SUTRISNO);
    List<Map<String, Object>> audit = audit(RUDI);
    assertThat(audit).hasSize(1);
    assertThat(audit.get(0)).containsEntry("JENIS", "MUTASI").containsEntry("OLEH", YUNI);
    assertThat((String) audit.get(0).get("SEBELUM")).contains("Atasan langsung: Drs. Hendra Gunawan, M.M.");
    assertThat((String) audit.get(0).get("SESUDAH")).contains("Atasan langsung: Dr. Sutrisno");
    assertThat(page("/pegawai/" + RUDI)).contains("Mutasi", "Yuni Astuti", "Atasan langsung: Dr. Sutrisno");
  }

  @Test
  void mutasi_refusedInWords_showsTheFormAgainWith400_andStoresNothing() throws Exception {
    // Hendra under Rudi, who reports to Hendra: a loop
    mvc.perform(post("/pegawai/" + HENDRA + "/mutasi/pratinjau").with(bkpsdm()).with(csrf()).param("nipAtasan", RUDI))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("melingkar")))
        .andExpect(content().string(containsString("id=\"form-mutasi\"")));
    mvc.perform(post("/pegawai/" + RUDI + "/mutasi").with(bkpsdm()).with(csrf()).param("nipAtasan", ""))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("NIP atasan baru wajib diisi")));
    mvc.perform(post("/pegawai/" + RUDI + "/mutasi").with(bkpsdm()).with(csrf()).param("nipAtasan", "12345"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("tidak dikenal")));
    assertThat(supervisorOf(HENDRA)).isEqualTo(AHMAD);
    assertThat(supervisorOf(RUDI)).isEqualTo(HENDRA);
    assertThat(audit(RUDI)).isEmpty();
    assertThat(audit(HENDRA)).isEmpty();
  }

  @Test
  void restMutasiAndDeparture_writeTheSameAudit() throws Exception {
    mvc.perform(put("/api/organisasi/pegawai/" + RUDI + "/atasan").with(bkpsdm()).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"nipAtasan\":\"" + SUTRISNO + "\"}"))
        .andExpect(status().isOk());
    mvc.perform(post("/api/organisasi/pegawai/" + RUDI + "/keluar").with(bkpsdm()).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"alasan\":\"Pindah ke Pemerintah Provinsi\"}"))
        .andExpect(status().isOk());
    List<Map<String, Object>> audit = audit(RUDI);
    assertThat(audit).extracting(row -> row.get("JENIS")).containsExactlyInAnyOrder("MUTASI", "KELUAR");
    assertThat(audit).allSatisfy(row -> assertThat(row.get("OLEH")).isEqualTo(YUNI));
    assertThat(audit).anySatisfy(row -> assertThat((String) row.get("SESUDAH"))
        .contains("Status: keluar", "Alasan: Pindah ke Pemerintah Provinsi"));
  }

  // ---- departure ---------------------------------------------------------------------------------

  @Test
  void departure_previewNamesTheAppraisalsThatEnd_thenEndsThem_andIsAudited() throws Exception {
    String instance = startStandIn(RUDI);
    String preview = page("/pegawai/" + RUDI + "/keluar");
    assertThat(preview).contains("Penilaian yang akan diakhiri", "Penilaian (uji akses)");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isEqualTo(1);

    mvc.perform(post("/pegawai/" + RUDI + "/keluar").with(bkpsdm()).with(csrf()).param("alasan", "  "))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Alasan keluar wajib diisi")));
    assertThat(active(RUDI)).isTrue();

    mvc.perform(post("/pegawai/" + RUDI + "/keluar").with(bkpsdm()).with(csrf()).param("alasan", "Pensiun dini"))
        .andExpect(status().is3xxRedirection());
    assertThat(active(RUDI)).isFalse();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    assertThat(audit(RUDI)).singleElement().satisfies(row -> assertThat(row.get("JENIS")).isEqualTo("KELUAR"));
    assertThat(page("/pegawai/" + RUDI)).contains("Sudah keluar sejak", "Pensiun dini", "Keluar dari instansi")
        .doesNotContain("id=\"ke-mutasi\"");
    // a second departure: refused in words
    mvc.perform(get("/pegawai/" + RUDI + "/keluar").with(bkpsdm()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("sudah keluar")));
  }

  @Test
  void departureOfSomebodyWhoStillHasSubordinates_isRefused_andNamesThem() throws Exception {
    assertThat(page("/pegawai/" + HENDRA + "/keluar")).contains("masih menjadi atasan langsung", "Rudi Hartono")
        .doesNotContain("id=\"form-keluar\"");
    mvc.perform(post("/pegawai/" + HENDRA + "/keluar").with(bkpsdm()).with(csrf()).param("alasan", "Pensiun"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("pindahkan mereka dulu")));
    assertThat(active(HENDRA)).isTrue();
    assertThat(audit(HENDRA)).isEmpty();
  }

  @Test
  void aNameChangedBehindTheDesksBack_isFoundByTheNewNameAfterTheReconciliation() throws Exception {
    jdbc.sql("UPDATE org_employee SET name = 'Rudi Kurniawanto, S.Sos.' WHERE nip = ?").param(RUDI).update();
    mvc.perform(get("/api/pegawai/cari").param("q", "kurniawanto").with(bkpsdm())).andExpect(jsonPath("$.hasil").isEmpty());
    indeks.reconcile();
    mvc.perform(get("/api/pegawai/cari").param("q", "kurniawanto").with(bkpsdm()))
        .andExpect(jsonPath("$.hasil[0].nip").value(RUDI));
    mvc.perform(get("/api/pegawai/cari").param("q", "rudi hartono").with(bkpsdm())).andExpect(jsonPath("$.hasil").isEmpty());
  }

  // ---- a new employee ----------------------------------------------------------------------------

  @Test
  void newEmployee_previewShowsTheirAppraiser_storesNothing_thenSavingCreatesThemWithAnInitialPassword()
      throws Exception {
    MockHttpServletRequestBuilder preview = post("/pegawai/baru/pratinjau").with(bkpsdm()).with(csrf())
        .param("nip", "1997 0214 2024 01 1 003").param("nama", "Sari Dewi, S.E.").param("status", "PPPK")
        .param("jabatan", "Pengadministrasi Kepegawaian").param("jenisJabatan", "PELAKSANA").param("unitKode", "BKPSDM")
        .param("email", "").param("nipAtasan", HENDRA);
    String page = mvc.perform(preview).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Pratinjau — belum tersimpan", "Sari Dewi, S.E.", NEW_NIP,
        "Pejabat penilai</dt><dd>Drs. Hendra Gunawan, M.M. (" + HENDRA + ")", "jabatan baru");
    assertThat(exists(NEW_NIP)).isFalse();

    String saved = mvc.perform(post("/pegawai/baru").with(bkpsdm()).with(csrf())
            .param("nip", NEW_NIP).param("nama", "Sari Dewi, S.E.").param("status", "PPPK")
            .param("jabatan", "Pengadministrasi Kepegawaian").param("jenisJabatan", "PELAKSANA").param("unitKode", "BKPSDM")
            .param("email", "").param("nipAtasan", HENDRA))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(saved).contains("tersimpan sebagai pegawai baru", "Kata sandi awal");
    assertThat(exists(NEW_NIP)).isTrue();
    // found at once: the import's event indexed her in its own transaction
    mvc.perform(get("/api/pegawai/cari").param("q", "sari dew").with(bkpsdm()))
        .andExpect(jsonPath("$.hasil[0].nip").value(NEW_NIP));
    assertThat(supervisorOf(NEW_NIP)).isEqualTo(HENDRA);
    assertThat(audit(NEW_NIP)).singleElement().satisfies(row -> {
      assertThat(row.get("JENIS")).isEqualTo("BARU");
      assertThat((String) row.get("SESUDAH")).contains("Nama: Sari Dewi, S.E.", "Atasan langsung: Drs. Hendra Gunawan");
    });
  }

  @Test
  void newEmployee_withMistakes_getsTheFormAgainWithEveryReason_andNothingStored() throws Exception {
    String page = mvc.perform(post("/pegawai/baru/pratinjau").with(bkpsdm()).with(csrf())
            .param("nip", "19970230").param("nama", " ").param("status", "HONORER").param("jabatan", "Jabatan Khayalan")
            .param("jenisJabatan", "").param("unitKode", "TIDAK-ADA").param("email", "bukan-surel").param("nipAtasan", ""))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("NIP harus 18 angka", "Nama wajib diisi", "Status harus PNS atau PPPK", "pilih jenisnya",
        "Pilih unit kerja", "bukan-surel", "Pilih atasan langsung", "id=\"form-baru\"");
    mvc.perform(post("/pegawai/baru").with(bkpsdm()).with(csrf()).param("nip", RUDI).param("nama", "Rudi Lagi")
            .param("status", "PNS").param("jabatan", "Analis SDM Aparatur Ahli Pertama").param("unitKode", "BKPSDM")
            .param("nipAtasan", HENDRA))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("sudah terdaftar atas nama Rudi Hartono")));
  }

  // ---- position or unit --------------------------------------------------------------------------

  @Test
  void positionChange_previewThenSave_isAuditedWithBeforeAndAfter() throws Exception {
    mvc.perform(post("/pegawai/" + RUDI + "/jabatan/pratinjau").with(bkpsdm()).with(csrf())
            .param("jabatan", "Analis SDM Aparatur Ahli Muda").param("unitKode", "BKPSDM"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Jabatan: Analis SDM Aparatur Ahli Muda")));
    assertThat(position(RUDI)).isEqualTo("Analis SDM Aparatur Ahli Pertama");
    assertThat(audit(RUDI)).isEmpty();

    mvc.perform(post("/pegawai/" + RUDI + "/jabatan").with(bkpsdm()).with(csrf())
            .param("jabatan", "Analis SDM Aparatur Ahli Muda").param("unitKode", "BKPSDM"))
        .andExpect(status().is3xxRedirection());
    assertThat(position(RUDI)).isEqualTo("Analis SDM Aparatur Ahli Muda");
    assertThat(audit(RUDI)).singleElement().satisfies(row -> {
      assertThat(row.get("JENIS")).isEqualTo("JABATAN");
      assertThat(row.get("SEBELUM")).isEqualTo("Jabatan: Analis SDM Aparatur Ahli Pertama (Fungsional)");
      assertThat(row.get("SESUDAH")).isEqualTo("Jabatan: Analis SDM Aparatur Ahli Muda (Fungsional)");
    });
    mvc.perform(post("/pegawai/" + RUDI + "/jabatan").with(bkpsdm()).with(csrf())
            .param("jabatan", "Analis SDM Aparatur Ahli Muda").param("unitKode", "BKPSDM"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("tidak ada yang berubah")));
  }

  // ---- access ------------------------------------------------------------------------------------

  @Test
  void anOrdinaryEmployee_getsForbiddenOnEveryDeskPageAndEndpoint_andNothingChanges() throws Exception {
    RequestPostProcessor rudi = user(RUDI).authorities(() -> "GROUP_asn");
    for (String path : List.of("/pegawai", "/pegawai?q=rudi", "/api/pegawai/cari?q=hendra", "/pegawai/" + HENDRA,
        "/pegawai/" + HENDRA + "/mutasi", "/pegawai/" + HENDRA + "/keluar", "/pegawai/" + HENDRA + "/jabatan",
        "/pegawai/baru")) {
      mvc.perform(get(path).with(rudi)).andExpect(status().isForbidden())
          .andExpect(content().string(not(containsString("Drs. Hendra Gunawan"))));
    }
    for (String path : List.of("/pegawai/" + RUDI + "/mutasi/pratinjau", "/pegawai/" + RUDI + "/mutasi",
        "/pegawai/" + RUDI + "/keluar", "/pegawai/" + RUDI + "/jabatan/pratinjau", "/pegawai/" + RUDI + "/jabatan",
        "/pegawai/baru/pratinjau", "/pegawai/baru")) {
      mvc.perform(post(path).with(rudi).with(csrf()).param("nipAtasan", SUTRISNO).param("alasan", "x")
              .param("jabatan", "Kepala Dinas").param("unitKode", "BKPSDM").param("nip", NEW_NIP).param("nama", "X"))
          .andExpect(status().isForbidden());
    }
    assertThat(supervisorOf(RUDI)).isEqualTo(HENDRA);
    assertThat(active(RUDI)).isTrue();
    assertThat(exists(NEW_NIP)).isFalse();
    assertThat(audit(RUDI)).isEmpty();
    // and nobody anonymous
    mvc.perform(get("/api/pegawai/cari").param("q", "rudi")).andExpect(status().is4xxClientError());
    mvc.perform(get("/pegawai").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
  }

  // ---- helpers -----------------------------------------------------------------------------------

  private static RequestPostProcessor bkpsdm() {
    return user(YUNI).authorities(() -> "GROUP_bkpsdm", () -> "GROUP_asn");
  }

  private String page(String path) throws Exception {
    return mvc.perform(get(path).with(bkpsdm())).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();
  }

  /** The organisation's test stand-in for the appraisal: the employee's task and the appraiser's (rolled back). */
  private String startStandIn(String nip) {
    String deployment = repositoryService.createDeployment().name("meja-pegawai-test")
        .addClasspathResource("organisation/appraisal-access-test.bpmn").deploy().getId();
    String definition = repositoryService.createProcessDefinitionQuery().deploymentId(deployment).singleResult().getId();
    return runtimeService.startProcessInstanceById(definition, Map.of("nip", nip)).getId();
  }

  private String supervisorOf(String nip) {
    return jdbc.sql("SELECT supervisor_nip FROM org_employee WHERE nip = ?").param(nip).query(String.class).single();
  }

  private String position(String nip) {
    return jdbc.sql("SELECT position_name FROM org_employee WHERE nip = ?").param(nip).query(String.class).single();
  }

  private boolean active(String nip) {
    return jdbc.sql("SELECT active FROM org_employee WHERE nip = ?").param(nip).query(Boolean.class).single();
  }

  private boolean exists(String nip) {
    return jdbc.sql("SELECT COUNT(*) FROM org_employee WHERE nip = ?").param(nip).query(Long.class).single() > 0;
  }

  private List<Map<String, Object>> audit(String nip) {
    return jdbc.sql("SELECT jenis, oleh, sebelum, sesudah FROM perubahan_pegawai WHERE nip = ? ORDER BY id")
        .param(nip).query().listOfRows().stream()
        .map(row -> {
          Map<String, Object> upper = new java.util.HashMap<>();
          row.forEach((k, v) -> upper.put(k.toUpperCase(java.util.Locale.ROOT), v));
          return upper;
        }).toList();
  }
}
