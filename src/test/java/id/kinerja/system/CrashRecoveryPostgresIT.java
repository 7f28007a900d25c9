package id.kinerja.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.support.ApplicationProcess;
import id.kinerja.support.PostgresTestDatabase;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * kill -9 in the middle of people's work: several real users complete tasks through /engine-rest
 * from several threads; every completion the server acknowledged (HTTP 204) is recorded; the JVM
 * is killed with SIGKILL while requests are in flight and started again on the same PostgreSQL.
 * Then every acknowledged completion is there and moved its process on, nothing was done twice,
 * and no process instance is left waiting for nothing.
 */
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+",
    disabledReason = PostgresTestDatabase.SKIP_REASON)
class CrashRecoveryPostgresIT {

  private static final String ADMIN = "demo";
  private static final int TAHUN = 2035;
  private static final int ACKNOWLEDGED_BEFORE_KILL = 40;
  /** Requester and recipient of feedback requests, one pair per thread. */
  private static final List<List<String>> FEEDBACK_PAIRS = List.of(
      List.of("198809092012121010", "199101012015042011"),   // Rudi asks Fitri
      List.of("199304182019031012", "199508302023012013"));  // Wahyu asks Nur Aini
  /** Employees who draft their SKP while their appraiser keeps returning it, one per thread. */
  private static final List<String> SKP_EMPLOYEES = List.of("199005052015032004", "198603022011032020");
  private static final String BKPSDM = "198506152010012009";
  private static final String SKP = """
      [{"jenis":"UTAMA","uraian":"Tersusunnya laporan layanan unit tepat waktu",
        "rhkAtasanUraian":"Meningkatnya kualitas pelayanan publik",
        "indikator":[{"uraian":"Laporan yang selesai","aspek":"KUANTITAS","target":"12 laporan"}]}]""";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final ObjectMapper json = new ObjectMapper();
  private PostgresTestDatabase database;
  private ApplicationProcess app;

  /** Completions the server acknowledged with 204. */
  private record Ack(String instance, String task, String key) {}

  private final Queue<Ack> acknowledged = new ConcurrentLinkedQueue<>();
  private final Set<String> instances = ConcurrentHashMap.newKeySet();
  /** Per instance: a completion sent whose answer never came (the kill). */
  private final Map<String, String> inFlight = new ConcurrentHashMap<>();
  /** Anything unexpected a worker met before the kill (a worker's own assertion). */
  private final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();

  @BeforeEach
  void start() throws Exception {
    database = PostgresTestDatabase.create();
    app = startApplication("sebelum");
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
  void killMinus9WhilePeopleCompleteTasks_everyAcknowledgedCompletionSurvives_nothingTwice_nothingStuck()
      throws Exception {
    List<String> skpInstances = new ArrayList<>();
    for (String nip : SKP_EMPLOYEES) {
      skpInstances.add(openYear(nip));
    }
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService people = Executors.newFixedThreadPool(FEEDBACK_PAIRS.size() + SKP_EMPLOYEES.size());
    for (List<String> pair : FEEDBACK_PAIRS) {
      people.submit(() -> askForFeedbackAgainAndAgain(pair.get(0), pair.get(1), running));
    }
    for (String instance : skpInstances) {
      people.submit(() -> draftAndReturnSkpAgainAndAgain(instance, running));
    }

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && failures.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(failures).as("what the users met before the kill").isEmpty();
    assertThat(acknowledged.size()).as("completions acknowledged before the kill").isGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
    app.kill();
    running.set(false);
    people.shutdown();
    assertThat(people.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    List<Ack> acks = List.copyOf(acknowledged);
    System.out.printf("kill -9 after %d acknowledged completions %s, %d completions in flight%n",
        acks.size(), describe(acks), inFlight.size());

    app = startApplication("sesudah");

    try (Connection db = DriverManager.getConnection(database.url(), database.user(), database.password())) {
      for (Ack ack : acks) {
        assertThat(query(db, "SELECT delete_reason_ FROM act_hi_taskinst WHERE id_ = ? AND end_time_ IS NOT NULL",
            ack.task())).as("acknowledged completion of %s %s is stored", ack.key(), ack.task()).containsExactly("completed");
        boolean movedOn = !query(db, """
            SELECT t.id_ FROM act_hi_taskinst t, act_hi_taskinst done
            WHERE done.id_ = ? AND t.proc_inst_id_ = done.proc_inst_id_ AND t.id_ <> done.id_
              AND t.start_time_ >= done.end_time_
            UNION SELECT id_ FROM act_hi_procinst WHERE id_ = ? AND end_time_ IS NOT NULL""",
            ack.task(), ack.instance()).isEmpty();
        assertThat(movedOn).as("the process of %s moved on", ack.task()).isTrue();
      }
      for (String instance : instances) {
        long acknowledgedHere = acks.stream().filter(a -> a.instance().equals(instance)).count();
        long completedHere = Long.parseLong(query(db,
            "SELECT COUNT(*) FROM act_hi_taskinst WHERE proc_inst_id_ = ? AND delete_reason_ = 'completed'", instance).get(0));
        // at most the one request whose answer the kill swallowed may have been committed on top
        assertThat(completedHere - acknowledgedHere).as("completions of %s beyond the acknowledged", instance)
            .isBetween(0L, inFlight.containsKey(instance) ? 1L : 0L);
        assertThat(Long.parseLong(query(db, "SELECT COUNT(*) FROM act_ru_task WHERE proc_inst_id_ = ?", instance).get(0)))
            .as("one open task at most in %s", instance).isLessThanOrEqualTo(1);
      }
      assertThat(query(db, """
          SELECT proc_inst_id_ || ' ' || task_def_key_ FROM act_hi_taskinst
          WHERE proc_def_key_ = 'permintaan-umpan-balik' GROUP BY proc_inst_id_, task_def_key_ HAVING COUNT(*) > 1"""))
          .as("a feedback step done twice").isEmpty();
      assertThat(query(db, "SELECT nip FROM skp WHERE tahun = ? GROUP BY nip HAVING COUNT(*) > 1", TAHUN))
          .as("an SKP stored twice").isEmpty();
      assertThat(query(db, """
          SELECT p.id_ FROM act_ru_execution p WHERE p.id_ = p.proc_inst_id_
            AND NOT EXISTS (SELECT 1 FROM act_ru_task t WHERE t.proc_inst_id_ = p.id_)
            AND NOT EXISTS (SELECT 1 FROM act_ru_job j WHERE j.process_instance_id_ = p.id_)
            AND NOT EXISTS (SELECT 1 FROM act_ru_incident i WHERE i.proc_inst_id_ = p.id_)
            AND NOT EXISTS (SELECT 1 FROM act_ru_event_subscr s WHERE s.proc_inst_id_ = p.id_)
            AND NOT EXISTS (SELECT 1 FROM act_ru_ext_task x WHERE x.proc_inst_id_ = p.id_)
            AND NOT EXISTS (SELECT 1 FROM act_ru_execution c, act_ru_execution e
                            WHERE e.proc_inst_id_ = p.id_ AND c.super_exec_ = e.id_)"""))
          .as("process instances waiting for nothing (no task, job, timer, message, incident or child)").isEmpty();
    }

    // and the work goes on: each interrupted process takes its next step after the restart
    for (String instance : instances) {
      Step step = nextStep(instance);
      if (step != null) {
        assertThat(complete(step, instance)).as("next step of %s after the restart", instance).isEqualTo(204);
      }
    }
  }

  private ApplicationProcess startApplication(String name) throws Exception {
    return ApplicationProcess.start(name, Duration.ofSeconds(240),
        "--spring.profiles.active=postgres",
        "--spring.datasource.url=" + database.url(),
        "--spring.datasource.username=" + database.user(),
        "--spring.datasource.password=" + database.password(),
        "--kinerja.demo.enabled=true", "--kinerja.admin.id=" + ADMIN, "--kinerja.admin.password=demo");
  }

  private void askForFeedbackAgainAndAgain(String requester, String recipient, AtomicBoolean running) {
    try {
      while (running.get()) {
        HttpResponse<String> started = post(requester, "/engine-rest/process-definition/key/permintaan-umpan-balik/start",
            "{\"variables\":{\"penerima\":{\"value\":\"" + recipient + "\"},\"topik\":{\"value\":\"Kinerja minggu ini\"},"
                + "\"pertanyaan\":{\"value\":\"Apa yang perlu saya perbaiki?\"}}}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String instance = json.readTree(started.body()).get("id").asText();
        instances.add(instance);
        Step step;
        while (running.get() && (step = nextStep(instance)) != null) {
          assertThat(complete(step, instance)).isEqualTo(204);
        }
      }
    } catch (IOException | InterruptedException killed) {
      // the application is gone: this person stops working
    } catch (Throwable t) {
      failures.add(t);
    }
  }

  private void draftAndReturnSkpAgainAndAgain(String instance, AtomicBoolean running) {
    instances.add(instance);
    try {
      Step step;
      while (running.get() && (step = nextStep(instance)) != null) {
        assertThat(complete(step, instance)).isEqualTo(204);
      }
    } catch (IOException | InterruptedException killed) {
      // the application is gone
    } catch (Throwable t) {
      failures.add(t);
    }
  }

  private record Step(String task, String key, String assignee) {}

  /** The open task of the instance and who has it (seen by the admin), or null when it has ended. */
  private Step nextStep(String instance) throws IOException, InterruptedException {
    HttpResponse<String> tasks = send(ADMIN, HttpRequest.newBuilder(app.url("/engine-rest/task?processInstanceId=" + instance)).GET());
    assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
    JsonNode list = json.readTree(tasks.body());
    if (list.isEmpty()) {
      return null;
    }
    assertThat(list).as("open tasks of " + instance).hasSize(1);
    JsonNode task = list.get(0);
    return new Step(task.get("id").asText(), task.get("taskDefinitionKey").asText(), task.get("assignee").asText());
  }

  /** The assignee completes the task through the REST API, as the Tasklist would. */
  private int complete(Step step, String instance) throws IOException, InterruptedException {
    String variables = switch (step.key()) {
      case "Task_BeriUmpanBalik" -> "{\"jawaban\":{\"value\":\"Laporan Anda sudah baik, tambahkan data pendukung.\"}}";
      case "Task_BacaUmpanBalik" -> "{\"sudahDibaca\":{\"value\":true,\"type\":\"Boolean\"}}";
      case "Task_DraftSkp" -> "{\"rhk\":{\"value\":" + json.writeValueAsString(SKP) + ",\"type\":\"Json\"}}";
      case "Task_ReviewSkp" -> "{\"keputusanReviewSkp\":{\"value\":\"KEMBALIKAN\"},"
          + "\"catatanReview\":{\"value\":\"Tambahkan indikator kualitas.\"}}";
      default -> throw new AssertionError("no step planned for " + step.key());
    };
    inFlight.put(instance, step.task());
    HttpResponse<String> done = post(step.assignee(), "/engine-rest/task/" + step.task() + "/complete",
        "{\"variables\":" + variables + "}");
    inFlight.remove(instance);
    assertThat(done.statusCode()).as(step.key() + ": " + done.body()).isEqualTo(204);
    acknowledged.add(new Ack(instance, step.task(), step.key()));
    return done.statusCode();
  }

  private String openYear(String nip) throws Exception {
    HttpResponse<String> opened = post(BKPSDM, "/engine-rest/process-definition/key/appraisal-cycle/start",
        "{\"businessKey\":\"" + nip + "-" + TAHUN + "\",\"variables\":{\"nip\":{\"value\":\"" + nip + "\"},"
            + "\"tahun\":{\"value\":" + TAHUN + ",\"type\":\"Integer\"}}}");
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
    return json.readTree(opened.body()).get("id").asText();
  }

  private HttpResponse<String> post(String user, String path, String body) throws IOException, InterruptedException {
    return send(user, HttpRequest.newBuilder(app.url(path)).header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString(body)));
  }

  private HttpResponse<String> send(String user, HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.timeout(Duration.ofSeconds(30)).header("Authorization", "Basic "
        + Base64.getEncoder().encodeToString((user + ":demo").getBytes())).build(), BodyHandlers.ofString());
  }

  private static List<String> query(Connection db, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        List<String> values = new ArrayList<>();
        while (rows.next()) {
          values.add(rows.getString(1));
        }
        return values;
      }
    }
  }

  private static String describe(List<Ack> acks) {
    return acks.stream().collect(Collectors.groupingBy(Ack::key, Collectors.counting())).toString();
  }
}
