package id.kinerja.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.ApplicationProcess;
import id.kinerja.support.PostgresTestDatabase;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Two application processes on one PostgreSQL, as two nodes behind a load balancer would run:
 * a login on one is a login on the other, a citizen's public submission budget is one for both,
 * timers fire exactly once between them, and either node fires them alone when the other is gone.
 */
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+",
    disabledReason = PostgresTestDatabase.SKIP_REASON)
class TwoNodesIT {

  private static final String ADMIN = "admin";
  private static final String ADMIN_PASSWORD = "dua-node-rahasia";
  private static final int TIMERS = 60;
  private static final int ALONE = 10;

  private PostgresTestDatabase database;
  private final List<Process> nodes = new ArrayList<>();
  private final List<Integer> ports = new ArrayList<>();
  private final HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void startTwoNodes() throws Exception {
    database = PostgresTestDatabase.create();
    Path jar = ApplicationProcess.packagedJar();
    Path models = Path.of("src/test/resources/models-two-nodes").toAbsolutePath();
    for (String node : List.of("node-a", "node-b")) {
      int port = ApplicationProcess.freePort();
      Path log = Files.createTempFile("kinerja-" + node, ".log");
      ProcessBuilder builder = new ProcessBuilder("java", "-Xmx512m", "-jar", jar.toString(),
          "--server.port=" + port,
          "--spring.profiles.active=postgres",
          "--spring.datasource.url=" + database.url(),
          "--spring.datasource.username=" + database.user(),
          "--spring.datasource.password=" + database.password(),
          "--kinerja.admin.id=" + ADMIN, "--kinerja.admin.password=" + ADMIN_PASSWORD,
          "--kinerja.models.location=" + models,
          "--camunda.bpm.generic-properties.properties.hostname=" + node,
          "--camunda.bpm.job-execution.wait-time-in-millis=200",
          "--camunda.bpm.job-execution.max-wait=1000")
          .redirectErrorStream(true).redirectOutput(log.toFile());
      nodes.add(builder.start());
      ports.add(port);
    }
    for (int i = 0; i < nodes.size(); i++) {
      awaitHealthy(i);
    }
  }

  @AfterEach
  void stopNodes() {
    nodes.forEach(Process::destroyForcibly);
    if (database != null) {
      database.close();
    }
  }

  @Test
  @Timeout(240)
  void loginOnOneNode_isALoginOnTheOther_aClientHasOneSubmissionBudget_andTimersFireExactlyOnce() throws Exception {
    var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String loginPage = browser.send(HttpRequest.newBuilder(url(0, "/login")).build(), BodyHandlers.ofString()).body();
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
    assertThat(token.find()).isTrue();
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(url(0, "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(BodyPublishers.ofString("username=" + ADMIN + "&password=" + ADMIN_PASSWORD + "&_csrf=" + token.group(1)))
        .build(), BodyHandlers.ofString());
    assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
    // the session cookie of node A, sent to node B
    HttpResponse<String> onOtherNode = browser.send(
        HttpRequest.newBuilder(url(1, "/camunda/api/engine/engine/default/filter")).build(), BodyHandlers.ofString());
    assertThat(onOtherNode.statusCode()).isEqualTo(200);

    // One citizen posting to the public survey on both nodes in turn: each node alone would let 5
    // through (4 here), but the budget is shared in the database, so 5 posts in all get past the
    // limit (to be refused 403 for the missing CSRF token), the other 3 get 429 on whichever node.
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      statuses.add(api.send(HttpRequest.newBuilder(url(i % 2, "/publik/unit/UNIT-X/survei"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(BodyPublishers.ofString("nilai=4")).build(), BodyHandlers.discarding()).statusCode());
    }
    assertThat(statuses.stream().filter(status -> status == 429).count()).as(statuses.toString()).isEqualTo(3);
    assertThat(statuses.subList(0, 5)).as(statuses.toString()).doesNotContain(429);

    startTimers(TIMERS, 0, 1);
    awaitTasks(TIMERS);
    assertThat(count(1, "/engine-rest/history/job-log/count?successLog=true&processDefinitionKey=proses-timer")).isEqualTo(TIMERS);
    assertThat(count(1, "/engine-rest/history/job-log/count?failureLog=true&processDefinitionKey=proses-timer")).isZero();
    long onA = firedOn(0, "node-a");
    long onB = firedOn(0, "node-b");
    System.out.printf("timers fired: node-a %d, node-b %d%n", onA, onB);
    assertThat(onA + onB).isEqualTo(TIMERS);

    // Which node acquires a due job is a race, so one node may have fired all of them. Stop the
    // busier one: the other must now fire every timer alone, against the same database.
    int busier = onA >= onB ? 0 : 1;
    int other = 1 - busier;
    String otherHost = other == 0 ? "node-a" : "node-b";
    long otherBefore = other == 0 ? onA : onB;
    nodes.get(busier).destroyForcibly().waitFor();
    startTimers(ALONE, other, other);
    awaitTasks(TIMERS + ALONE);
    assertThat(firedOn(other, otherHost)).as(otherHost + " fired the timers alone").isEqualTo(otherBefore + ALONE);
    assertThat(count(other, "/engine-rest/history/job-log/count?successLog=true&processDefinitionKey=proses-timer")).isEqualTo(TIMERS + ALONE);
    assertThat(count(other, "/engine-rest/history/job-log/count?failureLog=true&processDefinitionKey=proses-timer")).isZero();
    assertThat(firedOn(other, "node-a")).as("node A took part").isPositive();
    assertThat(firedOn(other, "node-b")).as("node B took part").isPositive();
  }

  /** Starts {@code how many} timer processes, alternating the nodes from {@code first} to {@code last}. */
  private void startTimers(int howMany, int first, int last) throws Exception {
    for (int i = 0; i < howMany; i++) {
      int node = first == last ? first : first + i % 2;
      HttpResponse<String> started = api.send(authorized(url(node, "/engine-rest/process-definition/key/proses-timer/start"))
          .header("Content-Type", "application/json").POST(BodyPublishers.ofString("{}")).build(), BodyHandlers.ofString());
      assertThat(started.statusCode()).isEqualTo(200);
    }
  }

  private void awaitTasks(int expected) throws Exception {
    int node = nodes.get(0).isAlive() ? 0 : 1;
    String tasks = "/engine-rest/task/count?taskDefinitionKey=Task_Periksa";
    long deadline = System.currentTimeMillis() + 120_000;
    while (count(node, tasks) < expected && System.currentTimeMillis() < deadline) {
      Thread.sleep(500);
    }
    assertThat(count(node, tasks)).isEqualTo(expected);
  }

  private long firedOn(int askedNode, String hostname) throws Exception {
    return count(askedNode, "/engine-rest/history/job-log/count?successLog=true&processDefinitionKey=proses-timer&hostname=" + hostname);
  }

  private long count(int node, String path) throws Exception {
    HttpResponse<String> response = api.send(authorized(url(node, path)).build(), BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    return Long.parseLong(response.body().replaceAll("\\D", ""));
  }

  private HttpRequest.Builder authorized(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Authorization", "Basic "
        + Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes()));
  }

  private URI url(int node, String path) {
    return URI.create("http://127.0.0.1:" + ports.get(node) + path);
  }

  private void awaitHealthy(int node) throws Exception {
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline) {
      assertThat(nodes.get(node).isAlive()).as("node " + node + " is running").isTrue();
      try {
        if (api.send(HttpRequest.newBuilder(url(node, "/actuator/health")).build(), BodyHandlers.ofString())
            .statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new AssertionError("node " + node + " did not become healthy in time");
  }

}
