package id.kinerja.pegawai;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.CamundaWebapps;
import id.kinerja.support.HeadlessChromium;
import id.kinerja.support.SharedApplicationTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The BKPSDM operator at the unit tree, in headless Chromium at 1366x900 (screenshots in
 * target/screenshots/pohon-unit/): from the desk's search page to the tree; adds a unit under BKPSDM
 * after its preview, moves it under the Dinas Pendidikan, is refused closing BKPSDM (its employees
 * named), then closes the new, empty unit; every change is in the history on the page. The unit is
 * the journey's own (its code has the test's start time), so no demo unit is changed.
 */
@SharedApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitTreeBrowserJourneyTest {

  static final String YUNI = "198506152010012009";
  static final String BKPSDM = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @BeforeAll
  void browserAvailable() {
    CamundaWebapps.prepareForBrowserTests(port);
  }

  @Test
  void operatorAddsMovesAndClosesAUnit_eachPreviewedAndInTheHistory() {
    String code = "UJI-" + (System.currentTimeMillis() % 1_000_000);
    String name = "Bidang Uji Pohon " + code;
    try (HeadlessChromium browser = HeadlessChromium.start("pohon-unit")) {
      WebDriver driver = browser.driver();
      logIn(browser);
      driver.get(url("/pegawai"));
      wait(browser).until(ExpectedConditions.elementToBeClickable(By.id("ke-pohon-unit"))).click();
      wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("pohon")));
      assertThat(driver.findElement(By.id("pohon")).getText()).contains("Sekretariat Daerah", BKPSDM);

      // a new unit under BKPSDM: previewed, nothing stored, then saved
      driver.findElement(By.id("tambah-nama")).sendKeys(name);
      driver.findElement(By.id("tambah-kode")).sendKeys(code);
      new Select(driver.findElement(By.id("tambah-induk"))).selectByVisibleText(BKPSDM);
      driver.findElement(By.cssSelector("#form-tambah button")).click();
      assertThat(wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("pratinjau"))).getText())
          .contains("belum tersimpan", "Sekretariat Daerah › " + BKPSDM + " › " + name);
      assertThat(units(code)).isZero();
      browser.screenshot("tambah-pratinjau");
      driver.findElement(By.id("simpan")).click();
      assertThat(wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("pesan"))).getText())
          .contains("Tersimpan", name);
      assertThat(driver.findElement(By.cssSelector("#pohon tr[data-kode='" + code + "']")).getText()).contains(name);

      // moved under the Dinas Pendidikan
      new Select(driver.findElement(By.id("pindah-kode"))).selectByVisibleText(name);
      new Select(driver.findElement(By.id("pindah-induk"))).selectByVisibleText("Dinas Pendidikan");
      driver.findElement(By.cssSelector("#form-pindah button")).click();
      assertThat(wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("pratinjau"))).getText())
          .contains("Sekretariat Daerah › Dinas Pendidikan › " + name);
      browser.screenshot("pindah-pratinjau");
      driver.findElement(By.id("simpan")).click();
      wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("pesan")));
      assertThat(jdbc.sql("SELECT parent_code FROM org_unit WHERE code = ?").param(code).query(String.class).single())
          .isEqualTo("DISDIK");

      // BKPSDM cannot be closed: its employees are named
      new Select(driver.findElement(By.id("tutup-kode"))).selectByVisibleText(BKPSDM);
      driver.findElement(By.cssSelector("#form-tutup button")).click();
      assertThat(wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("masalah"))).getText())
          .contains("masih mempunyai", "pegawai aktif", "Yuni Astuti");
      browser.screenshot("tutup-ditolak");

      // the new, empty unit can
      new Select(driver.findElement(By.id("tutup-kode"))).selectByVisibleText(name);
      driver.findElement(By.cssSelector("#form-tutup button")).click();
      assertThat(wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("pratinjau"))).getText())
          .contains("Status: ditutup");
      driver.findElement(By.id("simpan")).click();
      wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("pesan")));
      assertThat(driver.findElement(By.cssSelector("#pohon tr[data-kode='" + code + "']")).getText()).contains("ditutup");
      assertThat(driver.findElement(By.id("riwayat")).getText())
          .contains("Unit baru", "Pindah induk", "Tutup unit", "Yuni Astuti");
      assertThat(new Select(driver.findElement(By.id("tutup-kode"))).getOptions()).noneMatch(o -> o.getText().equals(name));
      browser.screenshot("riwayat");
    }
  }

  private long units(String code) {
    return jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
  }

  private void logIn(HeadlessChromium browser) {
    browser.logIn(port, YUNI);
  }

  private static WebDriverWait wait(HeadlessChromium browser) {
    return browser.waitUpTo(Duration.ofSeconds(60));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
