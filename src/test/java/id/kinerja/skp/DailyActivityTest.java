package id.kinerja.skp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.organisation.OrganisationLookup;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The daily activity log on the demo year: an employee whose SKP is approved logs their day. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DailyActivityTest {

  @Autowired MockMvc mvc;
  @Autowired DailyActivityService activities;
  @Autowired OrganisationLookup organisasi;
  @Autowired JdbcClient jdbc;

  private final LocalDate today = LocalDate.now();
  private String employee;
  private long rhkId;

  @BeforeEach
  void anEmployeeWithAnApprovedSkp() {
    employee = jdbc.sql("SELECT MIN(nip) FROM skp WHERE status = 'DISETUJUI' AND tahun = ?")
        .param(today.getYear()).query(String.class).single();
    assertThat(employee).as("the demo year has an approved SKP").isNotNull();
    rhkId = activities.rhkChoices(employee, today.getYear()).get(0).id();
  }

  @Test
  void employeeLogsADay_andReadsItBack() {
    var logged = activities.record(employee, today, rhkId, "Menyusun notula rapat koordinasi");

    assertThat(activities.between(employee, today, today)).extracting("uraian").contains("Menyusun notula rapat koordinasi");
    assertThat(activities.digest(employee, today, today)).contains("Menyusun notula rapat koordinasi",
        id.kinerja.system.Waktu.tanggal(today));
    assertThat(logged.id()).isPositive();
  }

  @Test
  void badEntries_areRefusedWithEveryReason_andNothingIsStored() {
    long before = count();
    assertThatThrownBy(() -> activities.record(employee, today.plusDays(1), 999_999L, "abc"))
        .isInstanceOf(DailyActivityService.InvalidActivityException.class)
        .hasMessageContaining("masa depan").hasMessageContaining("Uraian").hasMessageContaining("RHK tidak ada");
    assertThatThrownBy(() -> activities.record(employee, today.minusDays(40), rhkId, "Kegiatan yang terlalu lama"))
        .hasMessageContaining("31 hari");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void anotherEmployeesRhk_cannotBeUsed() {
    String other = jdbc.sql("SELECT MAX(nip) FROM skp WHERE status = 'DISETUJUI' AND tahun = ? AND nip <> ?")
        .params(today.getYear(), employee).query(String.class).single();
    if (other != null) {
      long othersRhk = activities.rhkChoices(other, today.getYear()).get(0).id();
      assertThatThrownBy(() -> activities.record(employee, today, othersRhk, "Memakai RHK orang lain"))
          .hasMessageContaining("RHK tidak ada");
    }
  }

  @Test
  void api_employeeLogs_appraiserReads_peerIsRefused_badInputIs400() throws Exception {
    mvc.perform(post("/api/kegiatan-harian").with(user(employee)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"tanggal\":\"" + today + "\",\"rhkId\":" + rhkId + ",\"uraian\":\"Melayani konsultasi kepegawaian\"}"))
        .andExpect(status().isCreated());
    mvc.perform(post("/api/kegiatan-harian").with(user(employee)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"tanggal\":\"" + today + "\",\"rhkId\":" + rhkId + ",\"uraian\":\"\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("Uraian")));

    String range = "&dari=" + today + "&sampai=" + today;
    mvc.perform(get("/api/kegiatan-harian?nip=" + employee + range).with(user(organisasi.appraiserOf(employee))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Melayani konsultasi kepegawaian")));
    String peer = organisasi.peersOf(employee).stream().findFirst().orElseThrow();
    mvc.perform(get("/api/kegiatan-harian?nip=" + employee + range).with(user(peer)))
        .andExpect(status().isForbidden());
  }

  @Test
  void page_showsTheFormAndTheLog() throws Exception {
    activities.record(employee, today, rhkId, "Memeriksa berkas kenaikan pangkat");
    mvc.perform(get("/kegiatan-harian").with(user(employee)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Laporan kegiatan harian")))
        .andExpect(content().string(containsString("Memeriksa berkas kenaikan pangkat")));
  }

  private long count() {
    return jdbc.sql("SELECT COUNT(*) FROM kegiatan_harian WHERE nip = ?").param(employee).query(Long.class).single();
  }
}
