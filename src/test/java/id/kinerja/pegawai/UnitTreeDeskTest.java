package id.kinerja.pegawai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.support.SharedApplicationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit tree on the BKPSDM desk over HTTP, each test rolled back: add, rename, move and close a
 * unit, each previewed (nothing of the preview stored) then saved and audited; closing refused while
 * the unit has active employees or open sub-units, naming them; a closed unit gone from the pickers;
 * bad input as 400 with the form again; an ordinary employee refused on every page and POST.
 * Yuni (BKPSDM) is the operator; the units changed are the test's own, under the demo ones.
 */
@SharedApplicationTest
@Transactional
class UnitTreeDeskTest {

  static final String YUNI = "198506152010012009";
  static final String RUDI = "198809092012121010";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void addingAUnit_isPreviewedThenSavedUnderItsParent_andAudited() throws Exception {
    long auditedBefore = auditRows();   // other tests of the shared application have changed their own units
    change("/pegawai/unit/pratinjau", "TAMBAH", "UJI-BIDANG", "Bidang Uji Coba", "BKPSDM")
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Pratinjau — belum tersimpan")))
        .andExpect(content().string(containsString(
            "Sekretariat Daerah › Badan Kepegawaian dan Pengembangan Sumber Daya Manusia › Bidang Uji Coba")));
    assertThat(unitCount("UJI-BIDANG")).isZero();
    assertThat(auditRows()).as("a preview writes no audit row").isEqualTo(auditedBefore);

    change("/pegawai/unit", "TAMBAH", "UJI-BIDANG", "Bidang Uji Coba", "BKPSDM")
        .andExpect(redirectedUrl("/pegawai/unit"));
    assertThat(jdbc.sql("SELECT parent_code FROM org_unit WHERE code = 'UJI-BIDANG'").query(String.class).single())
        .isEqualTo("BKPSDM");
    Map<String, Object> row = lastAudit();
    assertThat(row).containsEntry("JENIS", "TAMBAH").containsEntry("OLEH", YUNI).containsEntry("UNIT_CODE", "UJI-BIDANG");
    assertThat(row.get("PADA")).isNotNull();
    assertThat((String) row.get("SESUDAH")).contains("Bidang Uji Coba");
    assertThat(page()).contains("Bidang Uji Coba", "Riwayat perubahan unit", "Unit baru", "Yuni Astuti");
  }

  @Test
  void renamingAUnit_recordsTheNameBeforeAndAfter() throws Exception {
    saved("TAMBAH", "UJI-BIDANG", "Bidang Uji Coba", "BKPSDM");
    change("/pegawai/unit/pratinjau", "GANTI_NAMA", "UJI-BIDANG", "Bidang Uji Baru", "")
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Nama: Bidang Uji Coba")))
        .andExpect(content().string(containsString("Nama: Bidang Uji Baru")));
    assertThat(name("UJI-BIDANG")).isEqualTo("Bidang Uji Coba");

    saved("GANTI_NAMA", "UJI-BIDANG", "Bidang Uji Baru", "");
    assertThat(name("UJI-BIDANG")).isEqualTo("Bidang Uji Baru");
    assertThat(lastAudit()).containsEntry("JENIS", "GANTI_NAMA")
        .containsEntry("SEBELUM", "Nama: Bidang Uji Coba");
  }

  @Test
  void movingAUnit_previewsWhoseEmployeesNowFallUnderTheNewParent() throws Exception {
    saved("TAMBAH", "UJI-BIDANG", "Bidang Uji Coba", "BKPSDM");
    jdbc.sql("UPDATE org_employee SET unit_code = 'UJI-BIDANG' WHERE nip = ?").param(RUDI).update();

    change("/pegawai/unit/pratinjau", "PINDAH", "UJI-BIDANG", "", "DISDIK")
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Sekretariat Daerah › Dinas Pendidikan › Bidang Uji Coba")))
        .andExpect(content().string(containsString("kini di bawah &quot;Dinas Pendidikan&quot;")))
        .andExpect(content().string(containsString("Rudi Hartono, S.Sos. (" + RUDI + ")")));
    assertThat(parent("UJI-BIDANG")).isEqualTo("BKPSDM");

    saved("PINDAH", "UJI-BIDANG", "", "DISDIK");
    assertThat(parent("UJI-BIDANG")).isEqualTo("DISDIK");
    assertThat(lastAudit()).containsEntry("JENIS", "PINDAH");
    assertThat((String) lastAudit().get("SEBELUM")).contains("Badan Kepegawaian");

    // not below itself
    saved("TAMBAH", "UJI-SEKSI", "Seksi Uji", "UJI-BIDANG");
    change("/pegawai/unit", "PINDAH", "UJI-BIDANG", "", "UJI-SEKSI")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("tidak dapat dipindah ke bawah dirinya sendiri")));
    assertThat(parent("UJI-BIDANG")).isEqualTo("DISDIK");
  }

  @Test
  void closing_isRefusedNamingTheActiveEmployeesAndOpenSubUnits() throws Exception {
    saved("TAMBAH", "UJI-BIDANG", "Bidang Uji Coba", "BKPSDM");
    saved("TAMBAH", "UJI-SEKSI", "Seksi Uji", "UJI-BIDANG");
    jdbc.sql("UPDATE org_employee SET unit_code = 'UJI-BIDANG' WHERE nip = ?").param(RUDI).update();
    long before = auditRows();

    change("/pegawai/unit/pratinjau", "TUTUP", "UJI-BIDANG", "", "")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("masih mempunyai 1 pegawai aktif: Rudi Hartono, S.Sos.")))
        .andExpect(content().string(containsString("masih mempunyai 1 sub-unit yang terbuka: Seksi Uji")))
        .andExpect(content().string(containsString("id=\"form-tutup\"")));
    change("/pegawai/unit", "TUTUP", "UJI-BIDANG", "", "").andExpect(status().isBadRequest());
    assertThat(closed("UJI-BIDANG")).isFalse();
    assertThat(auditRows()).isEqualTo(before);
  }

  @Test
  void closingAnEmptyUnit_marksItClosed_andItVanishesFromThePickers() throws Exception {
    saved("TAMBAH", "UJI-BIDANG", "Bidang Uji Coba", "BKPSDM");
    assertThat(pageOf("/pegawai/baru")).contains("Bidang Uji Coba");

    change("/pegawai/unit/pratinjau", "TUTUP", "UJI-BIDANG", "", "")
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Status: ditutup")));
    assertThat(closed("UJI-BIDANG")).isFalse();

    saved("TUTUP", "UJI-BIDANG", "", "");
    assertThat(closed("UJI-BIDANG")).isTrue();
    assertThat(lastAudit()).containsEntry("JENIS", "TUTUP");
    assertThat(pageOf("/pegawai/baru")).doesNotContain("Bidang Uji Coba");
    assertThat(pageOf("/pegawai/" + RUDI + "/jabatan")).doesNotContain("Bidang Uji Coba");
    // the tree still shows it, marked
    assertThat(page()).contains("Bidang Uji Coba", "ditutup");
    // nothing can be put under a closed unit, nor can an employee be moved into it
    // the mutasi's preview is a savepoint: first, before a refused save marks this test's transaction
    mvc.perform(post("/pegawai/" + RUDI + "/mutasi/pratinjau").with(bkpsdm()).with(csrf())
            .param("nipAtasan", "197304041999031017").param("unitKode", "UJI-BIDANG"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("sudah ditutup")));
    change("/pegawai/unit", "TAMBAH", "UJI-SEKSI", "Seksi Uji", "UJI-BIDANG")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("sudah ditutup dan tidak dapat menjadi unit induk")));
    mvc.perform(post("/pegawai/" + RUDI + "/jabatan").with(bkpsdm()).with(csrf())
            .param("jabatan", "Analis SDM Aparatur Ahli Pertama").param("unitKode", "UJI-BIDANG"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void badInput_answers400WithTheFormAgain_andStoresNothing() throws Exception {
    long before = auditRows();
    change("/pegawai/unit", "TAMBAH", "", "", "")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Kode unit wajib diisi.")))
        .andExpect(content().string(containsString("Nama unit wajib diisi.")))
        .andExpect(content().string(containsString("Unit induk wajib dipilih.")))
        .andExpect(content().string(containsString("id=\"form-tambah\"")));
    change("/pegawai/unit", "TAMBAH", "ada spasi!", "Bidang Uji", "BKPSDM")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Kode unit hanya boleh berisi")))
        .andExpect(content().string(containsString("value=\"Bidang Uji\"")));
    change("/pegawai/unit", "TAMBAH", "BKPSDM", "Lagi", "SETDA")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("sudah dipakai")));
    change("/pegawai/unit", "GANTI_NAMA", "TIDAK-ADA", "Nama", "")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Pilih unit yang akan diubah dari daftar.")));
    change("/pegawai/unit/pratinjau", "HAPUS", "BKPSDM", "", "")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Pilih perubahan")));
    change("/pegawai/unit", "GANTI_NAMA", "BKPSDM", "x".repeat(201), "")
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("paling panjang 200")));
    assertThat(auditRows()).isEqualTo(before);
    assertThat(unitCount("ada spasi!")).isZero();
  }

  @Test
  void anOrdinaryEmployee_isRefusedOnEveryPageAndPost() throws Exception {
    RequestPostProcessor asn = user(RUDI).authorities(() -> "GROUP_asn");
    mvc.perform(get("/pegawai/unit").with(asn)).andExpect(status().isForbidden());
    mvc.perform(post("/pegawai/unit/pratinjau").with(asn).with(csrf()).param("aksi", "TAMBAH")
        .param("kode", "UJI-X").param("nama", "X").param("induk", "BKPSDM")).andExpect(status().isForbidden());
    mvc.perform(post("/pegawai/unit").with(asn).with(csrf()).param("aksi", "TAMBAH")
        .param("kode", "UJI-X").param("nama", "X").param("induk", "BKPSDM")).andExpect(status().isForbidden());
    assertThat(unitCount("UJI-X")).isZero();
  }

  @Test
  void theDeskLinksToTheTree() throws Exception {
    assertThat(pageOf("/pegawai")).contains("href=\"/pegawai/unit\"", "Pohon unit kerja");
    mvc.perform(get("/pegawai/unit").with(bkpsdm())).andExpect(status().isOk())
        .andExpect(content().string(containsString("Sekretariat Daerah")))
        .andExpect(content().string(not(containsString("Pratinjau — belum tersimpan"))));
  }

  // ---- helpers -----------------------------------------------------------------------------------

  private ResultActions change(String path, String aksi, String kode, String nama, String induk) throws Exception {
    return mvc.perform(post(path).with(bkpsdm()).with(csrf())
        .param("aksi", aksi).param("kode", kode).param("nama", nama).param("induk", induk));
  }

  private void saved(String aksi, String kode, String nama, String induk) throws Exception {
    change("/pegawai/unit", aksi, kode, nama, induk).andExpect(status().is3xxRedirection());
  }

  private String page() throws Exception {
    return pageOf("/pegawai/unit");
  }

  private String pageOf(String path) throws Exception {
    return mvc.perform(get(path).with(bkpsdm())).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();
  }

  private long unitCount(String code) {
    return jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
  }

  private String name(String code) {
    return jdbc.sql("SELECT name FROM org_unit WHERE code = ?").param(code).query(String.class).single();
  }

  private String parent(String code) {
    return jdbc.sql("SELECT parent_code FROM org_unit WHERE code = ?").param(code).query(String.class).single();
  }

  private boolean closed(String code) {
    return jdbc.sql("SELECT closed_at FROM org_unit WHERE code = ?").param(code).query((rs, n) -> rs.getTimestamp(1) != null)
        .single();
  }

  private long auditRows() {
    return jdbc.sql("SELECT COUNT(*) FROM perubahan_unit").query(Long.class).single();
  }

  private Map<String, Object> lastAudit() {
    List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM perubahan_unit ORDER BY id DESC").query().listOfRows();
    return new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER) {{ putAll(rows.get(0)); }};
  }

  private static RequestPostProcessor bkpsdm() {
    return user(YUNI).authorities(() -> "GROUP_bkpsdm", () -> "GROUP_asn");
  }
}
