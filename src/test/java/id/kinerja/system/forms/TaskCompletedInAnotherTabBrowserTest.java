package id.kinerja.system.forms;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.feedback.FeedbackRequestProcess;
import id.kinerja.support.CamundaWebapps;
import id.kinerja.support.HeadlessChromium;
import id.kinerja.support.SharedApplicationTest;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the person in the second browser tab sees in Tasklist when the task was completed in the
 * first one meanwhile: the 409's message as Tasklist's notification, not a technical error; the
 * first tab's answer stays the only one. Screenshots land in target/screenshots/tugas-di-tab-lain/.
 */
@SharedApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskCompletedInAnotherTabBrowserTest {

  static final String PEMOHON = "198809092012121010";   // Rudi Hartono asks for feedback
  static final String PENERIMA = "199101012015042011";  // Fitri Handayani answers it

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;

  @BeforeAll
  void browserAvailable() {
    CamundaWebapps.prepareForBrowserTests(port);
  }

  @Test
  void theTaskCompletedInTheFirstTab_isRefusedInTheSecond_withAMessageThePersonUnderstands() {
    String instance = requestFeedback();
    String task = taskService.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(FeedbackRequestProcess.TASK_GIVE_FEEDBACK).singleResult().getId();

    try (HeadlessChromium browser = HeadlessChromium.start("tugas-di-tab-lain")) {
      CamundaWebapps tasklist = new CamundaWebapps(browser, "http://localhost:" + port);
      tasklist.logIn("tasklist", PENERIMA, "demo");
      tasklist.openTask(task);
      assertNoMigrationNotice(browser, "Tasklist");
      tasklist.type(tasklist.field("Field_Jawaban"), "Jawaban dari tab kedua: laporannya sudah rapi.");
      browser.screenshot("tab-kedua-terisi");

      // meanwhile the first tab sends its answer
      taskService.complete(task, Map.of(FeedbackRequestProcess.ANSWER, "Jawaban dari tab pertama: lengkap dan tepat waktu."));

      tasklist.complete();
      String notification = tasklist.notificationContaining("sudah diselesaikan");
      browser.screenshot("tab-kedua-ditolak");
      assertThat(notification).contains(TaskSubmissionOutcomeFilter.COMPLETED_MESSAGE)
          .doesNotContain("Exception").doesNotContain("ENGINE-");
    }
    assertThat(runtimeService.getVariable(instance, FeedbackRequestProcess.ANSWER)).as("the first tab's answer")
        .asString().contains("tab pertama");
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance)
        .taskDefinitionKey(FeedbackRequestProcess.TASK_GIVE_FEEDBACK).finished().count()).as("completed once").isOne();
  }

  @Test
  void theWelcomePage_whereEveryoneLandsAfterLoggingIn_showsNoMigrationNotice() {
    try (HeadlessChromium browser = HeadlessChromium.start("beranda-tanpa-pemberitahuan-migrasi")) {
      CamundaWebapps welcome = new CamundaWebapps(browser, "http://localhost:" + port);
      welcome.logIn("tasklist", PENERIMA, "demo");
      browser.driver().get("http://localhost:" + port + "/camunda/app/welcome/default/");
      welcome.visible(By.cssSelector("[cam-widget-header] .navbar-brand"));
      browser.screenshot("beranda");
      assertNoMigrationNotice(browser, "the Welcome page");
    }
  }

  /**
   * Camunda's "migrate to Camunda 8" notice is for administrators (Cockpit, Admin). The header puts
   * it into the page once it knows the edition ({@code ng-if="isCommunityEdition"}): waits for it to
   * be there, so that the check cannot pass on a page that has not rendered it yet.
   */
  private static void assertNoMigrationNotice(HeadlessChromium browser, String where) {
    WebElement notice = browser.waitUpTo(Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[cam-widget-header] .ce-eol-banner")));
    assertThat(notice.isDisplayed()).as("Camunda's migration notice is not shown in %s", where).isFalse();
  }

  private String requestFeedback() {
    // as Rudi with his groups, as Tasklist's start form does (the initiator is the requester)
    identityService.setAuthentication(PEMOHON, identityService.createGroupQuery().groupMember(PEMOHON).list()
        .stream().map(Group::getId).toList());
    try {
      return runtimeService.startProcessInstanceByKey(FeedbackRequestProcess.KEY, Map.of(
          FeedbackRequestProcess.RECIPIENT, PENERIMA,
          FeedbackRequestProcess.TOPIC, "Laporan triwulan",
          FeedbackRequestProcess.QUESTION, "Bagaimana laporan triwulan saya?")).getId();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
