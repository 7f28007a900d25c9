package id.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.demo.DemoAppraisals;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.support.CamundaWebapps;
import id.kinerja.support.HeadlessChromium;
import id.kinerja.support.SharedApplicationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whose task is it, and which? In a real browser, on the demo year: the appraiser's Tasklist inbox
 * names each employee whose SKP waits for him, and the form he opens starts with who that is (name,
 * NIP, position, unit), the year and the deadline in words; the same on a phone. The employee's own
 * period reports name the period ("Triwulan II 2026"), show the indicator's aspect in words and no
 * database id, and the report sent from Tasklist still reaches the right indicator on the server.
 */
@SharedApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WhoseTaskBrowserJourneyTest {

  static final String PENILAI = "197212121998031008";   // Drs. Hendra Gunawan, Kepala BKPSDM
  static final String PEGAWAI = "198809092012121010";   // Rudi Hartono, one of his staff
  static final String PASSWORD = "demo";
  static final Pattern REVIEW = Pattern.compile("Periksa SKP · (.+?) · (\\d{4})");

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired JdbcClient jdbc;

  final int tahun = LocalDate.now().getYear();
  HeadlessChromium browser;
  CamundaWebapps webapps;

  @BeforeAll
  void browserAvailable() {
    CamundaWebapps.prepareForBrowserTests(port);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @Test
  @Order(1)
  void a_appraisersInbox_namesEveryEmployee_andTheFormSaysWhoAndByWhen() {
    List<Task> reviews = reviewsOfTheYear();
    assertThat(reviews).as("the demo has several of Hendra's staff at the review").hasSizeGreaterThanOrEqualTo(3);
    start("i-penilai-membedakan-tugas");
    webapps.logIn("tasklist", PENILAI, PASSWORD);
    webapps.visible(By.cssSelector(".tasks-list li.task"));
    Set<String> names = atLeastThreeReviewedNames();
    browser.screenshot("kotak-masuk");

    assertThat(names).as("SKP reviews of different employees, each by name").hasSizeGreaterThanOrEqualTo(3)
        .allSatisfy(name -> assertThat(name).doesNotMatch("\\d{18}").isNotEqualTo("Drs. Hendra Gunawan, M.M."));

    Task review = reviews.stream().filter(t -> !PEGAWAI.equals(employeeOf(t))).findFirst().orElseThrow();
    String nip = employeeOf(review);
    Map<String, Object> who = jdbc.sql("""
            SELECT e.name AS nama, e.position_name AS jabatan, u.name AS unit FROM org_employee e
            JOIN org_unit u ON u.code = e.unit_code WHERE e.nip = ?""").param(nip).query().singleRow();
    webapps.openTask(review.getId());
    WebElement header = header();
    webapps.waiting().until(ExpectedConditions.textToBePresentInElement(header, "Tenggat"));
    browser.screenshot("kepala-formulir");
    String deadline = Words.date(review.getDueDate().toInstant().atZone(ZoneId.of("Asia/Jakarta")).toLocalDate());
    assertThat(header.getText()).contains((String) who.get("nama"), "NIP " + nip, (String) who.get("jabatan"),
        (String) who.get("unit"), "Tahun penilaian " + tahun, "Tenggat: " + deadline);
    assertThat(review.getName()).isEqualTo("Periksa SKP · " + who.get("nama") + " · " + tahun);
    String form = webapps.driver().findElement(By.cssSelector(".fjs-form")).getText();
    assertThat(form).as("the SKP in words, no codes").contains("Utama", "Kuantitas")
        .doesNotContain("UTAMA", "TAMBAHAN", "KUANTITAS", "KUALITAS", "{{");
    webapps.scrollTo(webapps.driver().findElement(By.cssSelector(".fjs-form")));
    browser.screenshot("skp-dalam-kata");
  }

  @Test
  @Order(2)
  void b_onAPhone_theInboxAndTheHeaderStillSayWhose() {
    Task review = reviewsOfTheYear().get(0);
    start("j-penilai-di-ponsel");
    browser.driver().manage().window().setSize(new Dimension(390, 844));
    webapps.logIn("tasklist", PENILAI, PASSWORD);
    atLeastThreeReviewedNames();
    browser.screenshot("kotak-masuk-ponsel");
    webapps.openTask(review.getId());
    WebElement header = header();
    webapps.scrollTo(header);
    webapps.waiting().until(ExpectedConditions.textToBePresentInElement(header, "Tenggat"));
    browser.screenshot("kepala-formulir-ponsel");
    assertThat(header.getText()).contains("NIP " + employeeOf(review), "Tahun penilaian " + tahun);
  }

  @Test
  @Order(3)
  void c_employeesPeriodReports_nameThePeriod_showNoIds_andReachTheRightIndicator() {
    String instanceId = yearOf(PEGAWAI);
    approveSkpOf(instanceId);
    // the job executor is off in tests: the period timers already due fire here
    for (Job timer = dueTimer(instanceId); timer != null; timer = dueTimer(instanceId)) {
      managementService.executeJob(timer.getId());
    }
    List<Task> reports = taskService.createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey(AppraisalProcess.Elements.TASK_LAPORKAN_REALISASI).orderByTaskCreateTime().asc().list();
    assertThat(reports).as("the periods already over in %s", tahun).isNotEmpty();
    assertThat(reports).extracting(Task::getName).startsWith("Laporan realisasi Triwulan I " + tahun);
    if (reports.size() > 1) {
      assertThat(reports.get(1).getName()).isEqualTo("Laporan realisasi Triwulan II " + tahun);
    }

    start("k-pegawai-melapor-periode");
    webapps.logIn("tasklist", PEGAWAI, PASSWORD);
    webapps.waiting().until(driver -> listText().contains("Laporan realisasi Triwulan I " + tahun));
    browser.screenshot("kotak-masuk-pegawai");
    Task report = reports.get(0);
    webapps.openTask(report.getId());
    WebElement header = header();
    webapps.waiting().until(ExpectedConditions.textToBePresentInElement(header, "Tenggat"));
    assertThat(header.getText()).contains("Rudi Hartono", "Triwulan I", "Tahun penilaian " + tahun);
    browser.screenshot("kepala-laporan-realisasi");
    String form = webapps.driver().findElement(By.cssSelector(".fjs-form")).getText();
    assertThat(form).as("no database id in sight").doesNotContain("No. indikator", "Nomor indikator");
    assertThat(webapps.visible(webapps.field("Field_Aspek", 0)).getDomProperty("value")).isEqualTo("Kuantitas");
    assertThat(webapps.driver().findElements(By.cssSelector(".fjs-form input")))
        .extracting(input -> input.getDomProperty("value")).doesNotContain("KUANTITAS", "KUALITAS", "WAKTU");
    webapps.scrollTo(webapps.visible(webapps.field("Field_Aspek", 0)));
    browser.screenshot("laporan-realisasi");

    webapps.type(webapps.field("Field_Capaian", 0), "48% layanan selesai tepat waktu");
    browser.screenshot("laporan-terisi");
    webapps.complete();
    webapps.waiting().until(driver -> taskService.createTaskQuery().taskId(report.getId()).count() == 0);
    browser.screenshot("laporan-terkirim");

    Long expected = jdbc.sql("""
            SELECT i.id FROM indikator i JOIN rhk r ON r.id = i.rhk_id JOIN skp s ON s.id = r.skp_id
            WHERE s.nip = ? AND s.tahun = ? ORDER BY r.urutan, i.urutan""").params(PEGAWAI, tahun)
        .query(Long.class).list().get(0);
    List<Map<String, Object>> stored = jdbc.sql("""
            SELECT r.indikator_id, r.capaian FROM realisasi r JOIN skp s ON s.id = r.skp_id
            WHERE s.nip = ? AND s.tahun = ? AND r.periode = 1""").params(PEGAWAI, tahun).query().listOfRows();
    assertThat(stored).as("the hidden indicator id came back with the report").singleElement()
        .satisfies(row -> {
          assertThat(((Number) row.get("INDIKATOR_ID")).longValue()).isEqualTo(expected);
          assertThat(row.get("CAPAIAN")).isEqualTo("48% layanan selesai tepat waktu");
        });
  }

  @Test
  @Order(4)
  void d_appraiserRatesThePeriod_theFeedbackReachesTheRightRhk() {
    String instanceId = yearOf(PEGAWAI);
    Task nilai = task(instanceId, AppraisalProcess.Elements.TASK_NILAI_PERIODE);
    assertThat(nilai).as("Rudi's Triwulan I report went to his appraiser").isNotNull();
    assertThat(nilai.getName()).isEqualTo("Nilai periode Triwulan I " + tahun + " · Rudi Hartono, S.Sos.");

    start("l-penilai-menilai-periode");
    webapps.logIn("tasklist", PENILAI, PASSWORD);
    webapps.waiting().until(driver -> listText().contains("Nilai periode Triwulan I " + tahun + " · Rudi Hartono"));
    webapps.openTask(nilai.getId());
    WebElement header = header();
    webapps.waiting().until(ExpectedConditions.textToBePresentInElement(header, "Tenggat"));
    assertThat(header.getText()).contains("Rudi Hartono", "NIP " + PEGAWAI, "Triwulan I", "Tahun penilaian " + tahun);
    browser.screenshot("penilaian-periode");
    String form = webapps.driver().findElement(By.cssSelector(".fjs-form")).getText();
    assertThat(form).contains("48% layanan selesai tepat waktu", "(Kuantitas, target").doesNotContain("No. RHK");
    assertThat(webapps.visible(webapps.field("Field_JenisRhk", 0)).getDomProperty("value")).isEqualTo("Utama");
    webapps.type(webapps.field("Field_UmpanBalik", 0), "Capaian baik; jaga ketepatan waktu");
    // hasil kerja and perilaku kerja of the period: "Sesuai Ekspektasi" in both radio groups
    for (WebElement option : webapps.driver().findElements(By.xpath(
        "//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space()='Sesuai Ekspektasi']"))) {
      webapps.click(option);
    }
    browser.screenshot("penilaian-periode-terisi");
    webapps.complete();
    webapps.waiting().until(driver -> taskService.createTaskQuery().taskId(nilai.getId()).count() == 0);

    Long firstRhk = jdbc.sql("""
            SELECT r.id FROM rhk r JOIN skp s ON s.id = r.skp_id WHERE s.nip = ? AND s.tahun = ? ORDER BY r.urutan""")
        .params(PEGAWAI, tahun).query(Long.class).list().get(0);
    assertThat(jdbc.sql("""
            SELECT u.rhk_id FROM umpan_balik u JOIN skp s ON s.id = u.skp_id
            WHERE s.nip = ? AND s.tahun = ? AND u.periode = 1""").params(PEGAWAI, tahun).query(Long.class).list())
        .as("the hidden RHK id came back with the feedback").containsExactly(firstRhk);
  }

  /** Hendra's SKP reviews of the demo year (other tests of the shared application leave him some of other years). */
  private List<Task> reviewsOfTheYear() {
    return taskService.createTaskQuery().taskAssignee(PENILAI).taskDefinitionKey(AppraisalProcess.Elements.TASK_REVIEW_SKP)
        .processInstanceBusinessKeyLike("%-" + tahun).orderByTaskCreateTime().asc().list();
  }

  /** Read while Tasklist may still be drawing the list again (more tasks, a loaded machine): a stale item is read again. */
  private Set<String> atLeastThreeReviewedNames() {
    return webapps.waiting().ignoring(StaleElementReferenceException.class).until(driver -> {
      Set<String> names = reviewedNames();
      return names.size() >= 3 ? names : null;
    });
  }

  /** The form's header: its first text component (Text_Kepala). */
  private WebElement header() {
    return webapps.visible(By.cssSelector(".fjs-form .fjs-form-field-text"));
  }

  private Set<String> reviewedNames() {
    Set<String> names = new TreeSet<>();
    Matcher m = REVIEW.matcher(listText());
    while (m.find()) {
      if (m.group(2).equals(String.valueOf(tahun))) {
        names.add(m.group(1).trim());
      }
    }
    return names;
  }

  private String listText() {
    return webapps.driver().findElements(By.cssSelector(".tasks-list li.task")).stream()
        .map(WebElement::getText).reduce("", (a, b) -> a + "\n" + b);
  }

  private String employeeOf(Task task) {
    return (String) taskService.getVariable(task.getId(), AppraisalProcess.NIP.name());
  }

  private String yearOf(String nip) {
    return runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(AppraisalProcess.businessKey(nip, tahun)).singleResult().getId();
  }

  /** Whatever phase another journey left Rudi's SKP in, it ends approved (as the demo does it). */
  private void approveSkpOf(String instanceId) {
    Task draft = task(instanceId, AppraisalProcess.Elements.TASK_DRAFT_SKP);
    if (draft != null) {
      taskService.complete(draft.getId(), Map.of(AppraisalProcess.RHK.name(), SpinValues.jsonValue(
          id.kinerja.kernel.JsonValues.text(DemoAppraisals.sampleSkp(taskService, draft))).create()));
    }
    Task review = task(instanceId, AppraisalProcess.Elements.TASK_REVIEW_SKP);
    if (review != null) {
      taskService.complete(review.getId(), Map.of(AppraisalProcess.KEPUTUSAN_REVIEW_SKP.name(),
          AppraisalProcess.Decisions.SKP_SETUJU));
    }
  }

  private Task task(String instanceId, String key) {
    return taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(key).singleResult();
  }

  private Job dueTimer(String instanceId) {
    return managementService.createJobQuery().processInstanceId(instanceId).timers()
        .activityId(AppraisalProcess.Elements.TIMER_PERIODE_DIBUKA).duedateLowerThan(new java.util.Date())
        .list().stream().findFirst().orElse(null);
  }

  private void start(String journey) {
    browser = HeadlessChromium.start(journey);
    webapps = new CamundaWebapps(browser, "http://localhost:" + port);
  }
}
