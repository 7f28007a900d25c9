package id.kinerja.cycleopening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.appraisal.AppraisalCycleStarter;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.Nip;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.kernel.Tahun;
import id.kinerja.organisation.Mutasi;
import id.kinerja.support.FreshPostgresDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes (two {@link CycleOpening}s with their own node ids and threads, one PostgreSQL) open
 * the same agency's year at the same moment: one run, one instance per employee. And even if both
 * ever started the same employees at once, the database lets only one instance per NIP and year through.
 */
@SpringBootTest(properties = {"kinerja.siklus.ukuran-batch=3", "kinerja.siklus.lanjutkan-otomatis=false"})
@ActiveProfiles("test")
// @DirtiesContext: batch settings of its own (a context no other class uses) and the whole demo
// agency opened on its own database; closed and dropped after the class
@DirtiesContext
@FreshPostgresDatabase
class CycleOpeningPostgresTest {

  @Autowired CycleOpening nodeA;
  @Autowired CycleOpeningRuns runs;
  @Autowired AppraisalCycleStarter starter;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired JdbcClient jdbc;
  @Autowired Mutasi mutasi;
  private CycleOpening nodeB;
  private final ExecutorService clicks = Executors.newFixedThreadPool(2);

  @BeforeEach
  void secondNode() {
    nodeB = new CycleOpening(runs, starter, transactionManager, 3, 2, Duration.ofMinutes(2), false);
  }

  @AfterEach
  void stopSecondNode() {
    nodeB.stop();
    clicks.shutdownNow();
  }

  @Test
  void twoNodesOpenTheSameYearAtOnce_oneRun_oneInstancePerEmployee() throws Exception {
    int tahun = 2051;
    CyclicBarrier together = new CyclicBarrier(2);
    Future<CycleOpening.Progress> a = clicks.submit(() -> { together.await(); return nodeA.open(CycleOpeningTest.AGENCY, Tahun.of(tahun), "a"); });
    Future<CycleOpening.Progress> b = clicks.submit(() -> { together.await(); return nodeB.open(CycleOpeningTest.AGENCY, Tahun.of(tahun), "b"); });
    String id = a.get(30, TimeUnit.SECONDS).id();
    assertThat(b.get(30, TimeUnit.SECONDS).id()).isEqualTo(id);
    // and a third click while it runs joins the same run
    assertThat(nodeB.open(CycleOpeningTest.AGENCY, Tahun.of(tahun), "b").id()).isEqualTo(id);
    CycleOpening.Progress done = waitUntilFinished(id);
    assertThat(done.sudahDibuka()).isEqualTo(activeEmployees());
    assertThat(done.gagal()).isZero();
    assertOneInstancePerEmployee(tahun);
  }

  @Test
  void bothNodesStartTheSameEmployeesAtOnce_theDatabaseLetsOneThrough() throws Exception {
    Tahun tahun = Tahun.of(2052);
    // a run row for the failures to belong to; nobody works on it
    assertThat(runs.insert("run-dua-node", CycleOpeningTest.AGENCY, tahun, "tes", "tes", 0, java.time.Instant.now())).isTrue();
    List<String> nips = runs.missing("run-dua-node", CycleOpeningTest.AGENCY, tahun);
    assertThat(nips).hasSizeGreaterThan(20);
    CyclicBarrier together = new CyclicBarrier(2);
    Callable<Integer> onA = () -> { together.await(); return nodeA.startBatch("run-dua-node", nips, tahun, "a"); };
    Callable<Integer> onB = () -> { together.await(); return nodeB.startBatch("run-dua-node", nips, tahun, "b"); };
    Future<Integer> a = clicks.submit(onA);
    Future<Integer> b = clicks.submit(onB);
    int started = a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS);
    assertThat(started).isEqualTo(nips.size());
    assertThat(runs.failureCount("run-dua-node", tahun)).isZero();
    assertOneInstancePerEmployee(tahun.value());
  }

  @Test
  void anEmployeeLeavingWhileTheirYearIsBeingOpened_hasNoAppraisalLeft_whicheverCommitsFirst() throws Exception {
    int tahun = 2053;
    String maya = "199104032016042024";
    String dimas = "199611052022121016";

    // the start first (a batch of the bulk opening, not yet committed), then the departure
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    Future<String> start = clicks.submit(() -> new TransactionTemplate(transactionManager).execute(status -> {
      String id = starter.start(PenilaianTahunan.of(maya, tahun), Map.of());
      started.countDown();
      await(commit);
      return id;
    }));
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
    Future<Mutasi.Left> leaving = clicks.submit(() -> mutasi.recordDeparture(Nip.of(maya), "Pensiun dini", "198506152010012009"));
    waitingForALock(leaving);
    assertThat(leaving.isDone()).as("the departure waits for the start being committed").isFalse();
    commit.countDown();
    start.get(30, TimeUnit.SECONDS);
    assertThat(leaving.get(30, TimeUnit.SECONDS).appraisalsEnded()).as("and then ends the appraisal it started too").isPositive();
    assertThat(runningYear(maya, tahun)).isZero();

    // the departure first (not yet committed), then the start
    CountDownLatch left = new CountDownLatch(1);
    CountDownLatch commitDeparture = new CountDownLatch(1);
    Future<Mutasi.Left> departure = clicks.submit(() -> new TransactionTemplate(transactionManager).execute(status -> {
      Mutasi.Left result = mutasi.recordDeparture(Nip.of(dimas), "Pindah ke instansi lain", "198506152010012009");
      left.countDown();
      await(commitDeparture);
      return result;
    }));
    assertThat(left.await(30, TimeUnit.SECONDS)).isTrue();
    Future<String> late = clicks.submit(() -> starter.start(PenilaianTahunan.of(dimas, tahun), Map.of()));
    waitingForALock(late);
    assertThat(late.isDone()).as("the start waits for the departure being committed").isFalse();
    commitDeparture.countDown();
    departure.get(30, TimeUnit.SECONDS);
    assertThatThrownBy(() -> late.get(30, TimeUnit.SECONDS)).hasStackTraceContaining("tidak aktif");
    assertThat(runningYear(dimas, tahun)).isZero();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM siklus_penilaian WHERE nip = ? AND tahun = ?").params(dimas, tahun)
        .query(Long.class).single()).as("the refused start left nothing behind").isZero();
  }

  private long runningYear(String nip, int tahun) {
    return jdbc.sql("SELECT COUNT(*) FROM act_ru_execution WHERE parent_id_ IS NULL AND business_key_ = ?")
        .param(AppraisalProcess.businessKey(nip, tahun)).query(Long.class).single();
  }

  /**
   * Until a session of this database waits for a lock (PostgreSQL's own view of its sessions): the
   * state that proves the second transaction is held by the first, not merely slow. Fails if the
   * click finished instead.
   */
  private void waitingForALock(Future<?> click) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (jdbc.sql("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")
        .query(Long.class).single() == 0) {
      assertThat(click.isDone()).as("finished without waiting for the other transaction").isFalse();
      assertThat(System.nanoTime() - deadline).as("not waiting for a lock after 30 s").isNegative();
      Thread.sleep(5);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void assertOneInstancePerEmployee(int tahun) {
    long active = activeEmployees();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM act_ru_execution WHERE parent_id_ IS NULL AND business_key_ LIKE ?")
        .param("%-" + tahun).query(Long.class).single()).isEqualTo(active);
    assertThat(jdbc.sql("SELECT COUNT(DISTINCT business_key_) FROM act_ru_execution WHERE parent_id_ IS NULL AND business_key_ LIKE ?")
        .param("%-" + tahun).query(Long.class).single()).isEqualTo(active);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM siklus_penilaian WHERE tahun = ?").param(tahun).query(Long.class).single())
        .isEqualTo(active);
  }

  private CycleOpening.Progress waitUntilFinished(String id) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 120_000;
    while (true) {
      CycleOpening.Progress progress = nodeA.progress(id).orElseThrow();
      if (progress.selesai()) {
        return progress;
      }
      assertThat(System.currentTimeMillis()).as("still running: %s", progress).isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  private long activeEmployees() {
    return runs.activeEmployees(CycleOpeningTest.AGENCY);
  }
}
