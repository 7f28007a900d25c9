package id.kinerja.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.kinerja.support.HeadlessChromium;
import id.kinerja.support.SharedApplicationTest;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The BKPSDM operator imports an Excel file on /admin/organisasi in headless Chromium: a file with
 * one bad row is refused with that row and column named and nothing written; the corrected file is
 * previewed and, confirmed, written. Screenshots in target/screenshots/impor-organisasi-xlsx/.
 */
@SharedApplicationTest
class ImportXlsxBrowserJourneyTest {

  static final String YUNI_BKPSDM = "198506152010012009";
  static final String AGENCY = "UJI-IMPOR-XLSX";
  static final String UNIT = "UJI-XLSX-BIRO";
  /** Three people of an agency of their own, so the shared demo stays as it is. */
  static final List<String> NIPS = List.of("197707072003031701", "197707072003032702", "197707072003031703");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired IdentityService identityService;

  private long stored() {
    return jdbc.sql("SELECT COUNT(*) FROM org_employee WHERE unit_code = ?").param(UNIT).query(Long.class).single();
  }

  private static Path xlsx(String statusOfRow3) throws Exception {
    String[][] rows = {
        {NIPS.get(0), "Drs. Bagus Prakoso", "PNS", "Kepala Biro Uji Impor", "STRUKTURAL", UNIT, "Biro Uji Impor", "", AGENCY,
            "Instansi Uji Impor", "bagus@uji.example", "", "Y"},
        {NIPS.get(1), "Citra Lestari, S.E.", statusOfRow3, "Analis Uji Impor", "FUNGSIONAL", UNIT, "Biro Uji Impor", "", AGENCY,
            "Instansi Uji Impor", "", NIPS.get(0), "N"},
        {NIPS.get(2), "Dedi Kurnia", "PPPK", "Pengadministrasi Uji Impor", "PELAKSANA", UNIT, "Biro Uji Impor", "", AGENCY,
            "Instansi Uji Impor", "", NIPS.get(0), "N"}};
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "SIASN", "1.0");
    Worksheet sheet = workbook.newWorksheet("Pegawai");
    List<String> header = OrganisationColumns.names();
    for (int c = 0; c < header.size(); c++) {
      sheet.value(0, c, header.get(c));
      for (int r = 0; r < rows.length; r++) {
        if (!rows[r][c].isEmpty()) {
          sheet.value(r + 1, c, rows[r][c]);
        }
      }
    }
    workbook.finish();
    Path file = Files.createTempFile("organisasi-", ".xlsx");
    Files.write(file, out.toByteArray());
    return file;
  }

  @Test
  void operatorImportsExcel_badRowNamedAndNothingWritten_thenTheCorrectedFile() throws Exception {
    assumeTrue(HeadlessChromium.available(), HeadlessChromium.SKIP_REASON);
    Path bad = xlsx("HONORER");
    Path good = xlsx("PNS");
    try (HeadlessChromium browser = HeadlessChromium.start("impor-organisasi-xlsx")) {
      WebDriver driver = browser.driver();
      browser.logIn(port, YUNI_BKPSDM);

      driver.get("http://localhost:" + port + "/admin/organisasi");
      browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("kolom")));
      assertThat(driver.findElements(By.cssSelector("#kolom tbody tr"))).hasSize(OrganisationColumns.ALL.size());
      browser.screenshot("halaman-dan-format");

      driver.findElement(By.id("file")).sendKeys(bad.toString());
      driver.findElement(By.id("periksa")).click();
      WebElement errors = browser.waitUpTo(Duration.ofSeconds(60))
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("kesalahan")));
      assertThat(errors.getText()).contains("File ditolak: 1 kesalahan, tidak ada data yang disimpan");
      WebElement row = driver.findElement(By.cssSelector("#daftar-kesalahan tbody tr"));
      assertThat(row.getAttribute("data-baris")).isEqualTo("3");
      assertThat(row.getAttribute("data-kolom")).isEqualTo("status");
      assertThat(row.getText()).contains("HONORER");
      assertThat(driver.findElements(By.id("simpan"))).isEmpty();
      browser.screenshot("baris-salah-ditolak");
      assertThat(stored()).as("nothing written").isZero();

      driver.findElement(By.id("file")).sendKeys(good.toString());
      driver.findElement(By.id("periksa")).click();
      browser.waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(By.id("pratinjau")));
      assertThat(driver.findElement(By.id("akan-dibuat")).getText()).isEqualTo("3");
      assertThat(driver.findElement(By.id("daftar-baru")).getText()).contains("Citra Lestari, S.E.");
      browser.screenshot("pratinjau");
      assertThat(stored()).as("the preview writes nothing").isZero();

      driver.findElement(By.id("simpan")).click();
      browser.waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(By.id("hasil-impor")));
      assertThat(driver.findElement(By.id("created")).getText()).isEqualTo("3");
      browser.screenshot("tersimpan");
      assertThat(stored()).isEqualTo(3);
      assertThat(identityService.createUserQuery().userId(NIPS.get(1)).count()).isOne();
    } finally {
      Files.deleteIfExists(bad);
      Files.deleteIfExists(good);
    }
  }

  /** Takes the test's agency out again, so the other classes of the shared context see the demo only. */
  @AfterEach
  void removeTheTestAgency() {
    NIPS.forEach(nip -> {
      if (identityService.createUserQuery().userId(nip).count() > 0) {
        identityService.deleteUser(nip);
      }
    });
    jdbc.sql("UPDATE org_employee SET supervisor_nip = NULL WHERE unit_code = ?").param(UNIT).update();
    jdbc.sql("DELETE FROM employee_account WHERE nip IN (SELECT nip FROM org_employee WHERE unit_code = ?)").param(UNIT).update();
    jdbc.sql("UPDATE org_unit SET head_nip = NULL, head_position = NULL WHERE code = ?").param(UNIT).update();
    jdbc.sql("DELETE FROM org_employee WHERE unit_code = ?").param(UNIT).update();
    jdbc.sql("DELETE FROM org_unit WHERE code = ?").param(UNIT).update();
    jdbc.sql("DELETE FROM org_position WHERE name LIKE '%Uji Impor'").update();
    jdbc.sql("DELETE FROM org_agency WHERE code = ?").param(AGENCY).update();
  }
}
