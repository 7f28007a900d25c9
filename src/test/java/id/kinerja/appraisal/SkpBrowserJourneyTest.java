package id.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.support.CamundaWebapps;
import id.kinerja.support.HeadlessChromium;
import id.kinerja.support.SharedApplicationTest;
import id.kinerja.support.WebSession;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SKP agreement in a real browser, as the people of the demo kabupaten do it: Rudi Hartono
 * drafts his SKP in Tasklist's Camunda Form, his appraiser (the Kepala BKPSDM) returns it with a
 * note, Rudi revises it, the appraiser approves; a wrong submission is refused in the browser and
 * on the server; the admin finds the year in Cockpit by its business key. The steps run in order
 * and build on each other. Screenshots of every step land in target/screenshots/&lt;journey&gt;/.
 */
@SharedApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SkpBrowserJourneyTest {

  static final String PEGAWAI = "198809092012121010";   // Rudi Hartono: his SKP is still to be drafted
  static final String PENILAI = "197212121998031008";   // Drs. Hendra Gunawan, Kepala BKPSDM: his appraiser
  static final String PASSWORD = "demo";
  static final String ADMIN = "demo";
  static final String RHK_UTAMA = "Tersusunnya peta kebutuhan pelatihan pegawai BKPSDM";
  static final String RHK_TAMBAHAN = "Terlaksananya pendampingan aplikasi kinerja bagi operator";
  static final String CATATAN = "Target indikator pertama terlalu rendah: naikkan menjadi 2 dokumen.";

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
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
  void a_employeeDraftsSkpInTasklist_withTwoRhk(TestInfo test) throws Exception {
    Task draft = openTask(PEGAWAI, AppraisalProcess.Elements.TASK_DRAFT_SKP);
    String instanceId = draft.getProcessInstanceId();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult()
        .getBusinessKey()).isEqualTo(AppraisalProcess.businessKey(PEGAWAI, tahun));
    start(test, "a-pegawai-menyusun-skp");
    webapps.logIn("tasklist", PEGAWAI, PASSWORD);
    browser.screenshot("tugas-saya");
    webapps.openTask(draft.getId());
    browser.screenshot("formulir-kosong");

    fillRhk(0, "Utama", RHK_UTAMA, "Dokumen peta kebutuhan pelatihan", "Kuantitas", "1 dokumen");
    webapps.addRow("List_Rhk");
    fillRhk(1, "Tambahan", RHK_TAMBAHAN, "Operator yang didampingi", "Kuantitas", "12 operator");
    browser.screenshot("formulir-terisi");
    webapps.complete();

    Task review = awaitTask(instanceId, AppraisalProcess.Elements.TASK_REVIEW_SKP);
    // Tasklist says where the SKP went, in words
    assertThat(confirmation()).contains("Terkirim", "Sekarang di tangan Drs. Hendra Gunawan, M.M.",
        "«Periksa SKP · Rudi Hartono, S.Sos. · " + tahun + "»", "tenggat ");
    browser.screenshot("terkirim");
    assertThat(review.getAssignee()).isEqualTo(PENILAI);
    // only the person who held the task is told
    assertThat(WebSession.loggedIn(port, PEGAWAI).get("/api/tugas/" + draft.getId() + "/sesudahnya").statusCode())
        .isEqualTo(200);
    assertThat(WebSession.loggedIn(port, PENILAI).get("/api/tugas/" + draft.getId() + "/sesudahnya").statusCode())
        .isEqualTo(404);
    assertThat(WebSession.anonymous(port).get("/api/tugas/" + draft.getId() + "/sesudahnya").statusCode())
        .isIn(401, 302);
    assertThat(WebSession.loggedIn(port, PEGAWAI).get("/api/tugas/" + review.getId() + "/sesudahnya").statusCode())
        .as("a task not completed yet").isEqualTo(404);
    String rhk = String.valueOf(taskService.getVariable(review.getId(), AppraisalProcess.RHK.name()));
    assertThat(rhk).contains(RHK_UTAMA, RHK_TAMBAHAN, "\"UTAMA\"", "\"TAMBAHAN\"", "1 dokumen", "12 operator");
  }

  @Test
  @Order(2)
  void b_appraiserSeesItInTheInbox_andReturnsItWithANote(TestInfo test) {
    Task review = openTask(PENILAI, AppraisalProcess.Elements.TASK_REVIEW_SKP, PEGAWAI);
    start(test, "b-penilai-mengembalikan-skp");
    webapps.logIn("tasklist", PENILAI, PASSWORD);
    browser.screenshot("tugas-saya");
    webapps.openTask(review.getId());
    webapps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"), RHK_UTAMA));
    browser.screenshot("skp-diperiksa");
    webapps.chooseRadio("Kembalikan untuk diperbaiki");
    webapps.type(webapps.field("Field_CatatanReview"), CATATAN);
    browser.screenshot("catatan");
    webapps.complete();

    Task draft = awaitTask(review.getProcessInstanceId(), AppraisalProcess.Elements.TASK_DRAFT_SKP);
    assertThat(confirmation()).contains("Sekarang di tangan Rudi Hartono, S.Sos.", "«Susun SKP " + tahun + "»");
    browser.screenshot("dikembalikan");
    assertThat(draft.getAssignee()).isEqualTo(PEGAWAI);
    assertThat(taskService.getVariable(draft.getId(), AppraisalProcess.CATATAN_REVIEW.name())).isEqualTo(CATATAN);
  }

  @Test
  @Order(3)
  void c_employeeReadsTheNote_andRevises(TestInfo test) {
    Task draft = openTask(PEGAWAI, AppraisalProcess.Elements.TASK_DRAFT_SKP);
    start(test, "c-pegawai-memperbaiki-skp");
    webapps.logIn("tasklist", PEGAWAI, PASSWORD);
    webapps.openTask(draft.getId());
    webapps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"), CATATAN));
    // the form opens with the SKP as it was sent
    webapps.waiting().until(ExpectedConditions.attributeToBe(
        webapps.field("Field_UraianRhk", 0), "value", RHK_UTAMA));
    browser.screenshot("catatan-terbaca");
    webapps.type(webapps.field("Field_TargetIndikator", 0, 0), "2 dokumen");
    browser.screenshot("diperbaiki");
    webapps.complete();

    Task review = awaitTask(draft.getProcessInstanceId(), AppraisalProcess.Elements.TASK_REVIEW_SKP);
    browser.screenshot("terkirim-lagi");
    String rhk = String.valueOf(taskService.getVariable(review.getId(), AppraisalProcess.RHK.name()));
    assertThat(rhk).contains("2 dokumen", RHK_TAMBAHAN).doesNotContain("1 dokumen");
  }

  @Test
  @Order(4)
  void d_appraiserApproves(TestInfo test) {
    Task review = openTask(PENILAI, AppraisalProcess.Elements.TASK_REVIEW_SKP, PEGAWAI);
    start(test, "d-penilai-menyetujui-skp");
    webapps.logIn("tasklist", PENILAI, PASSWORD);
    webapps.openTask(review.getId());
    webapps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"), "2 dokumen"));
    // the second round opens blank, with what Rudi changed since the return and the note it answers
    String form = browser.driver().findElement(By.cssSelector(".fjs-form")).getText();
    assertThat(form).as("RHK numbered, as the change list names them").contains("RHK 1 · Utama", "RHK 2 · Tambahan");
    assertThat(form).contains("Yang diubah pegawai sejak SKP dikembalikan", CATATAN,
        "RHK 1, indikator 1: target diubah dari «1 dokumen» menjadi «2 dokumen»");
    assertThat(browser.driver().findElements(By.cssSelector(".fjs-form input[type=radio]")))
        .isNotEmpty().noneMatch(radio -> radio.isSelected());
    assertThat(taskService.getVariables(review.getId())).doesNotContainKeys(
        AppraisalProcess.KEPUTUSAN_REVIEW_SKP.name(), AppraisalProcess.CATATAN_REVIEW.name());
    browser.screenshot("putaran-kedua-kosong-dengan-perubahan");
    webapps.chooseRadio("Setujui SKP");
    browser.screenshot("setujui");
    webapps.complete();

    String instanceId = review.getProcessInstanceId();
    webapps.waiting().until(driver -> historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(instanceId).activityId(AppraisalProcess.Elements.TASK_SETUJUI_SKP).finished().count() == 1);
    browser.screenshot("disetujui");
    assertThat(taskService.createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKeyIn(AppraisalProcess.Elements.TASK_DRAFT_SKP, AppraisalProcess.Elements.TASK_REVIEW_SKP)
        .count()).isZero();
    assertThat(jdbc.sql("SELECT status FROM skp WHERE nip = ? AND tahun = ?").params(PEGAWAI, tahun)
        .query(String.class).single()).isEqualTo("DISETUJUI");
  }

  @Test
  @Order(5)
  void e_invalidSubmission_isRefusedInTheBrowserAndOnTheServer_andNothingIsStored(TestInfo test) {
    // another employee of the demo whose SKP is still to be drafted
    Task draft = taskService.createTaskQuery().taskDefinitionKey(AppraisalProcess.Elements.TASK_DRAFT_SKP)
        .processInstanceBusinessKeyLike("%-" + tahun).orderByTaskAssignee().asc().list()
        .stream().filter(task -> !task.getAssignee().equals(PEGAWAI)).findFirst().orElseThrow();
    Map<String, Object> before = runtimeService.getVariables(draft.getProcessInstanceId());
    start(test, "e-pengiriman-tidak-sah");
    webapps.logIn("tasklist", draft.getAssignee(), PASSWORD);
    webapps.openTask(draft.getId());

    // in the browser: too short a description is flagged by the form itself
    webapps.choose(webapps.field("Field_JenisRhk", 0), "Tambahan");
    webapps.type(webapps.field("Field_UraianRhk", 0), "abc");
    webapps.driver().findElement(webapps.field("Field_UraianRhk", 0)).sendKeys(Keys.TAB);
    // form-js writes "Field must have minimum length of 5."; scripts/kinerja-formulir.js translates it
    assertThat(webapps.visible(By.cssSelector(".fjs-form-field-error")).getText()).contains("Paling sedikit 5 karakter.");
    webapps.type(webapps.field("Field_UraianRhk", 0), "");
    webapps.driver().findElement(webapps.field("Field_UraianRhk", 0)).sendKeys(Keys.TAB);
    assertThat(webapps.visible(By.cssSelector(".fjs-form-field-error")).getText()).contains("Wajib diisi.");
    webapps.type(webapps.field("Field_UraianRhk", 0), "abc");
    webapps.driver().findElement(webapps.field("Field_UraianRhk", 0)).sendKeys(Keys.TAB);
    browser.screenshot("galat-di-formulir");
    assertThat(webapps.completeButton().isEnabled()).as("Complete with an invalid form").isFalse();
    assertThat(taskService.createTaskQuery().taskId(draft.getId()).count()).isEqualTo(1);

    // on the server: a form that is complete but breaks a rule (no RHK utama) is refused with a message
    fillRhk(0, "Tambahan", "Terlaksananya pendampingan aplikasi kinerja", "Operator yang didampingi", "Kuantitas", "5 operator");
    assertThat(webapps.driver().findElements(By.cssSelector(".fjs-form-field-error"))).isEmpty();
    webapps.complete();
    String notification = webapps.notificationContaining("RHK) utama");
    browser.screenshot("ditolak-server");
    assertThat(notification).contains("SKP wajib memuat sedikitnya satu Rencana Hasil Kerja (RHK) utama.");
    // the reason does not cover the buttons to act on it
    var shown = webapps.driver().findElement(By.cssSelector(".page-notifications")).getRect();
    var button = webapps.completeButton().getRect();
    assertThat(shown.getY() + shown.getHeight() <= button.getY() || button.getY() + button.getHeight() <= shown.getY()
        || shown.getX() + shown.getWidth() <= button.getX() || button.getX() + button.getWidth() <= shown.getX())
        .as("notification " + shown + " clear of Selesaikan " + button).isTrue();
    assertThat(taskService.createTaskQuery().taskId(draft.getId()).count()).isEqualTo(1);
    assertThat(runtimeService.getVariables(draft.getProcessInstanceId())).isEqualTo(before);
    assertThat(taskService.getVariable(draft.getId(), AppraisalProcess.RHK.name())).isNull();
  }

  @Test
  @Order(6)
  void f_adminFindsTheYearInCockpit_byBusinessKey(TestInfo test) {
    String businessKey = AppraisalProcess.businessKey(PEGAWAI, tahun);
    String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .singleResult().getId();
    start(test, "f-admin-di-cockpit");
    webapps.logIn("cockpit", ADMIN, ADMIN);
    browser.screenshot("dasbor");
    webapps.click(webapps.waiting().until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("a[href*='#/processes']"))));
    webapps.click(webapps.waiting().until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("a[href^='#/process-definition/" + AppraisalProcess.KEY + ":']"))));
    By row = By.xpath("//tr[td[contains(@class,'business-key')][normalize-space()='" + businessKey + "']]");
    webapps.visible(row);
    browser.screenshot("definisi-proses");
    webapps.click(webapps.driver().findElement(row).findElement(By.cssSelector("td.instance-id a[href*='#/process-instance/']")));
    webapps.waiting().until(ExpectedConditions.urlContains("#/process-instance/" + instanceId));
    webapps.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), businessKey));
    browser.screenshot("instans-proses");
  }

  /** The note Tasklist shows after "Selesaikan" (kinerja-sesudah.js). */
  private String confirmation() {
    return webapps.waiting().until(driver -> {
      var boxes = driver.findElements(By.id("kinerja-sesudah"));
      return boxes.isEmpty() || !boxes.get(0).isDisplayed() || boxes.get(0).getText().isBlank() ? null : boxes.get(0).getText();
    });
  }

  private void fillRhk(int row, String jenis, String uraian, String indikator, String aspek, String target) {
    webapps.choose(webapps.field("Field_JenisRhk", row), jenis);
    webapps.type(webapps.field("Field_UraianRhk", row), uraian);
    By rhkAtasan = webapps.field("Field_RhkAtasan", row);
    if (webapps.present(rhkAtasan)) {
      webapps.chooseFirst(rhkAtasan);
    } else {
      webapps.type(webapps.field("Field_RhkAtasanUraian", row), "Meningkatnya kompetensi aparatur");
    }
    webapps.type(webapps.field("Field_UraianIndikator", row, 0), indikator);
    webapps.choose(webapps.field("Field_AspekIndikator", row, 0), aspek);
    webapps.type(webapps.field("Field_TargetIndikator", row, 0), target);
  }

  private void start(TestInfo test, String journey) {
    browser = HeadlessChromium.start(journey);
    webapps = new CamundaWebapps(browser, "http://localhost:" + port);
  }

  /** The user's open task of this kind in the appraisal year of the employee. */
  private Task openTask(String assignee, String taskDefinitionKey) {
    return openTask(assignee, taskDefinitionKey, assignee);
  }

  private Task openTask(String assignee, String taskDefinitionKey, String employee) {
    Task task = taskService.createTaskQuery().taskAssignee(assignee).taskDefinitionKey(taskDefinitionKey)
        .processInstanceBusinessKey(AppraisalProcess.businessKey(employee, tahun)).singleResult();
    assertThat(task).as("%s has %s in %s's year", assignee, taskDefinitionKey, employee).isNotNull();
    return task;
  }

  /** Waits until the process has reached the user task (after the browser submitted the form). */
  private Task awaitTask(String instanceId, String taskDefinitionKey) {
    webapps.waiting().until(driver -> taskService.createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey(taskDefinitionKey).count() == 1);
    return taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(taskDefinitionKey)
        .singleResult();
  }
}
