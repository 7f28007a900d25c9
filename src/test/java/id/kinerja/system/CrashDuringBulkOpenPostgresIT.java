package id.kinerja.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.organisation.OrganisationGenerator;
import id.kinerja.support.ApplicationProcess;
import id.kinerja.support.PostgresTestDatabase;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * kill -9 while BKPSDM opens the year for a whole agency: the JVM dies half-way through the
 * background run, is started again on the same PostgreSQL, BKPSDM opens the year again
 * ("Lanjutkan"), and in the end every active employee of the agency has exactly one instance.
 */
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+",
    disabledReason = PostgresTestDatabase.SKIP_REASON)
class CrashDuringBulkOpenPostgresIT {

  private static final String ADMIN = "demo";
  private static final String AGENCY = "PEMKAB-GENERATED";
  private static final int EMPLOYEES = 240;
  private static final int TAHUN = 2036;

  private final ObjectMapper json = new ObjectMapper();
  private PostgresTestDatabase database;
  private ApplicationProcess app;

  @BeforeEach
  void start() throws Exception {
    database = PostgresTestDatabase.create();
    app = startApplication("bulk-sebelum");
  }

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      app.close();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  @Timeout(600)
  void killMinus9DuringBulkOpen_reopening_leavesExactlyOneInstancePerEmployee() throws Exception {
    Browser admin = Browser.login(app, ADMIN);
    HttpResponse<String> imported = admin.post("/api/organisasi/import", "text/csv",
        OrganisationGenerator.generate(EMPLOYEES, 7));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

    HttpResponse<String> opened = admin.post("/api/siklus/" + AGENCY + "/" + TAHUN, "application/json", "");
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(202);
    int employees = json.readTree(opened.body()).get("jumlahPegawai").asInt();
    assertThat(employees).isGreaterThanOrEqualTo(EMPLOYEES);

    // kill as soon as part of the agency is open, while batches are being written
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    JsonNode progress;
    do {
      progress = json.readTree(admin.get("/api/siklus/" + AGENCY + "/" + TAHUN).body());
      assertThat(finished(progress)).as("the run must still be going when it is killed: %s", progress)
          .isFalse();
      assertThat(System.nanoTime()).as("no instance started in time").isLessThan(deadline);
    } while (progress.get("sudahDibuka").asLong() < 20);
    app.kill();
    long openedBeforeKill = countInstances();
    System.out.printf("kill -9 with %d of %d instances started (progress said %d)%n", openedBeforeKill, employees,
        progress.get("sudahDibuka").asLong());
    assertThat(openedBeforeKill).as("killed half-way").isLessThan(employees);

    app = startApplication("bulk-sesudah");
    Browser again = Browser.login(app, ADMIN);
    HttpResponse<String> reopened = again.post("/api/siklus/" + AGENCY + "/" + TAHUN, "application/json", "");
    assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(202);
    deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
    do {
      Thread.sleep(250);
      progress = json.readTree(again.get("/api/siklus/" + AGENCY + "/" + TAHUN).body());
      assertThat(System.nanoTime()).as("reopened run did not finish: %s", progress).isLessThan(deadline);
    } while (!finished(progress));
    assertThat(progress.get("gagal").asLong()).as("failures: %s", progress.get("daftarGagal")).isZero();

    try (Connection db = DriverManager.getConnection(database.url(), database.user(), database.password())) {
      assertThat(single(db, "SELECT COUNT(*) FROM act_ru_execution WHERE parent_id_ IS NULL AND business_key_ LIKE '%-"
          + TAHUN + "'")).as("instances of the year").isEqualTo(employees);
      assertThat(single(db, "SELECT COUNT(DISTINCT business_key_) FROM act_ru_execution WHERE parent_id_ IS NULL"
          + " AND business_key_ LIKE '%-" + TAHUN + "'")).as("employees with an instance").isEqualTo(employees);
      assertThat(single(db, "SELECT COUNT(*) FROM act_hi_procinst WHERE business_key_ LIKE '%-" + TAHUN + "'"))
          .as("instances ever started, including any lost half-way").isEqualTo(employees);
      assertThat(single(db, "SELECT COUNT(*) FROM siklus_penilaian WHERE tahun = " + TAHUN)).isEqualTo(employees);
      assertThat(single(db, """
          SELECT COUNT(*) FROM act_ru_execution p WHERE p.id_ = p.proc_inst_id_ AND p.business_key_ LIKE '%-"""
          + TAHUN + "'" + """
            AND NOT EXISTS (SELECT 1 FROM act_ru_task t WHERE t.proc_inst_id_ = p.id_)
            AND NOT EXISTS (SELECT 1 FROM act_ru_job j WHERE j.process_instance_id_ = p.id_)
            AND NOT EXISTS (SELECT 1 FROM act_ru_incident i WHERE i.proc_inst_id_ = p.id_)"""))
          .as("instances waiting for nothing").isZero();
    }
  }

  /** The run's status (the progress record's {@code status}). */
  private static boolean finished(JsonNode progress) {
    return "SELESAI".equals(progress.path("status").asText());
  }

  private long countInstances() throws SQLException {
    try (Connection db = DriverManager.getConnection(database.url(), database.user(), database.password())) {
      return single(db, "SELECT COUNT(*) FROM siklus_penilaian WHERE tahun = " + TAHUN);
    }
  }

  private static long single(Connection db, String sql) throws SQLException {
    try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private ApplicationProcess startApplication(String name) throws Exception {
    return ApplicationProcess.start(name, Duration.ofSeconds(240),
        "--spring.profiles.active=postgres",
        "--spring.datasource.url=" + database.url(),
        "--spring.datasource.username=" + database.user(),
        "--spring.datasource.password=" + database.password(),
        "--kinerja.demo.enabled=true", "--kinerja.admin.id=" + ADMIN, "--kinerja.admin.password=demo",
        // small batches, so the kill lands between them; a dead run may be continued at once
        "--kinerja.siklus.ukuran-batch=5", "--kinerja.siklus.pekerja=2",
        "--kinerja.siklus.detak-basi=PT1S", "--kinerja.siklus.lanjutkan-otomatis=false");
  }

  /** A logged-in browser session with the CSRF token of the product's pages. */
  private record Browser(ApplicationProcess app, HttpClient http, String csrf) {

    static Browser login(ApplicationProcess app, String user) throws Exception {
      HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
          .connectTimeout(Duration.ofSeconds(5)).build();
      Matcher token = csrfOf(http.send(HttpRequest.newBuilder(app.url("/login")).build(), BodyHandlers.ofString()).body());
      HttpResponse<String> login = http.send(HttpRequest.newBuilder(app.url("/login"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(BodyPublishers.ofString("username=" + user + "&password=demo&_csrf=" + token.group(1))).build(),
          BodyHandlers.ofString());
      assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
      // the token is renewed at login: read it from a page with a form
      Matcher renewed = csrfOf(http.send(HttpRequest.newBuilder(app.url("/admin/siklus")).build(),
          BodyHandlers.ofString()).body());
      return new Browser(app, http, renewed.group(1));
    }

    private static Matcher csrfOf(String page) {
      Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
      assertThat(token.find()).as("a CSRF token in the page").isTrue();
      return token;
    }

    HttpResponse<String> get(String path) throws Exception {
      return http.send(HttpRequest.newBuilder(app.url(path)).timeout(Duration.ofSeconds(30))
          .header("Accept", "application/json").build(), BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, String body) throws Exception {
      return http.send(HttpRequest.newBuilder(app.url(path)).timeout(Duration.ofSeconds(120))
          .header("Content-Type", contentType).header("Accept", "application/json").header("X-CSRF-TOKEN", csrf)
          .POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
    }
  }
}
