package id.kinerja.calibration;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.support.SharedApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** BKPSDM records a unit's capaian kinerja organisasi over HTTP (API and page); nobody else may. */
@SharedApplicationTest
@Transactional
class CapaianOrganisasiWebTest {

  static final String YUNI_BKPSDM = "198506152010012009";
  static final String RUDI = "198809092012121010";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void bkpsdmRecordsTheCapaian_whoAndWhenAreKept_andAChangeIsAddedToTheHistory() throws Exception {
    mvc.perform(put("/api/capaian-organisasi/DISDIK/2050").with(bkpsdm()).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"capaian\":\"BAIK\",\"catatan\":\"LKj 2050\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.capaian").value("BAIK"))
        .andExpect(jsonPath("$.unitNama").value("Dinas Pendidikan"))
        .andExpect(jsonPath("$.ditetapkanOleh").value(YUNI_BKPSDM))
        .andExpect(jsonPath("$.ditetapkanPada").isNotEmpty());
    mvc.perform(put("/api/capaian-organisasi/DISDIK/2050").with(bkpsdm()).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"capaian\":\"istimewa\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.capaian").value("ISTIMEWA"));

    mvc.perform(get("/api/capaian-organisasi/DISDIK/2050").with(bkpsdm()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.capaian.capaian").value("ISTIMEWA"))
        .andExpect(jsonPath("$.riwayat[0].capaian").value("BAIK"))
        .andExpect(jsonPath("$.riwayat[1].capaian").value("ISTIMEWA"));
  }

  @Test
  void anAsn_isRefused_andNothingIsStored() throws Exception {
    mvc.perform(put("/api/capaian-organisasi/DISDIK/2051").with(user(RUDI).authorities(() -> "GROUP_asn")).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"capaian\":\"ISTIMEWA\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/capaian-organisasi").with(user(RUDI).authorities(() -> "GROUP_asn")))
        .andExpect(status().isForbidden());
    mvc.perform(put("/api/capaian-organisasi/DISDIK/2051").with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"capaian\":\"ISTIMEWA\"}"))
        .andExpect(status().isUnauthorized());

    org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM capaian_organisasi WHERE tahun = 2051")
        .query(Long.class).single()).isZero();
  }

  @Test
  void badInput_isRefusedWithAReadableMessage() throws Exception {
    mvc.perform(put("/api/capaian-organisasi/DISDIK/2052").with(bkpsdm()).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"capaian\":\"LUMAYAN\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0]").value(containsString("Istimewa (ISTIMEWA)")));
    mvc.perform(put("/api/capaian-organisasi/DISDIK/1900").with(bkpsdm()).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"capaian\":\"BAIK\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0]").value("Tahun 1900 tidak masuk akal."));
    mvc.perform(get("/api/capaian-organisasi").param("tahun", "1900").with(bkpsdm()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0]").value("Tahun 1900 tidak masuk akal."));
    mvc.perform(get("/admin/capaian-organisasi").param("tahun", "1900").with(bkpsdm()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Tahun 1900 tidak masuk akal.")));
    mvc.perform(put("/api/capaian-organisasi/TIDAKADA/2052").with(bkpsdm()).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"capaian\":\"BAIK\"}"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value(containsString("TIDAKADA")));

    org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM capaian_organisasi_riwayat WHERE tahun IN (1900, 2052)")
        .query(Long.class).single()).isZero();
  }

  @Test
  void thePage_listsEveryUnit_andRecordsFromTheForm() throws Exception {
    mvc.perform(get("/admin/capaian-organisasi").param("tahun", "2053").with(bkpsdm()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Dinas Pendidikan")))
        .andExpect(content().string(containsString("Badan Kepegawaian")))
        .andExpect(content().string(containsString("belum dicatat")));

    mvc.perform(post("/admin/capaian-organisasi").with(bkpsdm()).with(csrf())
            .param("unit", "BKPSDM").param("tahun", "2053").param("capaian", "BUTUH_PERBAIKAN"))
        .andExpect(redirectedUrl("/admin/capaian-organisasi?tahun=2053"))
        .andExpect(flash().attribute("pesan", containsString("Butuh Perbaikan")));
    mvc.perform(post("/admin/capaian-organisasi").with(bkpsdm()).with(csrf())
            .param("unit", "BKPSDM").param("tahun", "2053").param("capaian", ""))
        .andExpect(flash().attributeExists("masalah"));

    org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT capaian FROM capaian_organisasi WHERE unit_code = 'BKPSDM' AND tahun = 2053")
        .query(String.class).single()).isEqualTo("BUTUH_PERBAIKAN");
  }

  private static RequestPostProcessor bkpsdm() {
    return user(YUNI_BKPSDM).authorities(() -> "GROUP_bkpsdm", () -> "GROUP_asn");
  }
}
