package id.kinerja.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.kinerja.feedback.PublicReportService;
import id.kinerja.support.HeadlessChromium;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public pages over real HTTP: a citizen on a phone fills the survey in headless Chromium and is
 * counted; bad input gets 400; a flood gets 429 while another client and a logged-in user are
 * served; and no page or JSON ever shows an employee's name or NIP.
 */
@PublicVoicesTestConfig
class PublicPagesBrowserTest {

  static final int PAST_YEAR = 2021;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired PublicReportService reports;
  @Autowired TaskService tasks;

  private String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  private long respondents(String unit) {
    return jdbc.sql("SELECT COUNT(*) FROM skm_respons WHERE unit_code = ?").param(unit).query(Long.class).single();
  }

  @Test
  void citizenOnAPhone_fillsTheSurvey_andIsCounted() {
    assumeTrue(HeadlessChromium.available(), HeadlessChromium.SKIP_REASON);
    long before = respondents("BKPSDM");
    try (HeadlessChromium browser = HeadlessChromium.start("survei-publik")) {
      browser.asPhone();
      WebDriver driver = browser.driver();
      driver.get(url("/publik"));
      assertThat(driver.getTitle()).contains("Layanan publik");
      driver.findElement(By.cssSelector("a[href*='/publik/unit/BKPSDM/survei']")).click();
      browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("form-survei")));
      // the questionnaire fits the phone: no horizontal scrolling
      assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
          .executeScript("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(360);
      browser.screenshot("kuesioner");
      int[] answers = {4, 3, 4, 4, 3, 3, 4, 2, 3};
      for (int i = 0; i < answers.length; i++) {
        WebElement radio = driver.findElement(By.cssSelector("input[name='u" + (i + 1) + "'][value='" + answers[i] + "']"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", radio);
        radio.click();
      }
      driver.findElement(By.cssSelector("#form-survei button[type=submit]")).click();
      browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("survei-tersimpan")));
      browser.screenshot("terima-kasih");
      assertThat(respondents("BKPSDM")).isEqualTo(before + 1);

      driver.findElement(By.linkText("Lihat hasil survei unit ini")).click();
      browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("ikm")));
      long thisYear = jdbc.sql("SELECT COUNT(*) FROM skm_respons WHERE unit_code = 'BKPSDM' AND diisi_pada >= ?")
          .param(LocalDateTime.of(Year.now().getValue(), 1, 1, 0, 0)).query(Long.class).single();
      assertThat(driver.findElement(By.id("ikm-responden")).getText()).isEqualTo(thisYear + " responden");
      assertThat(driver.findElement(By.id("ikm-tahunan")).getText()).matches("\\d{2,3},\\d{2}");
      browser.screenshot("hasil");
    }
  }

  @Test
  void badInput_is400_overHttp_withTheFormsOwnToken() throws Exception {
    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String form = http.send(HttpRequest.newBuilder(URI.create(url("/publik/unit/SETDA/survei")))
        .header("X-Forwarded-For", "192.0.2.50").build(), HttpResponse.BodyHandlers.ofString()).body();
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
    assertThat(token.find()).as("Thymeleaf puts the CSRF token into the public form").isTrue();
    HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(url("/publik/unit/SETDA/survei")))
        .header("X-Forwarded-For", "192.0.2.50")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)
            + "&u1=0&u2=abc&pekerjaan=" + URLEncoder.encode("<img src=x onerror=alert(1)>", StandardCharsets.UTF_8)))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Persyaratan: pilih nilai 1 sampai 4").contains("Prosedur: pilih nilai 1 sampai 4")
        .contains("Waktu pelayanan: wajib dipilih").contains("Pekerjaan: pilihan tidak dikenal")
        .doesNotContain("<img src=x");
    assertThat(refused.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
  }

  @Test
  void aFlood_is429_whileAnotherClientAndALoggedInUserAreServed() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    List<Integer> statuses = new ArrayList<>();
    HttpResponse<String> last = null;
    for (int i = 0; i < 45; i++) {
      last = http.send(HttpRequest.newBuilder(URI.create(url("/api/publik/unit")))
          .header("X-Forwarded-For", "203.0.113.66").build(), HttpResponse.BodyHandlers.ofString());
      statuses.add(last.statusCode());
    }
    assertThat(statuses.subList(0, 40)).containsOnly(200);
    assertThat(last.statusCode()).isEqualTo(429);
    assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
    assertThat(last.body()).contains("Terlalu banyak permintaan");

    // a client forging X-Forwarded-For behind the trusted proxy gets only its own rightmost address
    assertThat(http.send(HttpRequest.newBuilder(URI.create(url("/publik")))
        .header("X-Forwarded-For", "203.0.113.66, 203.0.113.67").build(), HttpResponse.BodyHandlers.discarding())
        .statusCode()).isEqualTo(200);
    assertThat(http.send(HttpRequest.newBuilder(URI.create(url("/publik")))
        .header("X-Forwarded-For", "203.0.113.99").build(), HttpResponse.BodyHandlers.discarding()).statusCode())
        .isEqualTo(200);
    String basic = Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8));
    assertThat(http.send(HttpRequest.newBuilder(URI.create(url("/engine-rest/process-definition/count")))
        .header("Authorization", "Basic " + basic).header("X-Forwarded-For", "203.0.113.66").build(),
        HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
  }

  @Test
  void noEmployeeNameOrNip_appearsOnAnyPublicPageOrJson() throws Exception {
    // data that tempts a leak: final ratings of a past year, a handled complaint naming a desk held by one person
    seedPastYearRatings();
    String code = reports.file(new PublicReportService.NewReport("PENGADUAN", "DISDIK", "Pengelola Sarana dan Prasarana",
        "Kursi ruang tunggu rusak dan tidak diperbaiki berbulan-bulan.", "warga@example.id", null));
    var triage = tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult();
    tasks.complete(triage.getId(), Map.of("keputusanTriase", "VALID", "ditanganiOleh", "199008102015031021"));
    var handling = tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult();
    tasks.complete(handling.getId(), Map.of("hasilPenanganan", "Andi Wijaya mengganti kursi"));
    var closing = tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult();
    tasks.complete(closing.getId(), Map.of("tanggapanPublik", "Kursi telah diganti. Terima kasih."));

    List<String> paths = new ArrayList<>(List.of("/publik", "/publik/lacak?kode=" + code, "/api/publik/lacak/" + code,
        "/api/publik/unit"));
    for (String unit : jdbc.sql("SELECT code FROM org_unit").query(String.class).list()) {
      for (String year : List.of(String.valueOf(PAST_YEAR), String.valueOf(Year.now().getValue()))) {
        paths.add("/publik/unit/" + unit + "/hasil?tahun=" + year);
        paths.add("/api/publik/unit/" + unit + "/hasil?tahun=" + year);
      }
      paths.add("/publik/unit/" + unit + "/survei");
      paths.add("/publik/unit/" + unit + "/laporan");
    }
    record Person(String nip, String name) {}
    List<Person> people = jdbc.sql("SELECT nip, name FROM org_employee").query(Person.class).list();
    assertThat(people).hasSizeGreaterThanOrEqualTo(25);
    HttpClient http = HttpClient.newHttpClient();
    int client = 0;
    for (String path : paths) {
      // a fresh client address per page, so this sweep is not rate-limited itself
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(path)))
          .header("X-Forwarded-For", "192.0.2." + (100 + client++ % 100)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      String body = response.body();
      for (Person p : people) {
        assertThat(body).as("%s shows no NIP", path).doesNotContain(p.nip());
        assertThat(body).as("%s shows no name", path).doesNotContain(p.name())
            .doesNotContain(coreName(p.name()));
      }
      assertThat(body).as(path).doesNotContain("warga@example.id").doesNotContain("Kursi ruang tunggu rusak");
    }
    // the past year is final and large enough in Dinas Pendidikan: published with small cells hidden
    String json = http.send(HttpRequest.newBuilder(URI.create(url("/api/publik/unit/DISDIK/hasil?tahun=" + PAST_YEAR)))
        .header("X-Forwarded-For", "192.0.2.250").build(), HttpResponse.BodyHandlers.ofString()).body();
    assertThat(json).contains("\"dipublikasikan\":true").contains("\"jumlahDinilai\":9")
        .contains("{\"predikat\":\"BAIK\",\"label\":\"Baik\",\"jumlah\":7,\"disembunyikan\":false}")
        .contains("{\"predikat\":\"SANGAT_BAIK\",\"label\":\"Sangat Baik\",\"jumlah\":null,\"disembunyikan\":true}");
    // Sekretariat Daerah has 3 rated people that year: nothing about them
    String setda = http.send(HttpRequest.newBuilder(URI.create(url("/api/publik/unit/SETDA/hasil?tahun=" + PAST_YEAR)))
        .header("X-Forwarded-For", "192.0.2.251").build(), HttpResponse.BodyHandlers.ofString()).body();
    assertThat(setda).contains("\"dipublikasikan\":false").contains("\"jumlahDinilai\":null").doesNotContain("\"jumlah\":1");
    // this year's appraisals are still running in the demo: withheld
    String running = http.send(HttpRequest.newBuilder(URI.create(url("/api/publik/unit/DISDIK/hasil")))
        .header("X-Forwarded-For", "192.0.2.252").build(), HttpResponse.BodyHandlers.ofString()).body();
    assertThat(running).contains("\"penilaianFinal\":false");
  }

  private static String coreName(String name) {
    return name.split(",", 2)[0].replaceAll("^(Dr|Drs|Ir|H)\\.\\s+", "").strip();
  }

  /** 9 of Dinas Pendidikan (1 Sangat Baik, 7 Baik, 1 Butuh Perbaikan) and 3 of the Sekretariat Daerah. */
  private void seedPastYearRatings() {
    if (jdbc.sql("SELECT COUNT(*) FROM predikat_kinerja WHERE tahun = ?").param(PAST_YEAR).query(Long.class).single() > 0) {
      return;
    }
    List<String> disdik = jdbc.sql("SELECT nip FROM org_employee WHERE unit_code = 'DISDIK' ORDER BY nip").query(String.class).list();
    List<String> setda = jdbc.sql("SELECT nip FROM org_employee WHERE unit_code = 'SETDA' ORDER BY nip").query(String.class).list();
    assertThat(disdik).hasSize(9);
    for (int i = 0; i < disdik.size(); i++) {
      rate(disdik.get(i), i == 0 ? "SANGAT_BAIK" : i == 8 ? "BUTUH_PERBAIKAN" : "BAIK");
    }
    for (int i = 0; i < 3; i++) {
      rate(setda.get(i), "BAIK");
    }
  }

  private void rate(String nip, String predikat) {
    jdbc.sql("INSERT INTO skp (nip, tahun, pejabat_penilai, atasan_pejabat_penilai, status) VALUES (?, ?, 'x', 'x', 'DISETUJUI')")
        .params(nip, PAST_YEAR).update();
    long skp = jdbc.sql("SELECT id FROM skp WHERE nip = ? AND tahun = ?").params(nip, PAST_YEAR).query(Long.class).single();
    jdbc.sql("""
            INSERT INTO predikat_kinerja (skp_id, nip, tahun, hasil_kerja, perilaku_kerja, predikat, melalui_keberatan, ditetapkan_oleh)
            VALUES (?, ?, ?, 'SESUAI', 'SESUAI', ?, FALSE, 'x')""")
        .params(skp, nip, PAST_YEAR, predikat).update();
  }
}
