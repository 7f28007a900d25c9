package id.kinerja.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.support.CamundaWebapps;
import id.kinerja.support.HeadlessChromium;
import id.kinerja.support.SlowTasklistLocale;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
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
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tasklist in Bahasa Indonesia on every load: Rudi opens his SKP draft in ten fresh browsers (no
 * cached locale), and the page shows no raw translation key (the search's SEARCH_PLACEHOLDER,
 * the sorting's CREATION_DATE, ... seen in about one load of seven before kinerja-bahasa.js) and
 * none of form-js's own English words ("Select", "Add new", "Expand all (6)", "Collapse", ...),
 * in the text or in placeholders, labels and titles. Every other session gets the locale file 2 s
 * late ({@link SlowTasklistLocale}): without kinerja-bahasa.js, 4 of those 5 sessions showed CREATION_DATE and
 * SEARCH_PLACEHOLDER (checked), and every session showed form-js's English words.
 * Screenshots: target/screenshots/tasklist-bahasa/ and cockpit-bahasa/.
 */
// Not @SharedApplicationTest: Rudi's SKP draft of the demo year must still be open, which the
// browser journeys of the shared application move on; shares its context with MutasiTest (same
// need), and SlowTasklistLocale adds nothing until switched on.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(SlowTasklistLocale.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistInIndonesianBrowserTest {

  static final String RUDI = "198809092012121010";
  static final int SESSIONS = 10;
  static final List<String> FORM_JS_ENGLISH = List.of("Select", "Search", "Add new", "Expand all", "Collapse",
      "Remove list item", "No results", "All values selected", "Nothing to show", "Field is required", "Actions");

  @LocalServerPort int port;
  @Autowired TaskService taskService;

  @BeforeAll
  void browserAvailable() {
    CamundaWebapps.prepareForBrowserTests(port);
  }

  /** The shared application serves the locale file at full speed again for every other test. */
  @AfterEach
  void localeFileOnTimeAgain() {
    SlowTasklistLocale.on(false);
  }

  @Test
  void skpDraft_inTenFreshSessions_isIndonesianThroughout() throws Exception {
    Task draft = taskService.createTaskQuery().taskAssignee(RUDI).taskDefinitionKey(AppraisalProcess.Elements.TASK_DRAFT_SKP)
        .processInstanceBusinessKey(AppraisalProcess.businessKey(RUDI, LocalDate.now().getYear())).singleResult();
    assertThat(draft).as("Rudi's SKP draft in the demo").isNotNull();
    Pattern rawKeys = rawTranslationKeys();
    List<String> found = new ArrayList<>();
    for (int session = 1; session <= SESSIONS; session++) {
      boolean slowLocale = session % 2 == 0;
      SlowTasklistLocale.on(slowLocale);
      try (HeadlessChromium browser = HeadlessChromium.start("tasklist-bahasa")) {
        CamundaWebapps tasklist = new CamundaWebapps(browser, "http://localhost:" + port);
        tasklist.logIn("tasklist", RUDI, "demo");
        tasklist.openTask(draft.getId());
        // the task list, its search and sorting, and the form are all there
        tasklist.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tasks-list li.task")));
        tasklist.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[cam-widget-search] input")));
        if (session == 1) {
          dynamicListWords(tasklist, browser, found);
        }
        Thread.sleep(300);   // what a late locale would change has had its chance
        browser.screenshot("sesi-" + session);
        String shown = shownText(tasklist);
        var keys = rawKeys.matcher(shown);
        while (keys.find()) {
          found.add("session " + session + (slowLocale ? " (slow locale)" : "") + ": raw key " + keys.group());
        }
        var relative = Pattern.compile("\\b(in \\d+ days|a few seconds ago|seconds ago|minutes? ago|days? ago)\\b").matcher(shown);
        while (relative.find()) {
          found.add("session " + session + (slowLocale ? " (slow locale)" : "") + ": \"" + relative.group() + "\"");
        }
        for (String english : FORM_JS_ENGLISH) {
          if (Pattern.compile("(?<![\\w-])" + Pattern.quote(english) + "(?![\\w-])").matcher(shown).find()) {
            found.add("session " + session + ": \"" + english + "\"");
          }
        }
        assertThat(shown).as("the form and the list are in Indonesian").contains("Simpan", "Selesaikan");
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void cockpitVariablesTable_headsItsActionsColumnInIndonesian() {
    Task draft = taskService.createTaskQuery().taskAssignee(RUDI).taskDefinitionKey(AppraisalProcess.Elements.TASK_DRAFT_SKP)
        .processInstanceBusinessKey(AppraisalProcess.businessKey(RUDI, LocalDate.now().getYear())).singleResult();
    try (HeadlessChromium browser = HeadlessChromium.start("cockpit-bahasa")) {
      CamundaWebapps cockpit = new CamundaWebapps(browser, "http://localhost:" + port);
      cockpit.logIn("cockpit", "demo", "demo");
      cockpit.driver().get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/"
          + draft.getProcessInstanceId() + "/runtime");
      WebElement head = cockpit.visible(By.cssSelector("table.cam-table thead td.actions"));
      cockpit.waiting().until(ExpectedConditions.textToBePresentInElement(head, "Aksi"));
      browser.screenshot("variabel-instans");
      assertThat(head.getText().trim()).isEqualTo("Aksi");
    }
  }

  /**
   * A laptop left on New York time still reads the office's time: the task's due date in the list's
   * tooltip is the engine's due date in WIB, and the footer names WIB, not the browser's zone.
   */
  @Test
  void tasklistInABrowserOnAnotherZone_showsTimesInWib() {
    List<Task> due = taskService.createTaskQuery().taskAssignee(RUDI).active().dueAfter(new java.util.Date(0)).list();
    assertThat(due).as("Rudi has a task with a due date").isNotEmpty();
    var format = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", java.util.Locale.forLanguageTag("id-ID"));
    List<String> inWib = due.stream().map(task -> format.format(task.getDueDate().toInstant()
        .atZone(java.time.ZoneId.of("Asia/Jakarta")))).toList();
    try (HeadlessChromium browser = HeadlessChromium.start("tasklist-zona-waktu")) {
      browser.inTimeZone("America/New_York");
      CamundaWebapps tasklist = new CamundaWebapps(browser, "http://localhost:" + port);
      tasklist.logIn("tasklist", RUDI, "demo");
      tasklist.openTask(due.get(0).getId());
      WebElement footer = tasklist.visible(By.cssSelector("#footer-timezone i"));
      tasklist.waiting().until(ExpectedConditions.textToBePresentInElement(footer, "WIB (UTC+7)"));
      WebElement dueDate = tasklist.visible(By.cssSelector(".tasks-list li.task .due-date [am-time-ago]"));
      new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(dueDate).perform();
      WebElement tooltip = tasklist.visible(By.cssSelector(".tooltip .tooltip-inner"));
      browser.screenshot("tenggat-dalam-wib");
      assertThat(inWib).as("the tooltip " + tooltip.getText() + " shows a due date in WIB")
          .anyMatch(wib -> tooltip.getText().contains(wib));
      assertThat(String.valueOf(tasklist.script("return Intl.DateTimeFormat().resolvedOptions().timeZone")))
          .as("the browser really runs on another zone").isEqualTo("America/New_York");
    }
  }

  /** Adds RHK rows until the list collapses: its buttons read "Tambah", "Ringkas", "Tampilkan semua (n)". */
  private static void dynamicListWords(CamundaWebapps tasklist, HeadlessChromium browser, List<String> found) {
    By add = By.cssSelector("button.fjs-repeat-render-add");
    expect(found, "add button", tasklist.visible(add).getText(), "Tambah");
    By collapse = By.cssSelector("button.fjs-repeat-render-collapse");
    for (int i = 0; i < 8 && !tasklist.present(collapse); i++) {
      tasklist.addRow("List_Rhk");
    }
    WebElement button = tasklist.visible(collapse);
    expect(found, "collapse button", button.getText(), "Ringkas");
    browser.screenshot("daftar-rhk-panjang");
    tasklist.click(button);
    tasklist.waiting().until(ExpectedConditions.textMatches(collapse, Pattern.compile("\\(\\d+\\)")));
    expect(found, "expand button", tasklist.visible(collapse).getText(), "Tampilkan semua (");
    browser.screenshot("daftar-rhk-diringkas");
  }

  private static void expect(List<String> found, String what, String shown, String words) {
    if (!shown.contains(words)) {
      found.add(what + " reads \"" + shown.trim() + "\", not \"" + words + "\"");
    }
  }

  /** The page's text and the words in its placeholders, labels and titles. */
  private static String shownText(CamundaWebapps tasklist) {
    return String.valueOf(tasklist.script(
        "const words = [document.body.innerText];"
            + "document.querySelectorAll('[placeholder],[aria-label],[title]').forEach(e => {"
            + "  ['placeholder','aria-label','title'].forEach(a => { const v = e.getAttribute(a); if (v) words.push(v); }); });"
            + "return words.join('\\n');"));
  }

  /** The keys of Tasklist's translations (CREATION_DATE, SEARCH_PLACEHOLDER, ...), as words. */
  private static Pattern rawTranslationKeys() throws Exception {
    try (InputStream english = TasklistInIndonesianBrowserTest.class.getResourceAsStream(
        "/META-INF/resources/webjars/camunda/app/tasklist/locales/en.json")) {
      assertThat(english).as("Tasklist's en.json in the Camunda webjar").isNotNull();
      JsonNode labels = new ObjectMapper().readTree(english).get("labels");
      Set<String> keys = new TreeSet<>();
      labels.fieldNames().forEachRemaining(key -> {
        if (key.matches("[A-Z][A-Z0-9]*_[A-Z0-9_]+")) {
          keys.add(key);
        }
      });
      assertThat(keys).contains("CREATION_DATE", "SEARCH_PLACEHOLDER");
      return Pattern.compile("(?<![\\w-])(" + String.join("|", keys) + ")(?![\\w-])");
    }
  }
}
