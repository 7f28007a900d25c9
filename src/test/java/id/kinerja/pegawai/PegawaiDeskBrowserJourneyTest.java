package id.kinerja.pegawai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.support.AppraisalYearDriver;
import id.kinerja.support.CamundaWebapps;
import id.kinerja.support.DemoEngineRest;
import id.kinerja.support.HeadlessChromium;
import id.kinerja.support.SharedApplicationTest;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The BKPSDM operator at the desk, in headless Chromium at 1366x900 (screenshots in
 * target/screenshots/meja-pegawai/): adds a new employee under the Kepala BKPSDM, whose SKP then
 * waits for his review (the real appraisal, in a year of its own, 2041, so that no demo person's
 * year is touched); finds her by part of her name as she types; moves her to the Kepala Dinas
 * Pendidikan through the mutasi screen after reading its preview; and the review is then in the
 * new appraiser's Tasklist and in his engine REST task query, no longer in the former one's.
 * Finally she leaves through the departure screen, which ends that appraisal. Each change is in
 * the audit and on her page.
 */
@SharedApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PegawaiDeskBrowserJourneyTest {

  static final String YUNI = "198506152010012009";
  static final String HENDRA = "197212121998031008";
  static final String SUTRISNO = "197304041999031017";
  static final String INTAN = "199811222023022004";
  static final String NAMA = "Intan Permata Sari, S.Psi.";
  static final int TAHUN = 2041;
  static final String SKP = """
      [{"jenis":"UTAMA","uraian":"Tersusunnya peta jabatan","rhkAtasanUraian":"Meningkatnya kualitas manajemen ASN",
        "indikator":[{"uraian":"Dokumen peta jabatan","aspek":"KUANTITAS","target":"1 dokumen"}]}]""";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;

  @BeforeAll
  void browserAvailable() {
    CamundaWebapps.prepareForBrowserTests(port);
  }

  @Test
  void operatorFindsAnEmployee_movesHerToANewAtasan_andTheOpenReviewIsInTheNewAppraisersTasklist() throws Exception {
    try (HeadlessChromium browser = HeadlessChromium.start("meja-pegawai")) {
      WebDriver driver = browser.driver();
      logIn(browser, YUNI);

      // the desk is in the navigation
      driver.get(url("/kinerja-saya"));
      wait(browser).until(ExpectedConditions.elementToBeClickable(By.linkText("Pegawai"))).click();
      wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
      browser.screenshot("pencarian");

      // a new employee under the Kepala BKPSDM, previewed first; a mistyped NIP is named in words and
      // the form comes back as it was filled in
      driver.findElement(By.linkText("+ Pegawai baru")).click();
      wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("nip"))).sendKeys("19981122202302200");
      driver.findElement(By.id("nama")).sendKeys(NAMA);
      driver.findElement(By.id("jabatan")).sendKeys("Analis SDM Aparatur Ahli Pertama");
      new Select(driver.findElement(By.id("unitKode"))).selectByVisibleText(
          "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia");
      pick(browser, "nipAtasan", "hendra gun", HENDRA);
      browser.screenshot("pegawai-baru-terisi");
      driver.findElement(By.id("pratinjau-baru")).click();
      assertThat(wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("masalah"))).getText())
          .contains("NIP harus 18 angka").doesNotContain("Pilih", "NIP: NIP");
      assertThat(driver.findElement(By.id("nama")).getDomProperty("value")).isEqualTo(NAMA);
      assertThat(driver.findElement(By.id("nipAtasan")).getDomProperty("value")).isEqualTo(HENDRA);
      browser.screenshot("pegawai-baru-ditolak");
      WebElement nip = driver.findElement(By.id("nip"));
      nip.clear();
      nip.sendKeys(INTAN);
      driver.findElement(By.id("pratinjau-baru")).click();
      WebElement preview = wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("pratinjau")));
      assertThat(preview.getText()).contains("belum tersimpan", NAMA, "Drs. Hendra Gunawan, M.M.");
      assertThat(count("SELECT COUNT(*) FROM org_employee WHERE nip = ?", INTAN)).isZero();
      browser.screenshot("pegawai-baru-pratinjau");
      driver.findElement(By.id("simpan")).click();
      assertThat(wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("tersimpan"))).getText())
          .contains("tersimpan sebagai pegawai baru", "Kata sandi awal");
      browser.screenshot("pegawai-baru-tersimpan");
      assertThat(audit()).containsExactly("BARU");

      // her year (2041) runs: she submits the SKP, which waits for her appraiser's review
      String instance = herSkpWaitsForReview();
      assertThat(taskService.createTaskQuery().processInstanceId(instance).taskAssignee(HENDRA).count()).isEqualTo(1);

      // found as the operator types part of her name
      driver.get(url("/pegawai"));
      WebElement box = wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
      box.sendKeys("intan per");
      WebElement row = wait(browser).until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector("#hasil tr[data-nip='" + INTAN + "']")));
      assertThat(driver.getCurrentUrl()).as("no page load: results as one types").endsWith("/pegawai");
      browser.screenshot("cari-sambil-mengetik");
      row.findElement(By.linkText(NAMA)).click();
      WebElement tasks = wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("tugas")));
      assertThat(tasks.getText()).contains("Periksa SKP · " + NAMA + " · " + TAHUN, "Drs. Hendra Gunawan, M.M.");
      assertThat(driver.findElement(By.id("rantai-atasan")).getText()).contains("Drs. Hendra Gunawan, M.M.",
          "Dr. Ahmad Suryadi, M.Si.");
      browser.screenshot("halaman-pegawai");

      // mutasi: the new atasan picked by search, the preview names the review moving to him
      driver.findElement(By.id("ke-mutasi")).click();
      pick(browser, "nipAtasan", "sutrisno", SUTRISNO);
      driver.findElement(By.id("pratinjau-mutasi")).click();
      WebElement moving = wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("tugas-pindah")));
      assertThat(moving.getText()).contains("Periksa SKP · " + NAMA + " · " + TAHUN, "Drs. Hendra Gunawan, M.M.",
          "Dr. Sutrisno, M.Pd.");
      assertThat(driver.findElement(By.id("tugas-berikutnya")).getText()).contains("diberikan kepada Dr. Sutrisno, M.Pd.");
      browser.screenshot("mutasi-pratinjau");
      assertThat(taskService.createTaskQuery().processInstanceId(instance).taskAssignee(HENDRA).count())
          .as("the preview stores nothing").isEqualTo(1);
      assertThat(audit()).containsExactly("BARU");
      driver.findElement(By.id("simpan")).click();
      assertThat(wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("pesan"))).getText())
          .contains("Mutasi tersimpan: 1 tugas terbuka dialihkan");
      assertThat(driver.findElement(By.id("perubahan")).getText()).contains("Mutasi", "Yuni Astuti",
          "Atasan langsung: Dr. Sutrisno, M.Pd.");
      browser.screenshot("mutasi-tersimpan");
      assertThat(audit()).containsExactly("BARU", "MUTASI");

      // the review is the new appraiser's now: his engine REST task query, not the former one's
      DemoEngineRest rest = new DemoEngineRest(http);
      JsonNode his = rest.get(SUTRISNO, "/engine-rest/task?processInstanceId=" + instance + "&assignee=" + SUTRISNO);
      assertThat(his).hasSize(1);
      assertThat(his.get(0).get("name").asText()).isEqualTo("Periksa SKP · " + NAMA + " · " + TAHUN);
      assertThat(rest.get(HENDRA, "/engine-rest/task?processInstanceId=" + instance + "&assignee=" + HENDRA)).isEmpty();

      // and in his Tasklist
      CamundaWebapps webapps = new CamundaWebapps(browser, url(""));
      webapps.logIn("tasklist", SUTRISNO, "demo");
      webapps.openTask(his.get(0).get("id").asText());
      webapps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"), NAMA));
      assertThat(driver.findElement(By.cssSelector(".tasks-list")).getText()).contains("Periksa SKP · " + NAMA);
      browser.screenshot("tasklist-penilai-baru");

      // a new position, previewed: before and after
      logIn(browser, YUNI);
      driver.get(url("/pegawai/" + INTAN));
      wait(browser).until(ExpectedConditions.elementToBeClickable(By.id("ke-jabatan"))).click();
      WebElement position = wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("jabatan")));
      position.clear();
      position.sendKeys("Analis SDM Aparatur Ahli Muda");
      driver.findElement(By.id("pratinjau-jabatan")).click();
      assertThat(wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("pratinjau"))).getText())
          .contains("Jabatan: Analis SDM Aparatur Ahli Pertama", "Jabatan: Analis SDM Aparatur Ahli Muda",
              "(tetap)");
      browser.screenshot("jabatan-pratinjau");
      driver.findElement(By.id("simpan")).click();
      assertThat(wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("data"))).getText())
          .contains("Analis SDM Aparatur Ahli Muda");
      assertThat(audit()).containsExactly("BARU", "MUTASI", "JABATAN");

      // she leaves: the preview names the appraisal that ends
      driver.get(url("/pegawai/" + INTAN));
      wait(browser).until(ExpectedConditions.elementToBeClickable(By.id("ke-keluar"))).click();
      assertThat(wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("penilaian-berakhir"))).getText())
          .contains("tahun " + TAHUN);
      driver.findElement(By.id("alasan")).sendKeys("Pindah ke Pemerintah Provinsi");
      browser.screenshot("keluar-pratinjau");
      driver.findElement(By.id("simpan")).click();
      assertThat(wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("status-keluar"))).getText())
          .contains("Pindah ke Pemerintah Provinsi");
      browser.screenshot("keluar-tersimpan");
      WebElement history = driver.findElement(By.id("perubahan"));
      ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", history);
      assertThat(history.getText()).contains("Pegawai baru", "Mutasi", "Ganti jabatan", "Keluar dari instansi",
          "Yuni Astuti", "WIB");
      browser.screenshot("riwayat-perubahan");
      assertThat(audit()).containsExactly("BARU", "MUTASI", "JABATAN", "KELUAR");
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    }
  }

  /** As the operator opens the year and she submits her SKP (the real appraisal, through the REST API). */
  private String herSkpWaitsForReview() throws Exception {
    // she got an initial password; the test gives her the demo's, already changed
    User user = identityService.createUserQuery().userId(INTAN).singleResult();
    user.setPassword("demo");
    identityService.saveUser(user);
    jdbc.sql("UPDATE employee_account SET must_change_password = FALSE WHERE nip = ?").param(INTAN).update();
    AppraisalYearDriver year = new AppraisalYearDriver(http);
    String instance = year.open(INTAN, TAHUN);
    year.submitSkp(instance, INTAN, SKP);
    return instance;
  }

  /** Types part of a name into the person picker and clicks the person in the results. */
  private void pick(HeadlessChromium browser, String field, String typed, String nip) {
    WebDriver driver = browser.driver();
    driver.findElement(By.id("cari-" + field)).sendKeys(typed);
    wait(browser).until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("#hasil-cari-" + field + " li[data-nip='" + nip + "']"))).click();
    assertThat(driver.findElement(By.id(field)).getDomProperty("value")).isEqualTo(nip);
    assertThat(driver.findElement(By.id("terpilih-" + field)).getText()).startsWith("Terpilih: ");
  }

  private void logIn(HeadlessChromium browser, String nip) {
    browser.logIn(port, nip);
  }

  private List<String> audit() {
    return jdbc.sql("SELECT jenis FROM perubahan_pegawai WHERE nip = ? ORDER BY id").param(INTAN)
        .query(String.class).list();
  }

  private long count(String sql, String nip) {
    return jdbc.sql(sql).param(nip).query(Long.class).single();
  }

  private static org.openqa.selenium.support.ui.WebDriverWait wait(HeadlessChromium browser) {
    return browser.waitUpTo(Duration.ofSeconds(60));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
