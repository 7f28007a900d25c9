package id.kinerja.cycleopening;

import id.kinerja.appraisal.AppraisalCycleStarter;
import id.kinerja.appraisal.AppraisalYearAlreadyOpenException;
import id.kinerja.kernel.Nip;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.kernel.Tahun;
import jakarta.annotation.PreDestroy;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * BKPSDM opens an appraisal year for a whole agency: one appraisal-cycle instance per active
 * employee, started in the background in batches (one transaction per batch, a few batches in
 * parallel), with progress in the table {@code pembukaan_siklus} that every node reads.
 *
 * <p>Resumable by construction: the work list is always "active employees of the agency without a
 * {@code siklus_penilaian} row for the year", so a run that died half-way, continued by any node,
 * starts exactly the missing ones; and that table's key refuses a second instance for an NIP and
 * year even if two nodes ever start the same employee at once. A run whose node stops beating for
 * {@code kinerja.siklus.detak-basi} is taken over automatically by the next node that checks (every
 * {@code kinerja.siklus.periksa-setiap-ms}) or at once when BKPSDM opens the year again ("Lanjutkan").
 */
@Service
public class CycleOpening {

  private static final Logger log = LoggerFactory.getLogger(CycleOpening.class);
  private static final int FAILURES_SHOWN = 1000;

  /** What BKPSDM sees of a run. {@code terhenti}: the node working on it stopped beating. */
  public record Progress(String id, String instansi, int tahun, String status, boolean terhenti, int putaran,
      String dibukaOleh, int jumlahPegawai, long sudahDibuka, long gagal, long sisa, int dimulaiOlehPembukaan,
      Instant dimulaiPada, Instant detakTerakhir, Instant selesaiPada, List<Failure> daftarGagal) {

    public boolean selesai() {
      return CycleOpeningRuns.FINISHED.equals(status);
    }
  }

  /** An employee whose instance could not be started, and why, in words BKPSDM can act on. */
  public record Failure(String nip, String nama, String alasan) {}

  private final CycleOpeningRuns runs;
  private final AppraisalCycleStarter starter;
  private final TransactionTemplate transaction;
  private final int batchSize;
  private final int workers;
  private final Duration staleAfter;
  private final boolean resumeAutomatically;
  private final Clock clock = Clock.systemUTC();
  private final String node;
  private final ExecutorService coordinators;
  private final ExecutorService batches;

  CycleOpening(CycleOpeningRuns runs, AppraisalCycleStarter starter, PlatformTransactionManager transactionManager,
      @Value("${kinerja.siklus.ukuran-batch:25}") int batchSize,
      @Value("${kinerja.siklus.pekerja:2}") int workers,
      @Value("${kinerja.siklus.detak-basi:PT2M}") Duration staleAfter,
      @Value("${kinerja.siklus.lanjutkan-otomatis:true}") boolean resumeAutomatically) {
    this.runs = runs;
    this.starter = starter;
    this.transaction = new TransactionTemplate(transactionManager);
    this.batchSize = Math.max(1, batchSize);
    this.workers = Math.max(1, workers);
    this.staleAfter = staleAfter;
    this.resumeAutomatically = resumeAutomatically;
    this.node = hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    this.coordinators = Executors.newCachedThreadPool(named("pembukaan-siklus"));
    this.batches = Executors.newFixedThreadPool(this.workers, named("pembukaan-siklus-batch"));
  }

  /**
   * Opens the year for the agency's active employees, or joins the run already under way. Returns
   * at once; the instances are started in the background. A finished run opened again starts the
   * employees still missing (new employees, earlier failures); a run whose node died is continued.
   *
   * @throws IllegalArgumentException for an unknown agency
   */
  public Progress open(String instansi, Tahun tahun, String operator) {
    if (!runs.agencyExists(instansi)) {
      throw new IllegalArgumentException("Instansi '" + instansi + "' tidak dikenal");
    }
    Instant now = clock.instant();
    int employees = runs.activeEmployees(instansi);
    String id = UUID.randomUUID().toString();
    boolean claimed = runs.insert(id, instansi, tahun, node, operator, employees, now)
        || runs.claimFinished(instansi, tahun, node, operator, employees, now);
    CycleOpeningRuns.Run run = runs.find(instansi, tahun).orElseThrow();
    if (!claimed) {
      claimed = runs.claimStale(run.id(), node, now.minus(staleAfter), now);
    }
    if (claimed) {
      log.info("Opening the {} appraisal year for {} ({} active employees), run {} on {}", tahun, instansi, employees,
          run.id(), node);
      startWork(run.id(), instansi, tahun, operator);
    }
    return progress(run.id()).orElseThrow();
  }

  public Optional<Progress> progress(String runId) {
    return runs.find(runId).map(this::progressOf);
  }

  public Optional<Progress> progress(String instansi, Tahun tahun) {
    return runs.find(instansi, tahun).map(this::progressOf);
  }

  /** The latest runs, newest first, without their failure lists. */
  public List<Progress> recent() {
    return runs.recent(20).stream().map(run -> progressOf(run, 0)).toList();
  }

  /** Every node looks for runs whose node died and continues them. */
  @Scheduled(fixedDelayString = "${kinerja.siklus.periksa-setiap-ms:30000}",
      initialDelayString = "${kinerja.siklus.periksa-setiap-ms:30000}")
  public void resumeStaleRuns() {
    if (!resumeAutomatically) {
      return;
    }
    Instant now = clock.instant();
    for (CycleOpeningRuns.Run run : runs.staleRunning(now.minus(staleAfter))) {
      if (runs.claimStale(run.id(), node, now.minus(staleAfter), now)) {
        log.warn("Run {} ({} {}) had stopped on {}; {} continues it", run.id(), run.instansi(), run.tahun(),
            run.pemilik(), node);
        startWork(run.id(), run.instansi(), Tahun.of(run.tahun()), run.dibukaOleh());
      }
    }
  }

  @PreDestroy
  void stop() {
    coordinators.shutdownNow();
    batches.shutdownNow();
    try {
      runs.release(node);
    } catch (RuntimeException e) {
      log.debug("Could not release the runs of {}: {}", node, e.getMessage());
    }
  }

  private void startWork(String runId, String instansi, Tahun tahun, String operator) {
    coordinators.execute(() -> {
      try {
        work(runId, instansi, tahun, operator);
      } catch (RuntimeException e) {
        // the run stays BERJALAN; without heartbeats it goes stale and is continued
        log.error("Run {} ({} {}) stopped: {}", runId, instansi, tahun, e.toString(), e);
      }
    });
  }

  /** Starts the missing instances batch by batch until none is missing (or another node took over). */
  void work(String runId, String instansi, Tahun tahun, String operator) {
    while (true) {
      List<String> missing = runs.missing(runId, instansi, tahun);
      if (missing.isEmpty()) {
        break;
      }
      CompletionService<Integer> done = new ExecutorCompletionService<>(batches);
      int submitted = 0;
      int finished = 0;
      boolean owner = true;
      int next = 0;
      while (finished < submitted || (owner && next < missing.size())) {
        while (owner && next < missing.size() && submitted - finished < workers) {
          List<String> batch = List.copyOf(missing.subList(next, Math.min(next + batchSize, missing.size())));
          next += batch.size();
          done.submit(() -> startBatch(runId, batch, tahun, operator));
          submitted++;
        }
        int started;
        try {
          started = done.take().get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException("Batch failed: " + e.getCause(), e.getCause());
        }
        finished++;
        owner = owner && runs.beat(runId, node, started, clock.instant());
      }
      if (!owner) {
        log.warn("Run {} was taken over by another node; {} stops", runId, node);
        return;
      }
    }
    if (runs.finish(runId, node, clock.instant())) {
      log.info("Run {} ({} {}) finished", runId, instansi, tahun);
    }
  }

  /**
   * One transaction for the whole batch; if any start fails, the batch is rolled back and done
   * again one employee per transaction, so one bad record costs only its own instance.
   */
  int startBatch(String runId, List<String> nips, Tahun tahun, String operator) {
    try {
      return transaction.execute(status -> {
        String definitionId = starter.latestDefinitionId(); // once per batch, not per start
        for (String nip : nips) {
          starter.start(definitionId, new PenilaianTahunan(Nip.of(nip), tahun));
        }
        runs.recordOpener(nips, tahun, operator);
        return nips.size();
      });
    } catch (RuntimeException batchFailed) {
      int started = 0;
      for (String nip : nips) {
        try {
          transaction.executeWithoutResult(status -> {
            starter.start(new PenilaianTahunan(Nip.of(nip), tahun), Map.of());
            runs.recordOpener(List.of(nip), tahun, operator);
          });
          started++;
        } catch (AppraisalYearAlreadyOpenException alreadyOpen) {
          // opened meanwhile by someone else: nothing missing
        } catch (RuntimeException e) {
          runs.recordFailure(runId, nip, reason(e));
        }
      }
      return started;
    }
  }

  /** The most specific message in the chain, in words BKPSDM can act on. */
  static String reason(Throwable e) {
    String message = null;
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
        message = cause.getMessage();
      }
    }
    if (message == null) {
      return "Gagal dimulai: " + e.getClass().getSimpleName();
    }
    if (message.startsWith("Penilai kepala instansi belum diatur")) {
      return "Pejabat penilai belum diisi: " + message;
    }
    return message;
  }

  private Progress progressOf(CycleOpeningRuns.Run run) {
    return progressOf(run, FAILURES_SHOWN);
  }

  private Progress progressOf(CycleOpeningRuns.Run run, int failuresShown) {
    // while a run is under way its head count from the start stands (a count over the agency is a
    // join over every employee, and the admin page asks for progress every few seconds)
    int employees = CycleOpeningRuns.RUNNING.equals(run.status()) ? run.jumlahPegawai()
        : runs.activeEmployees(run.instansi());
    Tahun tahun = Tahun.of(run.tahun());
    long opened = runs.opened(run.instansi(), tahun);
    long failed = runs.failureCount(run.id(), tahun);
    boolean stopped = CycleOpeningRuns.RUNNING.equals(run.status())
        && run.detakTerakhir().isBefore(clock.instant().minus(staleAfter));
    List<Failure> failures = failuresShown == 0 ? List.of() : runs.failures(run.id(), tahun, failuresShown);
    return new Progress(run.id(), run.instansi(), run.tahun(), run.status(), stopped, run.putaran(), run.dibukaOleh(),
        employees, opened, failed, Math.max(0, employees - opened - failed), run.dimulai(), run.dimulaiPada(),
        run.detakTerakhir(), run.selesaiPada(), new ArrayList<>(failures));
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      return "node";
    }
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
