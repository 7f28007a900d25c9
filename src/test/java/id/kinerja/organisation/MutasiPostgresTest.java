package id.kinerja.organisation;

import static id.kinerja.organisation.DemoPeople.FITRI;
import static id.kinerja.organisation.DemoPeople.KABAG_ORGANISASI;
import static id.kinerja.organisation.DemoPeople.KEPALA_BKPSDM;
import static id.kinerja.organisation.DemoPeople.LINA;
import static id.kinerja.organisation.DemoPeople.RUDI;
import static id.kinerja.organisation.DemoPeople.YUNI_BKPSDM;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import id.kinerja.kernel.Nip;
import id.kinerja.support.FreshPostgresDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mutasi recorded at the very moment a step of the employee's appraisal creates a task for their
 * appraiser, with two real transactions on PostgreSQL held open against each other: the task goes
 * to the new appraiser whichever commits first (PejabatFollowsOrganisation). Before, the task went
 * to the former appraiser in both orders. A step refused because the mutasi came first is
 * answered 409 "send it again" through the REST API (TaskSubmissionOutcomeFilter), not 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
@ActiveProfiles("test")
// @DirtiesContext and a fresh database: the mutasi really commits, moving demo employees (Rudi,
// Lina, Fitri) to another appraiser, which the classes sharing a database rely on
@DirtiesContext
@FreshPostgresDatabase
class MutasiPostgresTest {

  @LocalServerPort int port;
  @Autowired Mutasi mutasi;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;
  private final ExecutorService threads = Executors.newFixedThreadPool(2);
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void deploy() {
    repositoryService.createDeployment().name("pejabat-race-test")
        .addClasspathResource("organisation/pejabat-race-test.bpmn").deploy();
  }

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void aMutasiCommittedWhileTheAppraisersTaskIsBeingCreated_theStepIsRefusedWith409_andSentAgainGoesToTheNewAppraiser(
      CapturedOutput log) throws Exception {
    String step = runtimeService.startProcessInstanceByKey("pejabat-race-test", Map.of("nip", RUDI)).getId();
    Task rudis = taskService.createTaskQuery().processInstanceId(step).singleResult();

    // it read the former appraiser before the mutasi committed: refused, nothing stored, in words
    HttpResponse<String> refused = completeWhileAMutasiIsRecorded(RUDI, rudis.getId());
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(refused.body()).contains("OptimisticLockingException").contains("kirim sekali lagi");
    assertThat(taskService.createTaskQuery().taskId(rudis.getId()).count()).as("nothing half-done").isOne();
    assertThat(log.getAll()).contains("Submission of task " + rudis.getId() + " conflicted")
        .doesNotContain("ENGINE-REST-HTTP500");

    HttpResponse<String> again = complete(RUDI, rudis.getId());
    assertThat(again.statusCode()).as(again.body()).isEqualTo(204);
    assertThat(appraisersTask(step).getAssignee()).isEqualTo(KABAG_ORGANISASI);
  }

  @Test
  void theSameConflict_isStill409_whenAnAdministratorHasSwitchedTheEnginesErrorLogOff() throws Exception {
    String step = runtimeService.startProcessInstanceByKey("pejabat-race-test", Map.of("nip", LINA)).getId();
    Task linas = taskService.createTaskQuery().processInstanceId(step).singleResult();
    List<Logger> engineLogs = List.of("org.camunda.bpm.engine.rest.exception", "org.camunda.bpm.engine.context")
        .stream().map(name -> (Logger) LoggerFactory.getLogger(name)).toList();
    engineLogs.forEach(logger -> logger.setLevel(Level.OFF));
    try {
      HttpResponse<String> refused = completeWhileAMutasiIsRecorded(LINA, linas.getId());
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
      assertThat(refused.body()).contains("kirim sekali lagi");
    } finally {
      engineLogs.forEach(logger -> logger.setLevel(null));
    }
  }

  /**
   * The mutasi moves the employee to the Kabag Organisasi and holds its transaction open; the
   * employee then sends their task through the REST API, which waits for the mutasi's lock; the
   * mutasi commits. The answer to the employee's request.
   */
  private HttpResponse<String> completeWhileAMutasiIsRecorded(String nip, String task) throws Exception {
    CountDownLatch moved = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    Future<Mutasi.Moved> mutasiDone = threads.submit(() -> new TransactionTemplate(transactions).execute(status -> {
      Mutasi.Moved result = mutasi.changeSupervisor(Nip.of(nip), Nip.of(KABAG_ORGANISASI), null, YUNI_BKPSDM);
      moved.countDown();
      await(commit);
      return result;
    }));
    assertThat(moved.await(30, TimeUnit.SECONDS)).isTrue();
    Future<HttpResponse<String>> completion = threads.submit(() -> complete(nip, task));
    awaitOneTransactionWaitingForALock();
    assertThat(completion.isDone()).as("the step waits for the mutasi being committed").isFalse();
    commit.countDown();
    assertThat(mutasiDone.get(30, TimeUnit.SECONDS).newAppraiser()).isEqualTo(KABAG_ORGANISASI);
    return completion.get(30, TimeUnit.SECONDS);
  }

  @Test
  void aRefusalThatIsNoConflict_somebodyElseSendingTheTask_keepsTheEnginesAnswer() throws Exception {
    String step = runtimeService.startProcessInstanceByKey("pejabat-race-test", Map.of("nip", RUDI)).getId();
    Task rudis = taskService.createTaskQuery().processInstanceId(step).singleResult();

    HttpResponse<String> stranger = complete(FITRI, rudis.getId());
    assertThat(stranger.statusCode()).as("not hers: the engine's own refusal, no hint").isNotEqualTo(409);
    assertThat(stranger.body()).doesNotContain("kirim sekali lagi");
  }

  @Test
  void aMutasiRecordedWhileTheAppraisersTaskIsBeingCreated_waitsForIt_andHandsTheNewTaskOver() throws Exception {
    String step = runtimeService.startProcessInstanceByKey("pejabat-race-test", Map.of("nip", FITRI)).getId();
    Task fitris = taskService.createTaskQuery().processInstanceId(step).singleResult();

    // Fitri completes her task (not yet committed: the appraiser's task is created for the Kepala
    // BKPSDM), then the mutasi
    CountDownLatch created = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    Future<?> completion = threads.submit(() -> new TransactionTemplate(transactions).execute(status -> {
      taskService.complete(fitris.getId());
      created.countDown();
      await(commit);
      return null;
    }));
    assertThat(created.await(30, TimeUnit.SECONDS)).isTrue();
    Future<Mutasi.Moved> mutasiDone = threads.submit(() -> mutasi.changeSupervisor(Nip.of(FITRI), Nip.of(KABAG_ORGANISASI), null,
        YUNI_BKPSDM));
    awaitOneTransactionWaitingForALock();
    assertThat(mutasiDone.isDone()).as("the mutasi waits for the step being committed").isFalse();
    commit.countDown();
    completion.get(30, TimeUnit.SECONDS);
    Mutasi.Moved moved = mutasiDone.get(30, TimeUnit.SECONDS);

    assertThat(moved.formerAppraiser()).isEqualTo(KEPALA_BKPSDM);
    assertThat(appraisersTask(step).getAssignee()).as("found and handed over by the mutasi").isEqualTo(KABAG_ORGANISASI);
  }

  private HttpResponse<String> complete(String user, String task) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task/" + task + "/complete"))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()))
        .header("Content-Type", "application/json").POST(BodyPublishers.ofString("{}")).build(), BodyHandlers.ofString());
  }

  private Task appraisersTask(String step) {
    return taskService.createTaskQuery().processInstanceId(step).taskDefinitionKey("Task_Penilai").singleResult();
  }

  /** Until PostgreSQL shows the second transaction blocked by the first one's row lock. */
  private void awaitOneTransactionWaitingForALock() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (jdbc.queryForObject("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
        + " AND wait_event_type = 'Lock'", Integer.class) == 0) {
      assertThat(System.nanoTime()).as("a transaction waiting for the other's lock").isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
