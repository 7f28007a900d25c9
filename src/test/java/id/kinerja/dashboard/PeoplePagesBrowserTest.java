package id.kinerja.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.support.CamundaWebapps;
import id.kinerja.support.HeadlessChromium;
import id.kinerja.support.SharedApplicationTest;
import id.kinerja.support.WebSession;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Kinerja Saya", "Tim Saya" and the one navigation per role, on the demo year (employees at
 * different phases, {@link id.kinerja.demo.DemoAppraisals}): over real HTTP (who sees whose
 * data, a crawl of every role's links) and in headless Chromium (screenshots in
 * target/screenshots/kinerja-saya/, tim-saya/, beranda-per-peran/).
 */
@SharedApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PeoplePagesBrowserTest {

  static final String RUDI = "198809092012121010";
  static final String HENDRA = "197212121998031008";
  static final String YUNI = "198506152010012009";
  static final String PROCESS_OWNER = "198201102006041003";
  static final String AHMAD = "197003151995031001";
  static final String ADMIN = "demo";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TaskService taskService;
  @Autowired org.camunda.bpm.engine.IdentityService identityService;

  final int tahun = LocalDate.now().getYear();
  String returned;

  @BeforeAll
  void returnOneSkp() {
    // one submitted SKP of Hendra's staff goes back to its author, so the demo year has every SKP state
    returned = jdbc.sql("""
            SELECT skp.nip FROM skp JOIN org_employee e ON e.nip = skp.nip
            WHERE skp.tahun = ? AND skp.status = 'DIAJUKAN' AND e.supervisor_nip = ? ORDER BY skp.nip""")
        .params(tahun, HENDRA).query(String.class).list().get(0);
    String instance = jdbc.sql("SELECT process_instance_id FROM siklus_penilaian WHERE nip = ? AND tahun = ?")
        .params(returned, tahun).query(String.class).single();
    Task review = taskService.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(AppraisalProcess.Elements.TASK_REVIEW_SKP).singleResult();
    taskService.complete(review.getId(), Map.of(
        AppraisalProcess.KEPUTUSAN_REVIEW_SKP.name(), AppraisalProcess.Decisions.SKP_KEMBALIKAN,
        AppraisalProcess.CATATAN_REVIEW.name(), "Target kuantitas RHK 1 belum terukur."));
  }

  private String nipWithSkp(String status) {
    return jdbc.sql("""
            SELECT skp.nip FROM skp JOIN org_employee e ON e.nip = skp.nip
            WHERE skp.tahun = ? AND skp.status = ? AND e.active = TRUE ORDER BY skp.nip""")
        .params(tahun, status).query(String.class).list().get(0);
  }

  private String name(String nip) {
    return jdbc.sql("SELECT name FROM org_employee WHERE nip = ?").param(nip).query(String.class).single();
  }

  private static String body(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  // ---- over HTTP ---------------------------------------------------------------------------------

  @Test
  @Order(1)
  void kinerjaSaya_showsEachEmployeeTheirPhase_andWhoTheyWaitOn() throws Exception {
    // somebody still drafting (other test classes of the shared context move the demo's people on)
    String drafting = taskService.createTaskQuery().taskDefinitionKey("Task_DraftSkp")
        .processVariableValueEquals("tahun", tahun).active().list().stream()
        .map(org.camunda.bpm.engine.task.Task::getAssignee)
        .filter(nip -> nip != null && identityService.checkPassword(nip, "demo"))
        .filter(nip -> jdbc.sql("SELECT COUNT(*) FROM skp WHERE nip = ? AND tahun = ? AND status = 'DIKEMBALIKAN'")
            .params(nip, tahun).query(Long.class).single() == 0)
        .sorted().findFirst().orElseThrow();
    String rudi = body(WebSession.loggedIn(port, drafting).getPage("/kinerja-saya"));
    assertThat(rudi).contains(name(drafting)).contains("Perencanaan SKP")
        .contains("Menunggu Anda menyusun SKP").contains("/camunda/app/tasklist/default/#/?task=");

    String submitted = nipWithSkp("DIAJUKAN");
    String supervisor = jdbc.sql("SELECT s.name FROM org_employee e JOIN org_employee s ON s.nip = e.supervisor_nip WHERE e.nip = ?")
        .param(submitted).query(String.class).single();
    String page = body(WebSession.loggedIn(port, submitted).getPage("/kinerja-saya"));
    assertThat(page).contains(name(submitted)).contains("Diajukan").contains("Menunggu " + supervisor + " memeriksa SKP");

    page = body(WebSession.loggedIn(port, returned).getPage("/kinerja-saya"));
    assertThat(page).contains("Dikembalikan untuk diperbaiki: Target kuantitas RHK 1 belum terukur.")
        .contains("Menunggu Anda menyusun SKP");

    String approved = nipWithSkp("DISETUJUI");
    page = body(WebSession.loggedIn(port, approved).getPage("/kinerja-saya"));
    assertThat(page).contains(name(approved)).containsPattern("SKP</span> — <span class=\"status\">Selesai")
        .contains("Disetujui").doesNotContain("Menunggu Anda menyusun SKP");
  }

  @Test
  @Order(2)
  void kinerjaSaya_isAlwaysTheOwnYear_aNipInTheAddressChangesNothing() throws Exception {
    // a colleague of Rudi's under the same appraiser (not the appraiser, whose name Rudi's page shows)
    String other = jdbc.sql("""
            SELECT skp.nip FROM skp JOIN org_employee e ON e.nip = skp.nip
            WHERE skp.tahun = ? AND e.supervisor_nip = ? AND skp.nip <> ? ORDER BY skp.nip""")
        .params(tahun, HENDRA, RUDI).query(String.class).list().get(0);
    String page = body(WebSession.loggedIn(port, RUDI).getPage("/kinerja-saya?nip=" + other));
    assertThat(page).contains("Rudi Hartono").doesNotContain(name(other));
  }

  @Test
  @Order(3)
  void timSaya_listsOnlyTheAppraisersOwnSubordinates_andIsRefusedToEmployees() throws Exception {
    List<String> own = jdbc.sql("SELECT nip FROM org_employee WHERE supervisor_nip = ? AND active = TRUE")
        .param(HENDRA).query(String.class).list();
    List<String> others = jdbc.sql("SELECT nip FROM org_employee WHERE (supervisor_nip IS NULL OR supervisor_nip <> ?) AND active = TRUE")
        .param(HENDRA).query(String.class).list();
    assertThat(own).isNotEmpty();
    String page = body(WebSession.loggedIn(port, HENDRA).getPage("/tim-saya"));
    Set<String> listed = new LinkedHashSet<>();
    Matcher row = Pattern.compile("data-nip=\"(\\d+)\"").matcher(page);
    while (row.find()) {
      listed.add(row.group(1));
    }
    assertThat(listed).containsExactlyInAnyOrderElementsOf(own);
    assertThat(listed).doesNotContainAnyElementsOf(others);
    assertThat(page).contains("Memeriksa SKP").contains("Belum pernah").contains(name(returned))
        .contains("Perencanaan SKP: SKP dikembalikan").contains("Perencanaan SKP: SKP diajukan");

    HttpResponse<byte[]> refused = WebSession.loggedIn(port, RUDI).getPage("/tim-saya");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(body(refused)).contains("Akses ditolak").contains("Kinerja Saya").doesNotContain("Whitelabel");
  }

  @Test
  @Order(4)
  void dasborPenilai_showsNoNullPeriods() throws Exception {
    String page = body(WebSession.loggedIn(port, HENDRA).getPage("/dasbor/penilai"));
    assertThat(page).contains("Pegawai yang saya nilai").doesNotContain("null").doesNotContain("Periode 0");
  }

  @Test
  @Order(5)
  void anEmployeeOnABkpsdmPage_getsTheIndonesian403InTheLayout() throws Exception {
    WebSession rudi = WebSession.loggedIn(port, RUDI);
    for (String path : List.of("/dasbor/bkpsdm", "/admin/organisasi", "/admin/siklus", "/admin/capaian-organisasi")) {
      HttpResponse<byte[]> refused = rudi.getPage(path);
      assertThat(refused.statusCode()).as(path).isEqualTo(403);
      assertThat(body(refused)).as(path).contains("Akses ditolak").contains("class=\"navigasi\"")
          .doesNotContain("Whitelabel").doesNotContain("Dasbor BKPSDM");
    }
    HttpResponse<byte[]> missing = rudi.getPage("/tidak-ada-halaman-ini");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(body(missing)).contains("class=\"navigasi\"").doesNotContain("Whitelabel").doesNotContain("Not Found");
  }

  static final Map<String, List<String>> NAVIGATION = new LinkedHashMap<>();

  static {
    List<String> employee = List.of("Tasklist", "Kinerja Saya", "Kegiatan harian", "Bukti dukung", "Dokumen");
    NAVIGATION.put(RUDI, employee);
    NAVIGATION.put(HENDRA, concat(employee, "Tim Saya"));
    NAVIGATION.put(YUNI, concat(employee, "Dasbor BKPSDM", "Pegawai", "Organisasi", "Capaian organisasi", "Siklus", "Cockpit"));
    NAVIGATION.put(PROCESS_OWNER, concat(employee, "Cockpit"));
    // the admin login "demo" is no employee: no Kinerja Saya, Kegiatan harian or Bukti dukung of its own
    NAVIGATION.put(ADMIN, List.of("Tasklist", "Dokumen", "Tim Saya", "Dasbor BKPSDM", "Pegawai", "Organisasi", "Siklus",
        "Cockpit", "Admin"));
  }

  private static List<String> concat(List<String> a, String... b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(List.of(b));
    return all;
  }

  @Test
  @Order(6)
  void everyRolesNavigation_hasItsLinksAndNoOthers_andEveryLinkFollowedAnswers200WithoutWhitelabel() throws Exception {
    for (Map.Entry<String, List<String>> role : NAVIGATION.entrySet()) {
      WebSession session = WebSession.loggedIn(port, role.getKey());
      String menu = body(session.get("/api/navigasi"));
      List<String> labels = new ArrayList<>();
      Matcher label = Pattern.compile("\"label\":\"([^\"]+)\"").matcher(menu);
      while (label.find()) {
        labels.add(label.group(1));
      }
      assertThat(labels).as("navigation of " + role.getKey()).containsAll(role.getValue());
      if (role.getKey().equals(RUDI)) {
        assertThat(labels).as("an employee's navigation").doesNotContain("Tim Saya", "Dasbor BKPSDM", "Pegawai", "Organisasi",
            "Siklus", "Cockpit", "Admin", "Dasbor penilai", "Capaian organisasi");
      }
      if (role.getKey().equals(HENDRA)) {
        assertThat(labels).doesNotContain("Dasbor BKPSDM", "Organisasi", "Cockpit", "Admin");
      }
      if (role.getKey().equals(ADMIN)) {
        assertThat(labels).as("a login that is no employee").doesNotContain("Kinerja Saya", "Kegiatan harian", "Bukti dukung");
      }
      crawl(session, role.getKey());
    }
  }

  private final Set<String> publicCrawled = new java.util.HashSet<>();

  private static final Pattern HREF = Pattern.compile("href=\"([^\"#]*)[^\"]*\"");

  /** From Kinerja Saya: every link of the navigation and of each page, on this site, never logout; at most 80 pages. */
  private void crawl(WebSession session, String who) throws Exception {
    Deque<String> queue = new ArrayDeque<>(List.of("/kinerja-saya"));
    Set<String> seen = new LinkedHashSet<>(queue);
    int pages = 0;
    while (!queue.isEmpty() && pages < 80) {
      String path = queue.poll();
      // a link to JSON (the public results' data) is asked for as JSON, as a browser's */* would
      HttpResponse<byte[]> response = path.startsWith("/api/") ? session.get(path) : session.getPage(path);
      pages++;
      String text = body(response);
      if (response.statusCode() == 302) {
        // the start page and the webapps' shells redirect to the webapps' pages; never to the login page
        String location = response.headers().firstValue("Location").orElse("");
        assertThat(location).as(who + " " + path).doesNotContain("/login");
        String next = URI.create("http://localhost:" + port + path).resolve(location).getRawPath();
        if (seen.add(next)) {
          queue.add(next);
        }
        continue;
      }
      assertThat(response.statusCode()).as(who + " " + path).isEqualTo(200);
      assertThat(text).as(who + " " + path).doesNotContain("Whitelabel");
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (!type.startsWith("text/html") || path.startsWith("/camunda/")) {
        continue;
      }
      Matcher href = HREF.matcher(text);
      while (href.find()) {
        String link = href.group(1).replace("&amp;", "&");
        if (link.isEmpty() || link.startsWith("mailto:")) {
          continue;
        }
        URI uri = URI.create("http://localhost:" + port + path).resolve(link);
        if (!"localhost".equals(uri.getHost()) || uri.getPort() != port) {
          continue;
        }
        String next = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        if (next.contains("logout") || next.startsWith("/css/")) {
          continue;
        }
        // the public pages are the same for everybody and rate-limited per client address (all
        // of this crawl is 127.0.0.1): each is crawled once, by the first role that links to it
        boolean publicPage = next.startsWith("/publik") || next.startsWith("/api/publik");
        if (publicPage && !publicCrawled.add(next)) {
          continue;
        }
        if (seen.add(next)) {
          queue.add(next);
        }
      }
    }
    assertThat(pages).as("pages crawled as " + who).isGreaterThan(5);
  }

  // ---- in headless Chromium ----------------------------------------------------------------------

  private void logInOnPage(HeadlessChromium browser, String nip) {
    browser.logIn(port, nip);
  }

  @Test
  @Order(10)
  void journey_kinerjaSayaAndTimSaya_onADesktopAndAPhone() {
    CamundaWebapps.prepareForBrowserTests(port);
    try (HeadlessChromium browser = HeadlessChromium.start("kinerja-saya")) {
      WebDriver driver = browser.driver();
      driver.manage().window().setSize(new Dimension(1366, 900));
      logInOnPage(browser, returned);
      driver.get("http://localhost:" + port + "/kinerja-saya");
      WebElement timeline = browser.waitUpTo(Duration.ofSeconds(30))
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("linimasa")));
      assertThat(timeline.getText()).contains("Dikembalikan untuk diperbaiki");
      assertThat(driver.findElement(By.id("menunggu")).getText()).contains("Menunggu Anda menyusun SKP");
      browser.screenshot("skp-dikembalikan");
      // the link to the open task opens it in Tasklist
      String taskLink = driver.findElement(By.cssSelector("a.buka-tugas")).getDomAttribute("href");
      assertThat(taskLink).startsWith("/camunda/app/tasklist/default/#/?task=");
      browser.asPhone();
      driver.navigate().refresh();
      browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("linimasa")));
      browser.screenshot("di-ponsel");
      driver.manage().window().setSize(new Dimension(1366, 900));
      driver.findElement(By.cssSelector("a.buka-tugas")).click();
      // Tasklist opens with the same login, on that task
      browser.waitUpTo(Duration.ofSeconds(120)).until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector(".task-details, [cam-tasklist-task]")));
      assertThat(driver.findElements(By.cssSelector("input[ng-model='username']"))).isEmpty();
      browser.screenshot("tugas-di-tasklist");
    }
    try (HeadlessChromium browser = HeadlessChromium.start("tim-saya")) {
      WebDriver driver = browser.driver();
      driver.manage().window().setSize(new Dimension(1366, 900));
      logInOnPage(browser, HENDRA);
      // Tim Saya is reached by clicking, from the navigation
      driver.get("http://localhost:" + port + "/kinerja-saya");
      browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(By.linkText("Tim Saya"))).click();
      WebElement table = browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("tim")));
      assertThat(table.getText()).contains(name(returned)).contains("Memeriksa SKP");
      browser.screenshot("tim-saya");
      browser.asPhone();
      driver.navigate().refresh();
      browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("tim")));
      browser.screenshot("di-ponsel");
    }
  }

  @Test
  @Order(11)
  void journey_welcomePagePerRole_andTasklistOffersBuatTugasToAdminsOnly() {
    CamundaWebapps.prepareForBrowserTests(port);
    try (HeadlessChromium browser = HeadlessChromium.start("beranda-per-peran")) {
      CamundaWebapps webapps = new CamundaWebapps(browser, "http://localhost:" + port);
      WebDriver driver = browser.driver();
      driver.manage().window().setSize(new Dimension(1366, 900));
      Map<String, String> shots = new LinkedHashMap<>();
      shots.put(RUDI, "pegawai");
      shots.put(HENDRA, "penilai");
      shots.put(YUNI, "bkpsdm");
      shots.put(ADMIN, "admin");
      for (Map.Entry<String, String> person : shots.entrySet()) {
        logInOnPage(browser, person.getKey());
        driver.get("http://localhost:" + port + "/camunda/app/welcome/default/");
        WebElement links = browser.waitForVisible(Duration.ofSeconds(120), By.id("kinerja-navigasi"));
        List<String> labels = links.findElements(By.cssSelector(".custom-link-wrapper .h4")).stream()
            .map(WebElement::getText).toList();
        assertThat(labels).as("welcome links of " + person.getValue()).contains("Dokumen");
        if (person.getKey().equals(ADMIN)) {
          assertThat(labels).as("the admin login is no employee").doesNotContain("Kinerja Saya", "Kegiatan harian", "Bukti dukung");
        } else {
          assertThat(labels).as("welcome links of " + person.getValue()).contains("Kinerja Saya", "Kegiatan harian", "Bukti dukung");
        }
        switch (person.getValue()) {
          case "pegawai" -> assertThat(labels).doesNotContain("Tim Saya", "Dasbor BKPSDM", "Organisasi", "Dasbor penilai");
          case "penilai" -> assertThat(labels).contains("Tim Saya").doesNotContain("Dasbor BKPSDM");
          default -> assertThat(labels).contains("Dasbor BKPSDM", "Organisasi", "Siklus");
        }
        // Camunda's profile and password forms (identity writes) only for admins; no English manual link
        if (person.getKey().equals(ADMIN)) {
          webapps.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".user-profile .action-links")));
        } else {
          webapps.waiting().until(d -> d.findElement(By.tagName("body")).getAttribute("class") != null
              && driver.findElements(By.cssSelector(".user-profile")).size() > 0);
          assertThat(driver.findElements(By.cssSelector(".user-profile .action-links")).stream().noneMatch(WebElement::isDisplayed))
              .as("Ubah profil / Ubah kata sandi hidden for " + person.getValue()).isTrue();
        }
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("Dokumentasi pengguna aplikasi web");
        browser.screenshot("beranda-" + person.getValue());

        driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        webapps.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".start-process-action")));
        boolean admin = person.getKey().equals(ADMIN);
        if (admin) {
          webapps.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".create-task-action")));
        } else {
          // give the role script time to answer before judging
          webapps.waiting().until(d -> ((org.openqa.selenium.JavascriptExecutor) d)
              .executeScript("return performance.getEntriesByType('resource').some(e => e.name.indexOf('/api/navigasi') >= 0)"));
          assertThat(driver.findElements(By.cssSelector(".create-task-action")).stream().noneMatch(WebElement::isDisplayed))
              .as("Buat tugas hidden for " + person.getValue()).isTrue();
        }
        browser.screenshot("tasklist-" + person.getValue());
      }
    }
  }
}
