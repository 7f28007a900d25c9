package id.kinerja.harian;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.Nip;
import id.kinerja.organisation.OrganisationLookup;
import id.kinerja.support.CamundaWebapps;
import id.kinerja.support.HeadlessChromium;
import id.kinerja.support.SharedApplicationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Kinerja harian in headless Chromium (screenshots in target/screenshots/kegiatan-harian/): an
 * employee logs three activities on two days in the week calendar (one refused for overlap, shown
 * with the message), copies one from the earlier day and reads the hours against the standard; the
 * appraiser's team view shows who has not filled in the working day before, the appraiser leaves a
 * note on an activity and the employee reads it; the period rating form in Tasklist shows the
 * period's hours per RHK; the admin, who keeps no days, reads that the calendar is for employees.
 */
@SharedApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KegiatanHarianBrowserJourneyTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TaskService taskService;
  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;
  @Autowired KegiatanHarianService service;
  @Autowired JamKerjaStandar standar;
  @Autowired OrganisationLookup organisasi;

  final int tahun = LocalDate.now().getYear();
  String employee;
  String appraiser;
  Task firstReport;
  LocalDate earlier;
  LocalDate later;
  List<KegiatanHarianService.RhkPilihan> rhk;

  @BeforeAll
  void anEmployeeWhoReportsTheFirstPeriod_withCleanDays() {
    CamundaWebapps.prepareForBrowserTests(port);
    // an employee of the demo with an approved SKP (DemoAppraisals) and colleagues; the job executor
    // is off in tests, so the period timers already due fire here and the first period's report opens
    List<String> approved = jdbc.sql("""
            SELECT s.nip FROM skp s JOIN org_employee e ON e.nip = s.nip
            WHERE s.tahun = ? AND s.status = 'DISETUJUI' AND e.active = TRUE AND e.supervisor_nip IS NOT NULL
              AND s.nip <> '198809092012121010' ORDER BY s.nip""").param(tahun).query(String.class).list();
    for (String nip : approved) {
      if (organisasi.peersOf(nip).isEmpty()) {
        continue;
      }
      var instance = runtimeService.createProcessInstanceQuery()
          .processInstanceBusinessKey(AppraisalProcess.businessKey(nip, tahun)).singleResult();
      if (instance == null) {
        continue;
      }
      for (Job timer = dueTimer(instance.getId()); timer != null && firstReport(instance.getId()) == null;
          timer = dueTimer(instance.getId())) {
        managementService.executeJob(timer.getId());
      }
      firstReport = firstReport(instance.getId());
      if (firstReport != null) {
        break;
      }
    }
    assertThat(firstReport).as("an employee of the demo reports the first period").isNotNull();
    employee = firstReport.getAssignee();
    appraiser = organisasi.appraiserOf(employee);
    rhk = service.rhk(Nip.of(employee), tahun);
    LocalDate today = service.hariIni();
    later = standar.untuk(today).hariKerja() ? today : standar.hariKerjaSebelum(today);
    earlier = standar.hariKerjaSebelum(later);
    jdbc.sql("DELETE FROM kegiatan_harian WHERE nip = ? AND tanggal >= ?").params(employee, earlier.minusDays(7)).update();
  }

  private Task firstReport(String instanceId) {
    return taskService.createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey(AppraisalProcess.Elements.TASK_LAPORKAN_REALISASI).active().list().stream()
        .filter(t -> "1".equals(String.valueOf(taskService.getVariable(t.getId(), "periodeKe")))).findFirst().orElse(null);
  }

  private Job dueTimer(String instanceId) {
    return managementService.createJobQuery().processInstanceId(instanceId).timers()
        .activityId(AppraisalProcess.Elements.TIMER_PERIODE_DIBUKA).duedateLowerThan(new java.util.Date())
        .list().stream().findFirst().orElse(null);
  }

  private void logIn(HeadlessChromium browser, String nip) {
    browser.logIn(port, nip);
  }

  private static void set(WebDriver driver, String id, String value) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)), value);
  }

  private void fill(HeadlessChromium browser, LocalDate day, String from, String to, long rhkId, String what) {
    WebDriver driver = browser.driver();
    set(driver, "tanggal", day.toString());
    set(driver, "mulai", from);
    set(driver, "selesai", to);
    new Select(driver.findElement(By.id("rhkId"))).selectByValue(String.valueOf(rhkId));
    WebElement text = driver.findElement(By.id("uraian"));
    text.clear();
    text.sendKeys(what);
  }

  private void save(HeadlessChromium browser) {
    WebElement button = browser.driver().findElement(By.id("simpan"));
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
    button.click();
    browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(button));
    browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("kalender")));
  }

  private WebElement day(WebDriver driver, LocalDate date) {
    return driver.findElement(By.cssSelector("article.hari[data-tanggal='" + date + "']"));
  }

  private String name(String nip) {
    return organisasi.nameOf(nip);
  }

  @Test
  @Order(1)
  void employee_logsThreeActivitiesOnTwoDays_oneRefusedForOverlap_copiesOne_andSeesTheHoursAgainstTheStandard() {
    long rhk1 = rhk.get(0).id();
    long rhk2 = rhk.get(rhk.size() - 1).id();
    try (HeadlessChromium browser = HeadlessChromium.start("kegiatan-harian")) {
      WebDriver driver = browser.driver();
      driver.manage().window().setSize(new Dimension(1366, 900));
      logIn(browser, employee);
      // from the navigation
      driver.get("http://localhost:" + port + "/kinerja-saya");
      browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(By.linkText("Kegiatan harian"))).click();
      browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("kalender")));
      browser.screenshot("minggu-kosong");

      fill(browser, earlier, "08:00", "10:00", rhk1, "Menyusun notula rapat koordinasi");
      save(browser);
      assertThat(driver.findElement(By.id("pesan")).getText()).contains("Kegiatan tersimpan");
      driver.get("http://localhost:" + port + "/kegiatan-harian?tanggal=" + later);
      fill(browser, later, "08:00", "11:30", rhk2, "Verifikasi berkas usulan kenaikan pangkat");
      save(browser);
      browser.screenshot("dua-kegiatan");

      // overlapping the morning: the form comes back with the reason and what was typed
      fill(browser, later, "09:00", "10:00", rhk1, "Rapat evaluasi layanan");
      save(browser);
      String refusal = driver.findElement(By.id("masalah")).getText();
      assertThat(refusal).contains("bertumpang tindih dengan kegiatan 08.00–11.30");
      assertThat(driver.findElement(By.id("uraian")).getDomProperty("value")).isEqualTo("Rapat evaluasi layanan");
      ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", driver.findElement(By.id("masalah")));
      browser.screenshot("ditolak-tumpang-tindih");
      assertThat(service.between(Nip.of(employee), later, later)).hasSize(1);

      // copy the earlier day's notula to the later day, in the afternoon
      driver.get("http://localhost:" + port + "/kegiatan-harian?tanggal=" + later);
      day(driver, earlier.isBefore(later.with(java.time.DayOfWeek.MONDAY)) ? later : earlier);
      if (earlier.isBefore(later.with(java.time.DayOfWeek.MONDAY))) {
        driver.get("http://localhost:" + port + "/kegiatan-harian?tanggal=" + earlier);
      }
      day(driver, earlier).findElement(By.cssSelector("a.salin")).click();
      browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(By.id("isian"), "Salin kegiatan"));
      assertThat(driver.findElement(By.id("uraian")).getDomProperty("value")).isEqualTo("Menyusun notula rapat koordinasi");
      browser.screenshot("salin");
      set(driver, "tanggal", later.toString());
      set(driver, "mulai", "13:00");
      set(driver, "selesai", "15:00");
      save(browser);

      driver.get("http://localhost:" + port + "/kegiatan-harian?tanggal=" + later);
      WebElement laterDay = day(driver, later);
      int standard = standar.untuk(later).menit();
      assertThat(laterDay.findElement(By.cssSelector(".jam")).getText())
          .isEqualTo("5 jam 30 menit dari " + KegiatanHarian.durasi(standard));
      assertThat(laterDay.getText()).contains("Verifikasi berkas usulan kenaikan pangkat", "Menyusun notula rapat koordinasi",
          "13.00–15.00 (2 jam)");
      assertThat(driver.findElement(By.id("ringkas")).getText()).contains("jam kerja standar");
      browser.screenshot("jam-terhadap-standar");
      driver.get("http://localhost:" + port + "/kegiatan-harian?tanggal=" + later + "&tampilan=bulan");
      browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.kalender-bulan")));
      browser.screenshot("bulan");
      // Kinerja Saya: the month at a glance
      driver.get("http://localhost:" + port + "/kinerja-saya");
      WebElement month = browser.waitUpTo(Duration.ofSeconds(30)).until(
          ExpectedConditions.visibilityOfElementLocated(By.id("kegiatan-bulan-ini")));
      assertThat(month.getText()).contains("Kegiatan harian " + RekapBulanan.BULAN.format(java.time.YearMonth.from(service.hariIni())))
          .contains("hari kerja diisi");
      ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", month);
      browser.screenshot("kinerja-saya-bulan-ini");
      browser.asPhone();
      driver.get("http://localhost:" + port + "/kegiatan-harian?tanggal=" + later);
      browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("kalender")));
      browser.screenshot("minggu-di-ponsel");
      WebElement form = driver.findElement(By.id("isian"));
      ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", form);
      browser.screenshot("formulir-di-ponsel");
      assertThat((Boolean) ((JavascriptExecutor) driver).executeScript(
          "return document.documentElement.scrollWidth <= window.innerWidth"))
          .as("nothing wider than the phone").isTrue();
    }
    assertThat(service.between(Nip.of(employee), earlier, later)).hasSize(3);
  }

  @Test
  @Order(2)
  void appraiser_seesWhoHasNotFilledInTheDayBefore_leavesANote_andTheEmployeeReadsIt() {
    LocalDate dayBefore = standar.hariKerjaSebelum(service.hariIni());
    List<String> notFilled = organisasi.subordinatesOf(appraiser).stream()
        .filter(nip -> service.between(Nip.of(nip), dayBefore, dayBefore).isEmpty()).toList();
    try (HeadlessChromium browser = HeadlessChromium.start("kegiatan-harian-tim")) {
      WebDriver driver = browser.driver();
      driver.manage().window().setSize(new Dimension(1366, 900));
      logIn(browser, appraiser);
      driver.get("http://localhost:" + port + "/kinerja-saya");
      browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(By.linkText("Kegiatan tim"))).click();
      WebElement team = browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("tim")));
      String yesterday = driver.findElement(By.id("belum-kemarin")).getText();
      for (String nip : notFilled) {
        assertThat(yesterday).contains(name(nip));
        assertThat(team.findElement(By.cssSelector("tr[data-nip='" + nip + "']")).getText()).contains("Belum diisi");
      }
      if (!notFilled.isEmpty()) {
        assertThat(yesterday).contains(notFilled.size() + " belum mengisi");
      }
      assertThat(team.findElement(By.cssSelector("tr[data-nip='" + employee + "']")).getText()).contains("5 jam 30 menit");
      browser.screenshot("tim");

      team.findElement(By.linkText(name(employee))).click();
      WebElement laterDay = browser.waitUpTo(Duration.ofSeconds(30)).until(
          ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.hari[data-tanggal='" + later + "']")));
      long verification = service.between(Nip.of(employee), later, later).get(0).id();
      WebElement note = laterDay.findElement(By.id("catatan-" + verification));
      ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", note);
      note.sendKeys("Bagus; catat juga jumlah berkas yang selesai");
      browser.screenshot("catatan-diketik");
      note.submit();
      browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("pesan")));
      assertThat(driver.findElement(By.cssSelector("article.hari[data-tanggal='" + later + "']")).getText())
          .contains("Catatan " + name(appraiser) + ": Bagus; catat juga jumlah berkas yang selesai");
      driver.findElement(By.id("akui")).click();
      browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pengakuan"), "diakui oleh"));
      browser.screenshot("catatan-dan-pengakuan");
    }
    try (HeadlessChromium browser = HeadlessChromium.start("kegiatan-harian-catatan")) {
      WebDriver driver = browser.driver();
      driver.manage().window().setSize(new Dimension(1366, 900));
      logIn(browser, employee);
      driver.get("http://localhost:" + port + "/kegiatan-harian?tanggal=" + later);
      WebElement laterDay = browser.waitUpTo(Duration.ofSeconds(30)).until(
          ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.hari[data-tanggal='" + later + "']")));
      assertThat(laterDay.getText()).contains("Catatan " + name(appraiser) + ": Bagus; catat juga jumlah berkas yang selesai");
      browser.screenshot("pegawai-membaca-catatan");
    }
  }

  @Test
  @Order(3)
  void thePeriodRatingForm_showsThePeriodsHoursPerRhk() {
    // activities of the first quarter, logged back then (written here directly: those days are locked now)
    long rhk1 = rhk.get(0).id();
    jdbc.sql("DELETE FROM kegiatan_harian WHERE nip = ? AND tanggal BETWEEN ? AND ?")
        .params(employee, LocalDate.of(tahun, 1, 1), LocalDate.of(tahun, 3, 31)).update();
    for (String[] a : List.of(new String[] {"02-10", "08:00", "11:00", "Rekapitulasi layanan Januari"},
        new String[] {"02-11", "13:00", "14:30", "Menyusun standar waktu layanan"})) {
      jdbc.sql("""
              INSERT INTO kegiatan_harian (nip, tanggal, jam_mulai, jam_selesai, menit, rhk_id, uraian)
              VALUES (?, ?, ?, ?, ?, ?, ?)""")
          .params(employee, LocalDate.parse(tahun + "-" + a[0]), java.sql.Time.valueOf(a[1] + ":00"),
              java.sql.Time.valueOf(a[2] + ":00"),
              (int) Duration.between(java.time.LocalTime.parse(a[1]), java.time.LocalTime.parse(a[2])).toMinutes(), rhk1, a[3])
          .update();
    }
    // the employee reports the first period; its rating task reads the daily record as it opens
    var realisasi = (com.fasterxml.jackson.databind.node.ArrayNode) id.kinerja.kernel.JsonValues.tree(
        taskService.getVariable(firstReport.getId(), "realisasi"));
    realisasi.forEach(item -> ((com.fasterxml.jackson.databind.node.ObjectNode) item).put("capaian", "Sesuai rencana"));
    taskService.complete(firstReport.getId(), java.util.Map.of("realisasi",
        SpinValues.jsonValue(realisasi.toString()).create()));
    Task rating = taskService.createTaskQuery().processInstanceId(firstReport.getProcessInstanceId())
        .taskDefinitionKey(AppraisalProcess.Elements.TASK_NILAI_PERIODE).singleResult();
    assertThat(rating).isNotNull();

    try (HeadlessChromium browser = HeadlessChromium.start("kegiatan-harian-penilaian-periode")) {
      CamundaWebapps webapps = new CamundaWebapps(browser, "http://localhost:" + port);
      browser.driver().manage().window().setSize(new Dimension(1366, 900));
      webapps.logIn("tasklist", appraiser, "demo");
      webapps.openTask(rating.getId());
      WebElement digest = webapps.visible(By.xpath("//div[contains(@class,'fjs-form-field-text')][.//*[contains(.,'Laporan kegiatan harian')]]"));
      webapps.scrollTo(digest);
      assertThat(digest.getText()).contains("RHK: " + rhk.get(0).uraian() + " — 4 jam 30 menit, 2 kegiatan")
          .contains("Rekapitulasi layanan Januari").contains("Jumlah: 4 jam 30 menit pada 2 hari");
      browser.screenshot("jam-per-rhk-di-formulir");
    }
  }

  @Test
  @Order(4)
  void anotherEmployee_copiesAWholeDay_onceStored_twiceRefusedWithTheReason() {
    String other = jdbc.sql("""
            SELECT s.nip FROM skp s JOIN org_employee e ON e.nip = s.nip
            WHERE s.tahun = ? AND s.status = 'DISETUJUI' AND e.active = TRUE AND s.nip NOT IN (?, '198809092012121010')
            ORDER BY s.nip DESC""").params(tahun, employee).query(String.class).list().get(0);
    long rhkOther = service.rhk(Nip.of(other), tahun).get(0).id();
    jdbc.sql("DELETE FROM kegiatan_harian WHERE nip = ? AND tanggal >= ?").params(other, earlier.minusDays(7)).update();
    service.catatSekaligus(Nip.of(other), List.of(
        new KegiatanHarian.Isian(earlier, "07:30", "09:00", null, rhkOther, "Apel pagi dan pembagian tugas", null, null),
        new KegiatanHarian.Isian(earlier, "09:00", "12:00", null, rhkOther, "Melayani konsultasi kepegawaian", "6 pegawai", null)));

    try (HeadlessChromium browser = HeadlessChromium.start("kegiatan-harian-salin-hari")) {
      WebDriver driver = browser.driver();
      driver.manage().window().setSize(new Dimension(1366, 900));
      logIn(browser, other);
      driver.get("http://localhost:" + port + "/kegiatan-harian?tanggal=" + earlier);
      WebElement copy = day(driver, earlier).findElement(By.cssSelector("form.salin-hari"));
      set(driver, "salin-ke-" + earlier, later.toString());
      ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", copy);
      browser.screenshot("salin-hari");
      copy.findElement(By.tagName("button")).click();
      browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(copy));
      assertThat(browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("pesan")))
          .getText()).contains("2 kegiatan dari").contains("disalin ke");
      assertThat(day(driver, later).getText()).contains("Apel pagi dan pembagian tugas", "07.30–09.00",
          "Melayani konsultasi kepegawaian", "Keluaran: 6 pegawai");
      browser.screenshot("hari-disalin");

      // the same again overlaps what is now there: nothing is stored, the reason names the entry
      driver.get("http://localhost:" + port + "/kegiatan-harian?tanggal=" + earlier);
      set(driver, "salin-ke-" + earlier, later.toString());
      WebElement again = day(driver, earlier).findElement(By.cssSelector("form.salin-hari"));
      again.findElement(By.tagName("button")).click();
      browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(again));
      WebElement refusal = browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("masalah")));
      assertThat(refusal.getText()).contains("Kegiatan ke-1: Waktu 07.30–09.00 bertumpang tindih dengan kegiatan 07.30–09.00");
      browser.screenshot("salin-hari-ditolak");
    }
    assertThat(service.between(Nip.of(other), later, later)).hasSize(2);
  }

  @Test
  @Order(5)
  void admin_opensKegiatanHarian_readsThatTheCalendarIsForEmployees_andGoesOnToTheTeam() {
    try (HeadlessChromium browser = HeadlessChromium.start("kegiatan-harian-bukan-pegawai")) {
      WebDriver driver = browser.driver();
      driver.manage().window().setSize(new Dimension(1366, 900));
      logIn(browser, "demo");
      driver.get("http://localhost:" + port + "/kegiatan-harian");
      String words = browser.waitForVisible(Duration.ofSeconds(30), By.id("hanya-pegawai")).getText();
      assertThat(words).contains("Kalender kegiatan harian hanya untuk pegawai").contains("Anda masuk sebagai demo, yang bukan NIP pegawai");
      assertThat(driver.findElement(By.id("tautan")).getText()).contains("Kegiatan tim", "Dasbor BKPSDM", "Kalender kerja");
      assertThat(driver.findElements(By.id("isian"))).as("no form to log activities").isEmpty();
      assertThat(driver.findElements(By.id("kalender"))).as("no empty calendar").isEmpty();
      browser.screenshot("hanya-untuk-pegawai");
      driver.findElement(By.id("tautan")).findElement(By.linkText("Kegiatan tim")).click();
      assertThat(browser.waitForVisible(Duration.ofSeconds(30), By.tagName("h1")).getText()).isEqualTo("Kegiatan harian tim");
    }
  }
}
