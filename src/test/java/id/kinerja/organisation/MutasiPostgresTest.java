package id.kinerja.organisation;

import static id.kinerja.organisation.DemoPeople.FITRI;
import static id.kinerja.organisation.DemoPeople.KABAG_ORGANISASI;
import static id.kinerja.organisation.DemoPeople.KEPALA_BKPSDM;
import static id.kinerja.organisation.DemoPeople.RUDI;
import static id.kinerja.organisation.DemoPeople.YUNI_BKPSDM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.support.PostgresTestDatabase;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mutasi recorded at the very moment a step of the employee's appraisal creates a task for their
 * appraiser, with two real transactions on PostgreSQL held open against each other: the task goes
 * to the new appraiser whichever commits first (PejabatFollowsOrganisation). Before, the task went
 * to the former appraiser in both orders.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+",
    disabledReason = PostgresTestDatabase.SKIP_REASON)
class MutasiPostgresTest {

  private static PostgresTestDatabase database;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    database = PostgresTestDatabase.create();
    database.springProperties().forEach((key, value) -> registry.add(key, () -> value));
  }

  @AfterAll
  static void dropDatabase() {
    database.close();
  }

  @Autowired Mutasi mutasi;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired PlatformTransactionManager transactions;
  private final ExecutorService threads = Executors.newFixedThreadPool(2);

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
  void aMutasiCommittedWhileTheAppraisersTaskIsBeingCreated_theStepIsRefusedAsAConflict_andDoneAgainGoesToTheNewAppraiser()
      throws Exception {
    String step = runtimeService.startProcessInstanceByKey("pejabat-race-test", Map.of("nip", RUDI)).getId();
    Task rudis = taskService.createTaskQuery().processInstanceId(step).singleResult();

    // the mutasi first (not yet committed), then Rudi completes his task
    CountDownLatch moved = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    Future<Mutasi.Moved> mutasiDone = threads.submit(() -> new TransactionTemplate(transactions).execute(status -> {
      Mutasi.Moved result = mutasi.changeSupervisor(RUDI, KABAG_ORGANISASI, null, YUNI_BKPSDM);
      moved.countDown();
      await(commit);
      return result;
    }));
    assertThat(moved.await(30, TimeUnit.SECONDS)).isTrue();
    Future<?> completion = threads.submit(() -> taskService.complete(rudis.getId()));
    Thread.sleep(400);
    assertThat(completion.isDone()).as("the step waits for the mutasi being committed").isFalse();
    commit.countDown();
    assertThat(mutasiDone.get(30, TimeUnit.SECONDS).newAppraiser()).isEqualTo(KABAG_ORGANISASI);

    // it read the former appraiser before the mutasi committed: refused, as a second browser is
    assertThatThrownBy(() -> completion.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(OptimisticLockingException.class);
    assertThat(taskService.createTaskQuery().taskId(rudis.getId()).count()).as("nothing half-done").isOne();
    taskService.complete(rudis.getId());
    assertThat(appraisersTask(step).getAssignee()).isEqualTo(KABAG_ORGANISASI);
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
    Future<Mutasi.Moved> mutasiDone = threads.submit(() -> mutasi.changeSupervisor(FITRI, KABAG_ORGANISASI, null,
        YUNI_BKPSDM));
    Thread.sleep(400);
    assertThat(mutasiDone.isDone()).as("the mutasi waits for the step being committed").isFalse();
    commit.countDown();
    completion.get(30, TimeUnit.SECONDS);
    Mutasi.Moved moved = mutasiDone.get(30, TimeUnit.SECONDS);

    assertThat(moved.formerAppraiser()).isEqualTo(KEPALA_BKPSDM);
    assertThat(appraisersTask(step).getAssignee()).as("found and handed over by the mutasi").isEqualTo(KABAG_ORGANISASI);
  }

  private Task appraisersTask(String step) {
    return taskService.createTaskQuery().processInstanceId(step).taskDefinitionKey("Task_Penilai").singleResult();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
