package id.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.demo.DemoPastYear;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.Nip;
import id.kinerja.organisation.OrganisationLookup;
import id.kinerja.support.CamundaWebapps;
import id.kinerja.support.HeadlessChromium;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The forms that show a result, in a real browser: the demo's last year (run to its end at start,
 * as in {@link DemoPastYearTest}, whose application this shares) leaves an objection and a
 * development plan with the Kepala Dinas Pendidikan and reward nominations with BKPSDM; an employee
 * reads a result. Each form names whose it is, and shows predikat and ratings in words, never as
 * the codes the process keeps.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"kinerja.demo.tahun-lalu=true", "camunda.bpm.job-execution.enabled=true"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WordsNotCodesBrowserJourneyTest {

  static final String SUTRISNO = "197304041999031017";  // Kepala Dinas Pendidikan
  static final String YUNI = "198506152010012009";      // BKPSDM
  static final String RUDI = "198809092012121010";
  static final List<String> CODES = List.of("SANGAT_BAIK", "BUTUH_PERBAIKAN", "KURANG_MISCONDUCT", "SANGAT_KURANG",
      "DI_ATAS", "DI_BAWAH", "SESUAI", "PELATIHAN", "COACHING", "{{");

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired DemoPastYear demoPastYear;
  @Autowired OrganisationLookup organisasi;

  final int tahunLalu = LocalDate.now().getYear() - 1;
  HeadlessChromium browser;
  CamundaWebapps webapps;

  @BeforeAll
  void lastYearDone() throws Exception {
    CamundaWebapps.prepareForBrowserTests(port);
    assertThat(demoPastYear.awaitDone(Duration.ofMinutes(3))).isTrue();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @Test
  void bkpsdmReadsLastYearsCurves_limitsInPeopleAndPredikatInWords() {
    browser = HeadlessChromium.start("kurva-bkpsdm");
    var driver = browser.driver();
    browser.logIn(port, YUNI);

    driver.get("http://localhost:" + port + "/dasbor/bkpsdm/kurva?tahun=" + tahunLalu);
    browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul.batas li")));
    browser.screenshot("kurva-tahun-lalu");

    String page = driver.findElement(By.tagName("body")).getText();
    // the kernel's curve rule, in people, and the one Predikat's words
    assertThat(page).contains("Sangat Baik", "Butuh Perbaikan").containsPattern("(paling banyak|paling sedikit) \\d+");
    CODES.forEach(code -> assertThat(page).as("no code on the curve page").doesNotContain(code));
  }

  @Test
  void resultsObjectionsAndFollowUp_showWordsNotCodes() {
    browser = HeadlessChromium.start("m-hasil-dalam-kata");
    webapps = new CamundaWebapps(browser, "http://localhost:" + port);

    // the appraiser answers last year's objection, then drafts a development plan
    webapps.logIn("tasklist", SUTRISNO, "demo");
    webapps.waiting().until(driver -> list().contains("Tanggapi keberatan · "));
    browser.screenshot("kotak-masuk-kepala-dinas");
    assertThat(list()).contains("· " + tahunLalu, "Susun rencana pengembangan · ");
    Task keberatan = lastYears(SUTRISNO, AppraisalProcess.Elements.TASK_TANGGAPI_KEBERATAN);
    String form = open(keberatan, "tanggapan-keberatan");
    assertThat(form).contains(name(keberatan), "Predikat: Butuh Perbaikan", "Di Bawah Ekspektasi");
    Task rencana = lastYears(SUTRISNO, "Task_SusunRencanaPengembangan");
    assertThat(open(rencana, "rencana-pengembangan")).contains(name(rencana), "Hasil penilaian yang telah ditetapkan:");

    // BKPSDM decides a reward nomination (a group task)
    webapps.logIn("tasklist", YUNI, "demo");
    Task penghargaan = taskService.createTaskQuery().processVariableValueEquals("tahun", tahunLalu)
        .taskDefinitionKey("Task_UsulanPenghargaan").list().get(0);
    assertThat(open(penghargaan, "usulan-penghargaan")).contains(name(penghargaan), "Sangat Baik");

    // an employee reads a result (a year put straight at that step: nothing else of it matters here)
    Map<String, Object> year = new HashMap<>(organisasi.describe(Nip.of(RUDI)));
    year.putAll(Map.of("nip", RUDI, "tahun", 2035, "pejabatPenilai", "197212121998031008",
        "atasanPejabatPenilai", "197003151995031001", "predikat", "SANGAT_BAIK", "hasilKerja", "DI_ATAS",
        "perilakuKerja", "DI_ATAS", "alasanHasilKerja", "Semua target terlampaui",
        "alasanPerilakuKerja", "Menjadi teladan layanan", "catatanKalibrasi", "Sebaran predikat unit sesuai kurva distribusi."));
    String instance = runtimeService.createProcessInstanceByKey(AppraisalProcess.KEY)
        .businessKey(AppraisalProcess.businessKey(RUDI, 2035)).setVariables(year)
        .startBeforeActivity(AppraisalProcess.Elements.TASK_TERIMA_HASIL).execute().getId();
    Task hasil = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(hasil.getName()).isEqualTo("Hasil penilaian 2035: terima atau ajukan keberatan");
    webapps.logIn("tasklist", RUDI, "demo");
    assertThat(open(hasil, "hasil-penilaian")).contains("Rudi Hartono", "Predikat: Sangat Baik",
        "Hasil kerja: Di Atas Ekspektasi", "Perilaku kerja: Di Atas Ekspektasi");
    runtimeService.deleteProcessInstance(instance, "journey done");
  }

  /** Opens the task by its address (also a group task), checks the header and that no code shows. */
  private String open(Task task, String step) {
    webapps.driver().get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task.getId());
    WebElement header = webapps.visible(By.cssSelector(".fjs-form .fjs-form-field-text"));
    webapps.waiting().until(ExpectedConditions.textToBePresentInElement(header, "Tenggat"));
    browser.screenshot(step);
    String form = webapps.driver().findElement(By.cssSelector(".fjs-form")).getText();
    assertThat(header.getText()).as(step).contains("NIP ", "Tahun penilaian ");
    assertThat(form).as(step).doesNotContain(CODES.toArray(String[]::new));
    return form;
  }

  private Task lastYears(String assignee, String key) {
    return taskService.createTaskQuery().processVariableValueEquals("tahun", tahunLalu).taskAssignee(assignee)
        .taskDefinitionKey(key).singleResult();
  }

  private String name(Task task) {
    return (String) taskService.getVariable(task.getId(), "namaPegawai");
  }

  private String list() {
    return webapps.driver().findElements(By.cssSelector(".tasks-list li.task")).stream()
        .map(WebElement::getText).reduce("", (a, b) -> a + "\n" + b);
  }
}
