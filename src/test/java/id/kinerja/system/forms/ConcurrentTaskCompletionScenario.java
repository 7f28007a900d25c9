package id.kinerja.system.forms;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.feedback.FeedbackRequestProcess;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The same task completed from two browsers at the same moment, as real HTTP requests released
 * together by a latch: exactly one is acknowledged (204), the other is answered 409 with a
 * message the user understands; the task is completed once and the process moves on once.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class ConcurrentTaskCompletionScenario {

  static final String PEMOHON = "198809092012121010";   // Rudi Hartono asks for feedback
  static final String PENERIMA = "199101012015042011";  // Fitri Handayani answers it
  static final String ORANG_LAIN = "199304182019031012"; // Wahyu Pratama: nothing to do with it
  private static final int ROUNDS = 5;

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired RuntimeService runtimeService;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ExecutorService browsers = Executors.newFixedThreadPool(2);

  @AfterEach
  void closeBrowsers() {
    browsers.shutdownNow();
  }

  @Test
  @Timeout(120)
  void sameTaskCompletedFromTwoBrowsers_throughEngineRestComplete_oneWinsTheOtherGets409(CapturedOutput log)
      throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String instance = requestFeedback();
      String task = openTask(instance);
      List<HttpResponse<String>> answers = together(browser -> () -> send(basic(PENERIMA,
          "/engine-rest/task/" + task + "/complete", answer("Jawaban dari browser " + browser))));
      assertOneWonOneConflicted(answers, instance);
      // the loser is one INFO line, not the REST API's WARN with a stack trace (no server error happened)
      assertThat(log.getAll()).contains("Submission of task " + task + " came after the task was completed");
    }
    assertThat(log.getAll()).doesNotContain("ENGINE-REST-HTTP500").doesNotContain("OptimisticLockingException");
  }

  @Test
  @Timeout(120)
  void sameTaskSubmittedFromTwoBrowsers_throughEngineRestSubmitForm_oneWinsTheOtherGets409() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String instance = requestFeedback();
      String task = openTask(instance);
      List<HttpResponse<String>> answers = together(browser -> () -> send(basic(PENERIMA,
          "/engine-rest/task/" + task + "/submit-form", answer("Jawaban dari browser " + browser))));
      assertOneWonOneConflicted(answers, instance);
    }
  }

  @Test
  @Timeout(120)
  void sameTaskSubmittedFromTwoTasklistSessions_oneWinsTheOtherGets409() throws Exception {
    List<Tasklist> sessions = List.of(Tasklist.login(this, PENERIMA), Tasklist.login(this, PENERIMA));
    for (int round = 0; round < ROUNDS; round++) {
      String instance = requestFeedback();
      String task = openTask(instance);
      List<HttpResponse<String>> answers = together(browser -> () -> sessions.get(browser).submitForm(task,
          answer("Jawaban dari Tasklist " + browser)));
      assertOneWonOneConflicted(answers, instance);
    }
  }

  @Test
  @Timeout(60)
  void secondTabAfterTheFirstHasFinished_gets409_butSomebodyElseLearnsNothing(CapturedOutput log) throws Exception {
    String instance = requestFeedback();
    String task = openTask(instance);
    assertThat(send(basic(PENERIMA, "/engine-rest/task/" + task + "/complete", answer("Jawaban pertama"))).statusCode())
        .isEqualTo(204);

    HttpResponse<String> secondTab = send(basic(PENERIMA, "/engine-rest/task/" + task + "/submit-form",
        answer("Jawaban kedua")));
    assertThat(secondTab.statusCode()).isEqualTo(409);
    assertThat(secondTab.body()).contains(TaskSubmissionOutcomeFilter.COMPLETED_MESSAGE);
    // no server error happened: one INFO line, not the engine's ERROR and the REST API's WARN
    assertThat(log.getAll()).contains("Submission of task " + task + " came after the task was completed")
        .doesNotContain("ENGINE-16004").doesNotContain("ENGINE-REST-HTTP500");

    // someone who never had the task gets the engine's usual answer, not "it was completed"
    HttpResponse<String> stranger = send(basic(ORANG_LAIN, "/engine-rest/task/" + task + "/complete",
        answer("Jawaban orang lain")));
    assertThat(stranger.statusCode()).isEqualTo(404);
    assertThat(stranger.body()).doesNotContain("sudah diselesaikan").doesNotContain("task is null");
    // not explained as a lost race, nor a server error: one INFO line, no stack trace
    assertThat(log.getAll()).contains("by " + ORANG_LAIN + " refused: 404")
        .doesNotContain("ENGINE-16004").doesNotContain("ENGINE-REST-HTTP500");
    // a task that never existed stays "not found" (or the engine's error), not 409
    HttpResponse<String> unknown = send(basic(PENERIMA, "/engine-rest/task/tidak-ada/complete", answer("Jawaban")));
    assertThat(unknown.statusCode()).isNotEqualTo(409).isGreaterThanOrEqualTo(400);
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance)
        .taskDefinitionKey(FeedbackRequestProcess.TASK_READ_FEEDBACK).count()).isEqualTo(1);
  }

  @Test
  @Timeout(60)
  void taskWhoseProcessWasStoppedMeanwhile_gets409SayingItNoLongerApplies() throws Exception {
    String instance = requestFeedback();
    String task = openTask(instance);
    runtimeService.deleteProcessInstance(instance, "dibatalkan oleh BKPSDM");

    HttpResponse<String> late = send(basic(PENERIMA, "/engine-rest/task/" + task + "/submit-form", answer("Jawaban")));
    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(late.body()).contains(TaskSubmissionOutcomeFilter.CANCELLED_MESSAGE);
  }

  private void assertOneWonOneConflicted(List<HttpResponse<String>> answers, String instance) {
    List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();
    assertThat(statuses).as(answers.stream().map(HttpResponse::body).toList().toString()).containsExactly(204, 409);
    HttpResponse<String> loser = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
    assertThat(loser.body()).contains(TaskSubmissionOutcomeFilter.COMPLETED_MESSAGE);
    assertThat(loser.headers().firstValue("Content-Type").orElse("")).contains("application/json");

    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance)
        .taskDefinitionKey(FeedbackRequestProcess.TASK_GIVE_FEEDBACK).finished().count()).as("completed once").isEqualTo(1);
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance)
        .taskDefinitionKey(FeedbackRequestProcess.TASK_READ_FEEDBACK).count()).as("moved on once").isEqualTo(1);
    assertThat(taskService.createTaskQuery().processInstanceId(instance).count()).isEqualTo(1);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName(FeedbackRequestProcess.ANSWER).count()).as("one answer stored").isEqualTo(1);
  }

  /** Both browsers send at the same moment (released by one latch). */
  private List<HttpResponse<String>> together(Function<Integer, Callable<HttpResponse<String>>> request)
      throws Exception {
    CountDownLatch ready = new CountDownLatch(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> sent = new ArrayList<>();
    for (int browser = 0; browser < 2; browser++) {
      Callable<HttpResponse<String>> send = request.apply(browser);
      sent.add(browsers.submit(() -> {
        ready.countDown();
        go.await();
        return send.call();
      }));
    }
    assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
    go.countDown();
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (Future<HttpResponse<String>> answer : sent) {
      answers.add(answer.get(60, TimeUnit.SECONDS));
    }
    return answers;
  }

  private String requestFeedback() throws Exception {
    HttpResponse<String> started = send(basic(PEMOHON,
        "/engine-rest/process-definition/key/" + FeedbackRequestProcess.KEY + "/start",
        "{\"variables\":{\"penerima\":{\"value\":\"" + PENERIMA + "\"},\"topik\":{\"value\":\"Laporan triwulan\"},"
            + "\"pertanyaan\":{\"value\":\"Bagaimana laporan triwulan saya?\"}}}"));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(started.body());
    assertThat(id.find()).isTrue();
    return id.group(1);
  }

  private String openTask(String instance) {
    return taskService.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(FeedbackRequestProcess.TASK_GIVE_FEEDBACK).singleResult().getId();
  }

  private static String answer(String text) {
    return "{\"variables\":{\"jawaban\":{\"value\":\"" + text + ", laporan sudah lengkap dan rapi.\"}}}";
  }

  HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, BodyHandlers.ofString());
  }

  private HttpRequest basic(String user, String path, String json) {
    return HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()))
        .header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)).build();
  }

  URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** One browser logged in to Tasklist: its own session cookie and XSRF token. */
  private record Tasklist(ConcurrentTaskCompletionScenario test, HttpClient browser, String xsrf) {

    static Tasklist login(ConcurrentTaskCompletionScenario test, String user) throws Exception {
      var cookies = new CookieManager();
      var browser = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
      String page = browser.send(HttpRequest.newBuilder(test.url("/login")).build(), BodyHandlers.ofString()).body();
      Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
      assertThat(token.find()).isTrue();
      HttpResponse<String> login = browser.send(HttpRequest.newBuilder(test.url("/login"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(BodyPublishers.ofString("username=" + user + "&password=demo&_csrf=" + token.group(1))).build(),
          BodyHandlers.ofString());
      assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
      browser.send(HttpRequest.newBuilder(test.url("/camunda/app/tasklist/default/")).build(), BodyHandlers.discarding());
      String xsrf = cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
      return new Tasklist(test, browser, xsrf);
    }

    HttpResponse<String> submitForm(String task, String json) throws Exception {
      return browser.send(HttpRequest.newBuilder(test.url("/camunda/api/engine/engine/default/task/" + task + "/submit-form"))
          .timeout(Duration.ofSeconds(60)).header("X-XSRF-TOKEN", xsrf)
          .header("Origin", test.url("").toString()).header("Referer", test.url("/camunda/app/tasklist/default/").toString())
          .header("Accept", "application/json, text/plain, */*")
          .header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)).build(),
          BodyHandlers.ofString());
    }
  }
}
