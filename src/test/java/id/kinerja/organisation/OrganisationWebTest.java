package id.kinerja.organisation;

import static id.kinerja.organisation.DemoPeople.KABAG_ORGANISASI;
import static id.kinerja.organisation.DemoPeople.RUDI;
import static id.kinerja.organisation.DemoPeople.YUNI_BKPSDM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.support.SharedApplicationTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** The import API, the admin page, mutasi over HTTP and the forced password change after login. */
@SharedApplicationTest
@Transactional
class OrganisationWebTest {

  @Autowired MockMvc mvc;
  @Autowired OrganisationImport organisationImport;
  @Autowired IdentityService identityService;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void bkpsdmImportsAFile_andGetsTheSummary() throws Exception {
    mvc.perform(post("/api/organisasi/import").with(bkpsdm()).with(csrf())
            .contentType("text/csv").content(OrganisationFiles.sample()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(OrganisationFiles.SAMPLE_EMPLOYEES))
        .andExpect(jsonPath("$.updated").value(0))
        .andExpect(jsonPath("$.unchanged").value(0))
        .andExpect(jsonPath("$.initialPasswords", hasSize(OrganisationFiles.SAMPLE_EMPLOYEES)));
  }

  @Test
  void adminUploadsTheFileAsMultipart() throws Exception {
    mvc.perform(multipart("/api/organisasi/import").file(csvFile(OrganisationFiles.sample())).with(admin()).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(OrganisationFiles.SAMPLE_EMPLOYEES));
  }

  @Test
  void fileWithErrors_isAnsweredWithEveryError() throws Exception {
    String broken = OrganisationFiles.sampleWith(4, "nip", "198102302006041003")
        .replace("Rizky Maulana,PPPK", "Rizky Maulana,HONORER");

    mvc.perform(post("/api/organisasi/import").with(bkpsdm()).with(csrf()).contentType("text/csv").content(broken))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$", hasSize(2)))
        .andExpect(jsonPath("$[0].row").value(4))
        .andExpect(jsonPath("$[0].column").value("nip"))
        .andExpect(jsonPath("$[0].reason", containsString("tanggal lahir")))
        .andExpect(jsonPath("$[1].row").value(6))
        .andExpect(jsonPath("$[1].column").value("status"));
  }

  @Test
  void ordinaryEmployee_mayNotImport() throws Exception {
    mvc.perform(post("/api/organisasi/import").with(employee()).with(csrf()).contentType("text/csv")
            .content(OrganisationFiles.sample()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/organisasi").with(employee())).andExpect(status().isForbidden());
  }

  @Test
  void anonymous_isAskedToLogIn() throws Exception {
    mvc.perform(post("/api/organisasi/import").with(csrf()).contentType("text/csv").content(OrganisationFiles.sample()))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void mutasiOverHttp_changesTheAppraiser() throws Exception {
    mvc.perform(put("/api/organisasi/pegawai/" + RUDI + "/atasan").with(bkpsdm()).with(csrf())
            .contentType("application/json").content("{\"nipAtasan\":\"" + KABAG_ORGANISASI + "\",\"unitKode\":\"SETDA\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.newAppraiser").value(KABAG_ORGANISASI));
    mvc.perform(put("/api/organisasi/pegawai/199901012020011001/atasan").with(bkpsdm()).with(csrf())
            .contentType("application/json").content("{\"nipAtasan\":\"" + KABAG_ORGANISASI + "\"}"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail", containsString("199901012020011001")));
  }

  @Test
  void mutasiOrDepartureOfATextThatIsNoNip_isABadRequestWithTheReason_notAnUnknownEmployee() throws Exception {
    mvc.perform(put("/api/organisasi/pegawai/12345/atasan").with(bkpsdm()).with(csrf())
            .contentType("application/json").content("{\"nipAtasan\":\"" + KABAG_ORGANISASI + "\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("NIP pegawai '12345' tidak sah")))
        .andExpect(jsonPath("$.detail", containsString("18 angka")));
    mvc.perform(put("/api/organisasi/pegawai/" + RUDI + "/atasan").with(bkpsdm()).with(csrf())
            .contentType("application/json").content("{\"nipAtasan\":\"bkpsdm\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("NIP atasan baru 'bkpsdm' tidak sah")));
    mvc.perform(post("/api/organisasi/pegawai/19850230/keluar").with(bkpsdm()).with(csrf())
            .contentType("application/json").content("{\"alasan\":\"Pensiun\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("NIP pegawai '19850230' tidak sah")));
    assertThat(jdbc.sql("SELECT supervisor_nip FROM org_employee WHERE nip = ?").param(RUDI).query(String.class).single())
        .isNotEqualTo(KABAG_ORGANISASI);
  }

  @Test
  void employeeAskingForAMutasiOfATextThatIsNoNip_isStillForbidden() throws Exception {
    mvc.perform(put("/api/organisasi/pegawai/12345/atasan").with(employee()).with(csrf())
            .contentType("application/json").content("{\"nipAtasan\":\"" + KABAG_ORGANISASI + "\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/organisasi/pegawai/12345/keluar").with(employee()).with(csrf())
            .contentType("application/json").content("{\"alasan\":\"Pensiun\"}"))
        .andExpect(status().isForbidden());
  }

  @Test
  void adminPage_showsTheUploadFormWithItsCsrfToken() throws Exception {
    mvc.perform(get("/admin/organisasi").with(bkpsdm()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Impor data organisasi")))
        .andExpect(content().string(containsString("name=\"_csrf\"")))
        .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
  }

  @Test
  void adminPage_previewsFirst_writesOnlyOnConfirmation_orShowsTheErrors() throws Exception {
    String preview = mvc.perform(multipart("/admin/organisasi").file(csvFile(OrganisationFiles.sample())).with(bkpsdm()).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Pratinjau")))
        .andExpect(content().string(containsString("<td id=\"akan-dibuat\">8</td>")))
        .andReturn().getResponse().getContentAsString();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM org_employee WHERE nip = ?").param(OrganisationFiles.SEKDA)
        .query(Long.class).single()).as("nothing written by the preview").isZero();
    java.util.regex.Matcher action = java.util.regex.Pattern.compile("action=\"(/admin/organisasi/pratinjau/[^\"]+)\"").matcher(preview);
    assertThat(action.find()).isTrue();

    // another operator cannot confirm somebody else's preview
    mvc.perform(post(action.group(1)).with(admin()).with(csrf()))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("unggah file sekali lagi")));

    mvc.perform(post(action.group(1)).with(bkpsdm()).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Impor berhasil")))
        .andExpect(content().string(containsString("<td id=\"created\">8</td>")))
        .andExpect(content().string(containsString("Kata sandi awal")));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM org_employee WHERE nip = ?").param(OrganisationFiles.SEKDA)
        .query(Long.class).single()).isOne();
    // confirmed once: the same preview cannot be confirmed again
    mvc.perform(post(action.group(1)).with(bkpsdm()).with(csrf())).andExpect(status().isNotFound());

    String broken = OrganisationFiles.sampleWith(5, "nip_atasan", "197001011995031999");
    mvc.perform(multipart("/admin/organisasi").file(csvFile(broken)).with(bkpsdm()).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("File ditolak: 1 kesalahan")))
        .andExpect(content().string(containsString("197001011995031999")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"simpan\""))));
  }

  @Test
  void adminPage_describesEveryColumn_andOffersBothTemplates() throws Exception {
    String page = mvc.perform(get("/admin/organisasi").with(bkpsdm())).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    for (OrganisationColumns.Column column : OrganisationColumns.ALL) {
      assertThat(page).contains("data-kolom=\"" + column.name() + "\" data-wajib=\"" + column.required() + "\"");
    }
    String csv = mvc.perform(get("/admin/organisasi/templat-organisasi.csv").with(bkpsdm())).andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/csv"))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv.strip().replace("\uFEFF", "")).isEqualTo(String.join(",", OrganisationColumns.names()));
    byte[] xlsx = mvc.perform(get("/admin/organisasi/templat-organisasi.xlsx").with(bkpsdm())).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    // the Excel template read back by the importer: every column in its header, no employee yet
    assertThat(OrganisationImport.read(xlsx).errors()).singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo("file tidak berisi data pegawai"));
    mvc.perform(get("/admin/organisasi/templat-organisasi.xlsx").with(employee())).andExpect(status().isForbidden());
  }

  @Test
  void adminPage_withoutAFile_isAskedForOne() throws Exception {
    mvc.perform(multipart("/admin/organisasi").with(bkpsdm()).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Pilih file organisasi")));
  }

  @Test
  void uploadWithoutCsrfToken_isRefused() throws Exception {
    mvc.perform(multipart("/admin/organisasi").file(csvFile(OrganisationFiles.sample())).with(bkpsdm()))
        .andExpect(status().isForbidden());
  }

  @Test
  void employeeWithAnInitialPassword_isSentToChangeItAfterLogin() throws Exception {
    ImportSummary summary = organisationImport.importCsv(new StringReader(OrganisationFiles.sample()));
    var dokter = summary.initialPasswords().stream()
        .filter(p -> p.nip().equals(OrganisationFiles.DOKTER)).findFirst().orElseThrow();

    mvc.perform(formLogin("/login").user(dokter.nip()).password(dokter.password()))
        .andExpect(redirectedUrl("/akun/kata-sandi"));

    mvc.perform(post("/akun/kata-sandi").with(user(dokter.nip())).with(csrf())
            .param("lama", dokter.password()).param("baru", "rahasia-baru-1").param("ulangi", "rahasia-baru-1"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Kata sandi berhasil diganti")));
    assertThat(identityService.checkPassword(dokter.nip(), "rahasia-baru-1")).isTrue();
    mvc.perform(formLogin("/login").user(dokter.nip()).password("rahasia-baru-1"))
        .andExpect(redirectedUrl("/"));
  }

  @Test
  void employeeWithAnInitialPassword_canDoNothingElseUntilItIsChanged() throws Exception {
    ImportSummary summary = organisationImport.importCsv(new StringReader(OrganisationFiles.sample()));
    var perawat = summary.initialPasswords().stream()
        .filter(p -> !p.nip().equals(OrganisationFiles.DOKTER)).findFirst().orElseThrow();

    // the REST API, with the right credentials
    mvc.perform(get("/engine-rest/task").with(org.springframework.security.test.web.servlet.request
            .SecurityMockMvcRequestPostProcessors.httpBasic(perawat.nip(), perawat.password())))
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("Ganti dulu kata sandi awal")));
    // Tasklist, reached without the product's login page
    mvc.perform(get("/camunda/app/tasklist/default/").accept("text/html").with(user(perawat.nip())))
        .andExpect(redirectedUrl("/akun/kata-sandi"));
    // the password page itself stays open
    mvc.perform(get("/akun/kata-sandi").with(user(perawat.nip()))).andExpect(status().isOk());
  }

  @Test
  void passwordChange_withTheWrongOldPassword_changesNothing() throws Exception {
    String storedBefore = identityService.createUserQuery().userId(RUDI).singleResult().getPassword();
    assertThat(storedBefore).isNotBlank();

    mvc.perform(post("/akun/kata-sandi").with(user(RUDI)).with(csrf())
            .param("lama", "salah").param("baru", "rahasia-baru-1").param("ulangi", "rahasia-baru-1"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Kata sandi lama salah")));
    // the stored hash itself is unchanged
    assertThat(identityService.createUserQuery().userId(RUDI).singleResult().getPassword()).isEqualTo(storedBefore);
  }

  @Test
  void demoEmployee_goesStraightOnAfterLogin() throws Exception {
    mvc.perform(formLogin("/login").user(RUDI).password(DemoPeople.PASSWORD)).andExpect(redirectedUrl("/"));
  }

  private static MockMultipartFile csvFile(String content) {
    return new MockMultipartFile("file", "organisasi.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
  }

  private static RequestPostProcessor bkpsdm() {
    return user(YUNI_BKPSDM).authorities(() -> "GROUP_bkpsdm", () -> "GROUP_asn");
  }

  private static RequestPostProcessor admin() {
    return SecurityMockMvcRequestPostProcessors.user("demo").authorities(() -> "GROUP_camunda-admin");
  }

  private static RequestPostProcessor employee() {
    return user(RUDI).authorities(() -> "GROUP_asn");
  }
}
