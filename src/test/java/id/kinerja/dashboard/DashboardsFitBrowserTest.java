package id.kinerja.dashboard;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.support.HeadlessChromium;
import id.kinerja.support.SharedApplicationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import id.kinerja.appraisal.AppraisalCycleStarter;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every BKPSDM table fits a 1366 px laptop: no element of any dashboard or admin page is wider than
 * the window or reaches past its right edge; on a tablet (768 px) the page itself never scrolls
 * sideways (a wide table scrolls inside its own box). Screenshots in target/screenshots/dasbor-muat/.
 */
@SharedApplicationTest
class DashboardsFitBrowserTest {

  static final String YUNI_BKPSDM = "198506152010012009";
  static final String HENDRA_PENILAI = "197212121998031008";

  /** Elements that reach past the window's right edge or are wider than it, described for the failure message. */
  private static final String TOO_WIDE = """
      const w = document.documentElement.clientWidth;
      const found = [];
      for (const e of document.querySelectorAll('body *')) {
        const r = e.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        if (r.right > w + 1 || r.width > w) {
          found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className : '')
              + ' "' + (e.textContent || '').trim().slice(0, 30) + '" right=' + Math.round(r.right) + ' width=' + Math.round(r.width));
        }
      }
      return found.slice(0, 12);""";

  /** A year of its own, where one SKP is past its deadline. */
  static final int LATE_YEAR = 2046;
  static final String EKO = "198706122011031014";

  @LocalServerPort int port;
  @Autowired AppraisalCycleStarter starter;
  @Autowired TaskService taskService;
  @Autowired JdbcClient jdbc;

  /** Eko's SKP of {@link #LATE_YEAR}, four days past its deadline (once per context). */
  @BeforeEach
  void oneSkpPastItsDeadline() {
    if (jdbc.sql("SELECT COUNT(*) FROM siklus_penilaian WHERE nip = ? AND tahun = ?").params(EKO, LATE_YEAR)
        .query(Long.class).single() > 0) {
      return;
    }
    String instance = starter.start(PenilaianTahunan.of(EKO, LATE_YEAR), java.util.Map.of());
    Task draft = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_DraftSkp").singleResult();
    taskService.setDueDate(draft.getId(), java.util.Date.from(java.time.LocalDateTime.now().minusDays(4)
        .atZone(java.time.ZoneId.systemDefault()).toInstant()));
  }

  @Test
  void operatorChasesTheLate_remindsOnce_andSeesItRecorded() {
    assumeTrue(HeadlessChromium.available(), HeadlessChromium.SKIP_REASON);
    try (HeadlessChromium browser = HeadlessChromium.start("lewat-tenggat")) {
      WebDriver driver = browser.driver();
      logIn(browser, YUNI_BKPSDM);
      driver.get("http://localhost:" + port + "/dasbor/bkpsdm/terlambat?tahun=" + LATE_YEAR);
      org.openqa.selenium.WebElement row = browser.waitUpTo(Duration.ofSeconds(60)).until(
          ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#unit-BKPSDM tr[data-nip='" + EKO + "']")));
      org.assertj.core.api.Assertions.assertThat(row.getText()).contains("SKP belum diajukan", "Eko Saputra", "4 hari", "belum pernah");
      browser.screenshot("daftar-per-unit");
      row.findElement(By.cssSelector("form.ingatkan button")).click();
      org.openqa.selenium.WebElement message = browser.waitUpTo(Duration.ofSeconds(60))
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("pesan")));
      org.assertj.core.api.Assertions.assertThat(message.getText()).startsWith("1 orang diingatkan");
      org.openqa.selenium.WebElement after = driver.findElement(By.cssSelector("#unit-BKPSDM tr[data-nip='" + EKO + "']"));
      org.assertj.core.api.Assertions.assertThat(after.getText()).contains("sudah diingatkan hari ini", "oleh Yuni Astuti");
      browser.screenshot("sudah-diingatkan");
      // the unit's button again: Eko is not reminded twice today
      driver.findElement(By.cssSelector("#unit-BKPSDM form.ingatkan-unit button")).click();
      browser.waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(message)); // the page after the POST
      org.assertj.core.api.Assertions.assertThat(browser.waitUpTo(Duration.ofSeconds(60))
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("pesan"))).getText())
          .contains("sudah diingatkan hari ini");
      browser.screenshot("tidak-dua-kali");
    }
    org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM pengingat_tenggat WHERE nip = ?").param(EKO)
        .query(Long.class).single()).isOne();
  }

  private final int tahun = LocalDate.now().getYear();

  @Test
  void everyBkpsdmPage_fits1366_andATablet() {
    assumeTrue(HeadlessChromium.available(), HeadlessChromium.SKIP_REASON);
    List<String[]> pages = List.of(
        new String[] {"/dasbor/bkpsdm?tahun=" + tahun, "progres"},
        new String[] {"/dasbor/bkpsdm?tahun=" + (tahun - 1), "progres-tahun-lalu"},
        new String[] {"/dasbor/bkpsdm/kurva?tahun=" + tahun, "kurva"},
        new String[] {"/dasbor/bkpsdm/kurva?tahun=" + (tahun - 1), "kurva-tahun-lalu"},
        new String[] {"/dasbor/bkpsdm/beban-kerja?tahun=" + tahun, "beban-kerja"},
        new String[] {"/dasbor/bkpsdm/kemurahan?tahun=" + (tahun - 1), "kemurahan"},
        new String[] {"/dasbor/bkpsdm/terlambat?tahun=" + tahun, "terlambat"},
        new String[] {"/dasbor/bkpsdm/terlambat?tahun=" + LATE_YEAR, "terlambat-dengan-data"},
        new String[] {"/admin/organisasi", "organisasi"},
        new String[] {"/admin/capaian-organisasi", "capaian-organisasi"},
        new String[] {"/admin/siklus", "siklus"},
        new String[] {"/dokumen?tahun=" + (tahun - 1), "dokumen"});
    SoftAssertions soft = new SoftAssertions();
    try (HeadlessChromium browser = HeadlessChromium.start("dasbor-muat")) {
      WebDriver driver = browser.driver();
      logIn(browser, YUNI_BKPSDM);
      for (String[] page : pages) {
        checkFits(browser, page[0], page[1], soft);
      }
      logIn(browser, HENDRA_PENILAI);
      checkFits(browser, "/dasbor/penilai?tahun=" + (tahun - 1), "penilai", soft);
      checkFits(browser, "/tim-saya", "tim-saya", soft);
    }
    soft.assertAll();
  }

  private void checkFits(HeadlessChromium browser, String path, String name, SoftAssertions soft) {
    WebDriver driver = browser.driver();
    driver.manage().window().setSize(new Dimension(1366, 900));
    driver.get("http://localhost:" + port + path);
    browser.waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
    soft.assertThat(driver.findElement(By.tagName("h1")).getText()).as(path + " is a page, not an error").doesNotContain("Tidak");
    @SuppressWarnings("unchecked")
    List<String> tooWide = (List<String>) ((JavascriptExecutor) driver).executeScript(TOO_WIDE);
    browser.screenshot(name + "-1366");
    soft.assertThat(tooWide).as("elements wider than 1366 px or off-screen on " + path).isEmpty();

    driver.manage().window().setSize(new Dimension(768, 1024));
    driver.navigate().refresh();
    browser.waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
    long pageWidth = ((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth")).longValue();
    long window = ((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.clientWidth")).longValue();
    browser.screenshot(name + "-tablet");
    soft.assertThat(pageWidth).as("the page " + path + " does not scroll sideways on a tablet").isLessThanOrEqualTo(window);
  }

  private void logIn(HeadlessChromium browser, String nip) {
    browser.logIn(port, nip);
  }
}
