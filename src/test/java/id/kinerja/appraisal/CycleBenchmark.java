package id.kinerja.appraisal;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.KinerjaApplication;
import id.kinerja.cycleopening.CycleOpening;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.organisation.OrganisationGenerator;
import id.kinerja.organisation.OrganisationImport;
import id.kinerja.security.Roles;
import id.kinerja.support.PostgresTestDatabase;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The appraisal year at scale, on PostgreSQL: N generated employees imported with the real import,
 * the year opened for the agency through {@link CycleOpening}, then every employee drafts the SKP
 * and every appraiser approves it, by several concurrent workers through the engine's services as
 * the REST API calls them (authenticated as the user; the form is checked again on the server
 * inside the completion, by the {@code submissionRulesListener} every REST submission passes
 * through), with the task-list latency measured in between (Java API as
 * Tasklist queries, and HTTP {@code GET /engine-rest/task?assignee=} with HTTP Basic). A plain
 * start-to-end process is started the same way first, so the appraisal's own cost shows as a ratio;
 * last, a plain user task per employee is started and completed the same way, the engine's floor
 * for a completion.
 *
 * <p>Not a test (see {@code CycleBenchmarkTest} for the small run): {@code bash src/bench/cycle.sh 40000}.
 */
public final class CycleBenchmark {

  static final int TAHUN = 2030;
  static final String AGENCY = "PEMKAB-GENERATED";
  static final String EMPTY_PROCESS = "bench-kosong";
  static final String PLAIN_TASK_PROCESS = "bench-tugas-kosong";
  static final String BENCH_PASSWORD = "Benchmark-Sandi-1";
  private static final String SKP = """
      [{"jenis":"UTAMA","uraian":"Meningkatnya ketepatan waktu layanan administrasi unit",
        "rhkAtasanUraian":"Meningkatnya kualitas pelayanan publik perangkat daerah",
        "indikator":[{"uraian":"Persentase layanan selesai sesuai standar waktu","aspek":"KUANTITAS","target":"95%"},
                     {"uraian":"Nilai survei kepuasan layanan unit","aspek":"KUALITAS","target":"minimal 3,2 dari 4"}]},
       {"jenis":"TAMBAHAN","uraian":"Tersusunnya bahan sosialisasi penilaian kinerja bagi pegawai baru",
        "rhkAtasanUraian":"Meningkatnya kompetensi aparatur",
        "indikator":[{"uraian":"Bahan sosialisasi yang selesai","aspek":"WAKTU","target":"Juni"}]}]
      """;

  /** What one run measured; also written as a Markdown table. */
  public record Report(int employees, int workers, int batchSize, double emptyStartsPerSecond,
      double openSeconds, double instancesPerSecond, long openFailures, Map<String, Long> authorizationsPerResource,
      double authorizationsPerInstance, long drafts, long reviews, long rejected, double draftSeconds,
      double completionSeconds, double completionsPerSecond, double draftCallsPerSecond, double reviewCallsPerSecond,
      Latency taskListJava, Latency taskListCandidateJava, Latency taskListHttp, Latency taskListUnderLoad,
      PlainTask plainTask, long peakHeapMiB, long gcCount, long gcMillis,
      long databaseBytes, long databaseBytesAfterImport, Map<String, Long> rowsAtEnd, String loadBefore,
      String loadAfter, Path file, double warmEmptyStartsPerSecond, long appraisalBytes,
      Map<String, Long> appraisalEngineRows) {}

  /**
   * The plain user task: started per second, and completed per second by the same workers, in three
   * ways taken in turns: as the drafts are (the user's task query, then the completion), the
   * completion alone (the task's id already known, as from the list Tasklist shows), and the
   * completion alone with the engine's authorization checks off (a yardstick only).
   */
  public record PlainTask(double startsPerSecond, double completionsPerSecond, double completionOnlyPerSecond,
      double withoutAuthorizationPerSecond) {}

  public record Latency(int samples, double p50, double p95, double p99, double max) {
    static Latency of(List<Double> millis) {
      List<Double> sorted = new ArrayList<>(millis);
      Collections.sort(sorted);
      if (sorted.isEmpty()) {
        return new Latency(0, 0, 0, 0, 0);
      }
      return new Latency(sorted.size(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.get(sorted.size() - 1));
    }

    private static double pct(List<Double> sorted, int p) {
      int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
      return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (%d samples)", p50, p95, p99, max, samples);
    }
  }

  private final ApplicationContext app;
  private final int workers;
  private final JdbcClient jdbc;
  private final IdentityService identity;
  private final TaskService tasks;
  private final ObjectMapper json = new ObjectMapper();
  private final String baseUrl;
  private final HeapWatch heap = new HeapWatch();
  /** Worker time spent inside {@code TaskService.complete} in the current phase. */
  private final LongAdder completeNanos = new LongAdder();

  private CycleBenchmark(ApplicationContext app, int workers, String baseUrl) {
    this.app = app;
    this.workers = workers;
    this.baseUrl = baseUrl;
    this.jdbc = app.getBean(JdbcClient.class);
    this.identity = app.getBean(IdentityService.class);
    this.tasks = app.getBean(TaskService.class);
  }

  public static void main(String[] args) throws Exception {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
    int workers = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    String server = System.getenv(PostgresTestDatabase.URL_VARIABLE);
    try (PostgresTestDatabase database = PostgresTestDatabase.createOn(
        server == null || server.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/test?reWriteBatchedInserts=true" : server)) {
      Map<String, String> properties = new HashMap<>(database.springProperties());
      properties.putAll(applicationProperties());
      // system properties, because defaults given to the builder lose against application.yaml
      properties.forEach(System::setProperty);
      try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KinerjaApplication.class).run()) {
        String port = app.getEnvironment().getProperty("local.server.port");
        run(app, size, workers, "http://127.0.0.1:" + port, Path.of("target", "bench", "cycle-" + size + ".md"));
      }
    }
  }

  /** What the benchmark's application needs besides its database. */
  static Map<String, String> applicationProperties() {
    return Map.of(
        "server.port", "0",
        "kinerja.demo.enabled", "false",
        "kinerja.admin.id", "benchmark",
        "kinerja.admin.password", "benchmark-only",
        "kinerja.organisasi.penilai-kepala-instansi", "benchmark");
  }

  /** Runs the whole benchmark on a started application whose database holds no organisation yet. */
  public static Report run(ApplicationContext app, int size, int workers, String baseUrl, Path reportFile) throws Exception {
    // the test classpath holds the plain process tests' camunda.cfg.xml: without this, the REST API's
    // first request builds that second engine inside the measured application, during the reviews
    id.kinerja.support.CamundaWebapps.skipEngineDiscovery();
    return new CycleBenchmark(app, workers, baseUrl).run(size, reportFile);
  }

  private Report run(int size, Path reportFile) throws Exception {
    String loadBefore = loadAverage();
    heap.start();
    log("Generating and importing %d employees", size);
    String csv = OrganisationGenerator.generate(size, 42L);
    long t = System.nanoTime();
    app.getBean(OrganisationImport.class).importCsv(new StringReader(csv));
    log("Imported in %.1f s", seconds(t));
    long afterImport = databaseSize();
    Map<String, String> supervisorOf = new HashMap<>();
    jdbc.sql("SELECT nip, supervisor_nip FROM org_employee").query(rs -> {
      supervisorOf.put(rs.getString(1), rs.getString(2));
    });
    Set<String> appraisers = supervisorOf.values().stream().filter(v -> v != null).collect(Collectors.toSet());

    // the same batches and threads on a process with nothing in it: the engine's own floor
    CycleOpening opening = app.getBean(CycleOpening.class);
    int batchSize = Integer.parseInt(app.getEnvironment().getProperty("kinerja.siklus.ukuran-batch", "25"));
    int openers = Integer.parseInt(app.getEnvironment().getProperty("kinerja.siklus.pekerja", "2"));
    double emptyRate = emptyProcessStarts(new ArrayList<>(supervisorOf.keySet()), batchSize, openers, "-kosong");
    log("Empty process: %.0f starts/s", emptyRate);

    Map<String, Long> authorizationsBefore = authorizationsPerResource();
    long beforeOpening = databaseSize();
    t = System.nanoTime();
    CycleOpening.Progress progress = opening.open(AGENCY, id.kinerja.kernel.Tahun.of(TAHUN), "benchmark");
    try (AutoCloseable autovacuum = autoanalyze()) {
      while (!progress.selesai()) {
        Thread.sleep(1000); // as often as BKPSDM's page could sensibly ask
        progress = opening.progress(progress.id()).orElseThrow();
      }
    }
    double openSeconds = seconds(t);
    long instances = progress.sudahDibuka();
    log("Opened %d instances in %.1f s (%.0f/s), %d failed", instances, openSeconds, instances / openSeconds, progress.gagal());
    // the floor again, right after the opening: the first one ran on a JVM not yet warm (its rows
    // and bytes are left out of the appraisal's below)
    long afterOpening = databaseSize();
    double warmEmptyRate = emptyProcessStarts(new ArrayList<>(supervisorOf.keySet()), batchSize, openers, "-kosong-2");
    long afterWarmFloor = databaseSize();
    log("Empty process right after the opening: %.0f starts/s (the opening %.1fx its cost; %.1fx the first floor's)",
        warmEmptyRate, warmEmptyRate / (instances / openSeconds), emptyRate / (instances / openSeconds));
    if (Boolean.getBoolean("kinerja.bench.buka-saja")) {
      log("Only the opening measured (-Dkinerja.bench.buka-saja=true)");
      return null;
    }
    Map<String, Long> authorizations = new TreeMap<>();
    authorizationsPerResource().forEach((resource, count) -> {
      long added = count - authorizationsBefore.getOrDefault(resource, 0L);
      if (added != 0) {
        authorizations.put(resource, added);
      }
    });
    long newAuthorizations = authorizations.values().stream().mapToLong(Long::longValue).sum();

    analyze();
    // SKP drafts, deepest level first: nobody's appraiser has an SKP yet when they draft, as the
    // draft tasks (created at opening) offer no RHK to link to
    AtomicLong rejected = new AtomicLong();
    List<Double> underLoad = Collections.synchronizedList(new ArrayList<>());
    Map<Integer, List<String>> byLevel = new TreeMap<>(Collections.reverseOrder());
    supervisorOf.keySet().forEach(nip -> byLevel.computeIfAbsent(level(nip, supervisorOf), k -> new ArrayList<>()).add(nip));
    t = System.nanoTime();
    completeNanos.reset();
    AtomicLong drafts = new AtomicLong();
    try (AutoCloseable autovacuum = autoanalyze()) {
      for (List<String> level : byLevel.values()) {
        parallel(level, nip -> {
          if (submitDraft(nip, appraisers.contains(nip), rejected)) {
            drafts.incrementAndGet();
          }
        });
      }
    }
    double draftSeconds = seconds(t);
    double draftCalls = callsPerSecond(drafts.get());
    log("%d drafts in %.1f s (%.0f/s; the completion calls alone %.0f/s)", drafts.get(), draftSeconds,
        drafts.get() / draftSeconds, draftCalls);

    analyze();
    // task lists with every review waiting: Java API as Tasklist queries, then HTTP as a REST client
    List<String> sample = new ArrayList<>(appraisers);
    Collections.sort(sample);
    Collections.shuffle(sample, new Random(7));
    sample = sample.subList(0, Math.min(sample.size(), 500));
    Latency javaAssignee = taskListJava(sample, false);
    Latency javaCandidate = taskListJava(sample, true);
    log("Task list (Java, assignee): %s", javaAssignee);
    log("Task list (Java, candidate or assignee): %s", javaCandidate);
    Latency http = taskListHttp(sample);
    log("Task list (HTTP): %s", http);

    // reviews: each appraiser opens the task list and approves what is there
    long t2 = System.nanoTime();
    completeNanos.reset();
    AtomicLong reviews = new AtomicLong();
    try (AutoCloseable autovacuum = autoanalyze()) {
      parallel(new ArrayList<>(appraisers), appraiser -> reviews.addAndGet(approveAll(appraiser, underLoad)));
    }
    double reviewSeconds = seconds(t2);
    double completionSeconds = draftSeconds + reviewSeconds;
    long completions = drafts.get() + reviews.get();
    double reviewCalls = callsPerSecond(reviews.get());
    log("%d reviews in %.1f s (%.0f/s; the completion calls alone %.0f/s)", reviews.get(), reviewSeconds,
        reviews.get() / reviewSeconds, reviewCalls);

    heap.stop();
    long databaseBytes = databaseSize();
    Map<String, Long> rowsAtEnd = rowsPerTable();
    // what the appraisal itself wrote: the engine's rows without the benchmark's empty process, and the
    // database's growth from the opening to the end of SKP planning without the second floor's
    long appraisalBytes = (afterOpening - beforeOpening) + (databaseBytes - afterWarmFloor);
    Map<String, Long> appraisalEngineRows = appraisalEngineRows(rowsAtEnd);

    // the engine's floor for a completion, on the database as it is now: one user task per employee,
    // completed by the same workers as the same users with the draft's variable
    PlainTask plainTask = plainTaskCompletions(new ArrayList<>(supervisorOf.keySet()), batchSize, openers);
    log("Plain user task: %.0f starts/s, %.0f completions/s (query and completion), %.0f/s (completion alone),"
        + " %.0f/s (completion alone, authorization off)", plainTask.startsPerSecond(), plainTask.completionsPerSecond(),
        plainTask.completionOnlyPerSecond(), plainTask.withoutAuthorizationPerSecond());

    Report report = new Report(size, workers, batchSize, emptyRate, openSeconds, instances / openSeconds, progress.gagal(),
        authorizations, (double) newAuthorizations / Math.max(1, instances), drafts.get(), reviews.get(), rejected.get(),
        draftSeconds, completionSeconds, completions / completionSeconds, draftCalls, reviewCalls, javaAssignee, javaCandidate, http, Latency.of(underLoad),
        plainTask, heap.peakMiB(), heap.gcCount(), heap.gcMillis(), databaseBytes, afterImport, rowsAtEnd, loadBefore,
        loadAverage(), reportFile, warmEmptyRate, appraisalBytes, appraisalEngineRows);
    write(report, openers);
    return report;
  }

  // ---- the plain process

  private double emptyProcessStarts(List<String> keys, int batchSize, int threads, String keySuffix) throws Exception {
    RepositoryService repository = app.getBean(RepositoryService.class);
    if (repository.createProcessDefinitionQuery().processDefinitionKey(EMPTY_PROCESS).count() == 0) {
      deploy(Bpmn.createExecutableProcess(EMPTY_PROCESS)
          .camundaHistoryTimeToLive(1).startEvent("StartEvent_Mulai").endEvent("EndEvent_Selesai").done());
    }
    RuntimeService runtime = app.getBean(RuntimeService.class);
    return startInBatches(keys, batchSize, threads, key ->
        runtime.createProcessInstanceByKey(EMPTY_PROCESS).businessKey(key + keySuffix).execute());
  }

  /**
   * The engine's rows per table without those of the benchmark's empty process (its instances' and
   * activities' history; it writes nothing else) and without the engine's users and groups (the
   * organisation import's): what the appraisal and the engine under it keep.
   */
  private Map<String, Long> appraisalEngineRows(Map<String, Long> rowsAtEnd) {
    Map<String, Long> rows = new LinkedHashMap<>();
    rowsAtEnd.forEach((table, count) -> {
      if (table.startsWith("act_") && !table.startsWith("act_id_")) {
        rows.put(table, count);
      }
    });
    for (String table : List.of("act_hi_procinst", "act_hi_actinst")) {
      long empty = jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE proc_def_key_ = ?").param(EMPTY_PROCESS)
          .query(Long.class).single();
      rows.computeIfPresent(table, (k, v) -> v - empty);
    }
    return rows.entrySet().stream().filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }

  /**
   * Starts a process with one user task assigned to each employee, then lets the workers complete
   * every task as its assignee (task query, then completion with the draft's JSON variable): what a
   * draft costs the engine without the appraisal's model, rules and rows.
   */
  private PlainTask plainTaskCompletions(List<String> nips, int batchSize, int threads) throws Exception {
    deploy(Bpmn.createExecutableProcess(PLAIN_TASK_PROCESS)
        .camundaHistoryTimeToLive(1).startEvent("StartEvent_Mulai")
        .userTask("Task_Kerjakan").camundaAssignee("${pegawai}")
        .endEvent("EndEvent_Selesai").done());
    RuntimeService runtime = app.getBean(RuntimeService.class);
    double starts = startInBatches(nips, batchSize, threads, nip -> runtime.createProcessInstanceByKey(PLAIN_TASK_PROCESS)
        .businessKey(nip + "-tugas").setVariable("pegawai", nip).execute());
    analyze();
    Map<String, String> taskOf = new HashMap<>();
    tasks.createTaskQuery().processDefinitionKey(PLAIN_TASK_PROCESS).list()
        .forEach(task -> taskOf.put(task.getAssignee(), task.getId()));
    ProcessEngineConfiguration configuration = app.getBean(ProcessEngine.class).getProcessEngineConfiguration();
    // the three ways in turns, three rounds, so a change of the machine's speed meets all of them alike
    int blocks = 9;
    double[] seconds = new double[3];
    long[] completed = new long[3];
    for (int block = 0; block < blocks; block++) {
      int way = block % 3;
      List<String> mine = nips.subList(block * nips.size() / blocks, (block + 1) * nips.size() / blocks);
      configuration.setAuthorizationEnabled(way != 2);
      long t = System.nanoTime();
      try {
        parallel(mine, nip -> {
          asUser(nip, false);
          try {
            String taskId = way == 0
                ? tasks.createTaskQuery().taskAssignee(nip).processDefinitionKey(PLAIN_TASK_PROCESS).singleResult().getId()
                : taskOf.get(nip);
            tasks.complete(taskId, Map.of(AppraisalProcess.RHK.name(), SpinValues.jsonValue(SKP).create()));
          } finally {
            identity.clearAuthentication();
          }
        });
      } finally {
        configuration.setAuthorizationEnabled(true);
      }
      seconds[way] += seconds(t);
      completed[way] += mine.size();
    }
    return new PlainTask(starts, completed[0] / seconds[0], completed[1] / seconds[1], completed[2] / seconds[2]);
  }

  /** Deploys one of the benchmark's own processes (named after the process id). */
  private void deploy(BpmnModelInstance model) {
    String key = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).iterator().next().getId();
    app.getBean(RepositoryService.class).createDeployment().name("benchmark").addModelInstance(key + ".bpmn", model).deploy();
  }

  private double startInBatches(List<String> keys, int batchSize, int threads, Consumer<String> start) throws Exception {
    TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
    List<List<String>> batches = new ArrayList<>();
    for (int i = 0; i < keys.size(); i += batchSize) {
      batches.add(keys.subList(i, Math.min(keys.size(), i + batchSize)));
    }
    long t = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (List<String> batch : batches) {
        done.add(pool.submit(() -> transaction.executeWithoutResult(status -> batch.forEach(start))));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return keys.size() / seconds(t);
  }

  // ---- the employee and the appraiser, as the REST API would have them

  private boolean submitDraft(String nip, boolean isAppraiser, AtomicLong rejected) {
    asUser(nip, isAppraiser);
    try {
      Task task = tasks.createTaskQuery().taskAssignee(nip).taskDefinitionKey(AppraisalProcess.Elements.TASK_DRAFT_SKP)
          .processInstanceBusinessKey(AppraisalProcess.businessKey(nip, TAHUN)).singleResult();
      if (task == null) {
        return false;
      }
      long t = System.nanoTime();
      tasks.complete(task.getId(), Map.of(AppraisalProcess.RHK.name(), SpinValues.jsonValue(SKP).create()));
      completeNanos.add(System.nanoTime() - t);
      return true;
    } catch (SubmissionRejectedException e) {
      rejected.incrementAndGet();
      throw new IllegalStateException("Draft of " + nip + " refused: " + e.violations(), e);
    } finally {
      identity.clearAuthentication();
    }
  }

  private int approveAll(String appraiser, List<Double> listLatency) {
    asUser(appraiser, true);
    try {
      long t = System.nanoTime();
      List<Task> mine = tasks.createTaskQuery().taskAssignee(appraiser).orderByTaskCreateTime().desc().listPage(0, 50);
      listLatency.add(millis(t));
      int approved = 0;
      for (Task task : mine) {
        if (!AppraisalProcess.Elements.TASK_REVIEW_SKP.equals(task.getTaskDefinitionKey())) {
          continue;
        }
        try {
          long t2 = System.nanoTime();
          tasks.complete(task.getId(),
              Map.of(AppraisalProcess.KEPUTUSAN_REVIEW_SKP.name(), AppraisalProcess.Decisions.SKP_SETUJU));
          completeNanos.add(System.nanoTime() - t2);
        } catch (SubmissionRejectedException e) {
          throw new IllegalStateException("Review by " + appraiser + " refused: " + e.violations(), e);
        }
        approved++;
      }
      return approved;
    } finally {
      identity.clearAuthentication();
    }
  }

  private void asUser(String nip, boolean isAppraiser) {
    identity.setAuthentication(nip, isAppraiser ? List.of(Roles.ASN, Roles.PEJABAT_PENILAI) : List.of(Roles.ASN));
  }

  // ---- task lists

  private Latency taskListJava(List<String> sample, boolean candidate) {
    for (int round = 0; round < 2; round++) { // the first round warms up
      List<Double> latencies = new ArrayList<>();
      for (String appraiser : sample) {
        asUser(appraiser, true);
        try {
          long t = System.nanoTime();
          var query = tasks.createTaskQuery();
          if (candidate) {
            query.or().taskAssignee(appraiser).taskCandidateUser(appraiser).endOr();
          } else {
            query.taskAssignee(appraiser);
          }
          query.orderByTaskCreateTime().desc().listPage(0, 15);
          query.count();
          latencies.add(millis(t));
        } finally {
          identity.clearAuthentication();
        }
      }
      if (round == 1) {
        return Latency.of(latencies);
      }
    }
    throw new AssertionError();
  }

  private Latency taskListHttp(List<String> sample) throws Exception {
    // the sampled appraisers get a password of their own (the import's initial ones must be changed first)
    for (String appraiser : sample) {
      User user = identity.createUserQuery().userId(appraiser).singleResult();
      user.setPassword(BENCH_PASSWORD);
      identity.saveUser(user);
    }
    jdbc.sql("UPDATE employee_account SET must_change_password = FALSE WHERE nip IN (:nips)").param("nips", sample).update();
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    List<Double> latencies = new ArrayList<>();
    for (int round = 0; round < 2; round++) {
      latencies.clear();
      for (String appraiser : sample) {
        String basic = Base64.getEncoder().encodeToString((appraiser + ":" + BENCH_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/engine-rest/task?assignee=" + appraiser
                + "&sortBy=created&sortOrder=desc&firstResult=0&maxResults=15"))
            .header("Authorization", "Basic " + basic).header("Accept", "application/json").GET().build();
        long t = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        latencies.add(millis(t));
        if (response.statusCode() != 200 || !response.body().contains(AppraisalProcess.Elements.TASK_REVIEW_SKP)) {
          throw new IllegalStateException("GET /engine-rest/task as " + appraiser + ": " + response.statusCode() + " "
              + response.body().substring(0, Math.min(300, response.body().length())));
        }
      }
    }
    return Latency.of(latencies);
  }

  // ---- helpers

  private void parallel(List<String> items, Consumer<String> work) throws Exception {
    ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(items);
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    AtomicInteger failures = new AtomicInteger();
    List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < workers; i++) {
        running.add(pool.submit(() -> {
          for (String item = queue.poll(); item != null; item = queue.poll()) {
            try {
              work.accept(item);
            } catch (RuntimeException e) {
              if (failures.incrementAndGet() <= 5) {
                errors.add(e);
              }
            }
          }
        }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
    if (failures.get() > 0) {
      IllegalStateException e = new IllegalStateException(failures.get() + " task completions failed, first: " + errors.get(0));
      errors.forEach(e::addSuppressed);
      throw e;
    }
  }

  /**
   * Completions per second if the workers did nothing but the completion calls of this phase (their
   * time inside {@code TaskService.complete}, shared by the workers): the rate without the users'
   * task queries and the benchmark's own bookkeeping.
   */
  private double callsPerSecond(long completions) {
    return completions / (completeNanos.sum() / 1e9 / workers);
  }

  private static int level(String nip, Map<String, String> supervisorOf) {
    int level = 0;
    for (String boss = supervisorOf.get(nip); boss != null; boss = supervisorOf.get(boss)) {
      level++;
    }
    return level;
  }

  private Map<String, Long> authorizationsPerResource() {
    Map<String, Long> counts = new TreeMap<>();
    jdbc.sql("SELECT resource_type_, COUNT(*) FROM act_ru_authorization GROUP BY resource_type_").query(rs -> {
      counts.put(resourceName(rs.getInt(1)), rs.getLong(2));
    });
    return counts;
  }

  private static String resourceName(int type) {
    return Arrays.stream(org.camunda.bpm.engine.authorization.Resources.values()).filter(r -> r.resourceType() == type)
        .map(r -> r.resourceName()).findFirst().orElse(String.valueOf(type));
  }

  /**
   * Fresh planner statistics between the phases, as PostgreSQL's autovacuum keeps them in
   * production (within a minute of a bulk change); the development machine's PostgreSQL runs with
   * {@code autovacuum = off}, where every statement planned on the empty tables of the start kept
   * scanning whole tables at 40,000 employees. Only once the tables are filled (after the opening,
   * after the drafts): statistics taken of empty tables are worse than none. Not part of any timed
   * phase.
   */

  /**
   * While a phase runs, what autovacuum's launcher would do with its defaults: once a minute
   * (naptime), ANALYZE each table with more changes since its last analysis than 50 rows plus a
   * tenth of its rows (analyze threshold and scale factor). Without it, statements planned early in
   * a phase (while, e.g., {@code rhk} was empty) keep their plan for the whole phase on this
   * machine, which production never sees; with a whole-database ANALYZE instead, the benchmark
   * would pay for analysing the big history tables every minute, which production does not.
   */
  private AutoCloseable autoanalyze() {
    var timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "autoanalyze"));
    timer.scheduleWithFixedDelay(this::analyzeChangedTables, 60, 60, java.util.concurrent.TimeUnit.SECONDS);
    return timer::shutdownNow;
  }

  private void analyzeChangedTables() {
    String autovacuum = jdbc.sql("SHOW autovacuum").query(String.class).single();
    if ("on".equals(autovacuum)) {
      return;
    }
    long t = System.nanoTime();
    List<String> due = jdbc.sql("""
            SELECT quote_ident(schemaname) || '.' || quote_ident(relname) FROM pg_stat_user_tables
            WHERE n_mod_since_analyze > 50 + 0.1 * GREATEST(n_live_tup, 0)""")
        .query(String.class).list();
    due.forEach(table -> jdbc.sql("ANALYZE " + table).update());
    log("ANALYZE of %d changed tables during the phase (autovacuum is %s here) in %.1f s", due.size(), autovacuum,
        seconds(t));
  }

  private void analyze() {
    String autovacuum = jdbc.sql("SHOW autovacuum").query(String.class).single();
    if (!"on".equals(autovacuum)) {
      long t = System.nanoTime();
      jdbc.sql("ANALYZE").update();
      log("ANALYZE (autovacuum is %s here) in %.1f s", autovacuum, seconds(t));
    }
  }

  /** Exact row count of every table holding rows, largest first. */
  private Map<String, Long> rowsPerTable() {
    List<String> tables = jdbc.sql("""
        SELECT relname FROM pg_stat_user_tables WHERE schemaname = current_schema()""")
        .query(String.class).list();
    Map<String, Long> largestFirst = new LinkedHashMap<>();
    tables.stream().map(table -> Map.entry(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single()))
        .filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> largestFirst.put(e.getKey(), e.getValue()));
    return largestFirst;
  }

  private long databaseSize() {
    return jdbc.sql("SELECT pg_database_size(current_database())").query(Long.class).single();
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "?";
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static double millis(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e6;
  }

  private static void log(String format, Object... args) {
    System.out.printf("[cycle-bench] " + format + "%n", args);
  }

  private void write(Report r, int openers) throws IOException {
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("employees (N)", String.valueOf(r.employees()));
    rows.put("opening: batch size / parallel batches", r.batchSize() + " / " + openers);
    rows.put("plain start-to-end process, same batches", fmt("%.0f starts/s", r.emptyStartsPerSecond()));
    rows.put("open the year (N appraisal-cycle instances)", fmt("%.1f s = %.0f instances/s (%d failed)",
        r.openSeconds(), r.instancesPerSecond(), r.openFailures()));
    rows.put("plain start-to-end process again, right after the opening (warm JVM)", fmt("%.0f starts/s",
        r.warmEmptyStartsPerSecond()));
    rows.put("appraisal start vs plain start (first floor / floor after the opening)", fmt("%.1fx / %.1fx the cost",
        r.emptyStartsPerSecond() / r.instancesPerSecond(), r.warmEmptyStartsPerSecond() / r.instancesPerSecond()));
    rows.put("authorization rows per instance after opening", fmt("%.2f %s", r.authorizationsPerInstance(), r.authorizationsPerResource()));
    rows.put("task completions (" + r.workers() + " workers): drafts + reviews", fmt("%d + %d in %.1f s = %.0f/s",
        r.drafts(), r.reviews(), r.completionSeconds(), r.completionsPerSecond()));
    rows.put("drafts / reviews per second", fmt("%.0f / %.0f", r.drafts() / r.draftSeconds(),
        r.reviews() / (r.completionSeconds() - r.draftSeconds())));
    rows.put("drafts / reviews, the completion calls alone (workers' time inside TaskService.complete)",
        fmt("%.0f / %.0f per s", r.draftCallsPerSecond(), r.reviewCallsPerSecond()));
    rows.put("plain user task (start, then complete as the assignee with the draft's variable)", fmt(
        "%.0f starts/s, %.0f completions/s", r.plainTask().startsPerSecond(), r.plainTask().completionsPerSecond()));
    rows.put("plain user task, the completion call alone (task id known) / and authorization off", fmt(
        "%.0f / %.0f completions/s", r.plainTask().completionOnlyPerSecond(), r.plainTask().withoutAuthorizationPerSecond()));
    rows.put("appraisal completions vs plain completions", fmt("%.1fx slower",
        r.plainTask().completionsPerSecond() / r.completionsPerSecond()));
    rows.put("task list, Java API, assignee, authorization on", r.taskListJava().toString());
    rows.put("task list, Java API, assignee or candidate", r.taskListCandidateJava().toString());
    rows.put("task list, HTTP GET /engine-rest/task?assignee= (Basic)", r.taskListHttp().toString());
    rows.put("task list during the review load (" + r.workers() + " workers)", r.taskListUnderLoad().toString());
    rows.put("peak heap used / GC", fmt("%d MiB / %d collections, %d ms", r.peakHeapMiB(), r.gcCount(), r.gcMillis()));
    rows.put("database size after import", fmt("%.0f MiB", r.databaseBytesAfterImport() / 1048576.0));
    rows.put("database size at the end / per employee", fmt("%.0f MiB / %.1f KiB", r.databaseBytes() / 1048576.0,
        r.databaseBytes() / 1024.0 / r.employees()));
    List<Map.Entry<String, Long>> engineTables = r.rowsAtEnd().entrySet().stream()
        .filter(e -> e.getKey().startsWith("act_")).toList();
    rows.put("engine rows at the end per employee (largest tables)", fmt("%.1f: %s",
        engineTables.stream().mapToLong(Map.Entry::getValue).sum() / (double) r.employees(),
        engineTables.stream().limit(10).map(e -> fmt("%s %.1f", e.getKey(), (double) e.getValue() / r.employees()))
            .collect(Collectors.joining(", "))));
    rows.put("the appraisal's own after SKP planning, per employee: database growth from the opening on / engine rows",
        fmt("%.1f KiB / %.1f: %s", r.appraisalBytes() / 1024.0 / r.employees(),
            r.appraisalEngineRows().values().stream().mapToLong(Long::longValue).sum() / (double) r.employees(),
            r.appraisalEngineRows().entrySet().stream().filter(e -> e.getValue() * 20 >= r.employees())
                .map(e -> fmt("%s %.1f", e.getKey(), (double) e.getValue() / r.employees()))
                .collect(Collectors.joining(", "))));
    rows.put("load average before / after", r.loadBefore() + " / " + r.loadAfter());
    rows.put("processors", String.valueOf(Runtime.getRuntime().availableProcessors()));
    StringBuilder md = new StringBuilder("| measure | result |\n|---|---|\n");
    rows.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    Files.createDirectories(r.file().toAbsolutePath().getParent());
    Files.writeString(r.file(), md.toString());
    System.out.println();
    System.out.print(md);
    System.out.println("[cycle-bench] report written to " + r.file().toAbsolutePath());
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  /** Peak heap in use (sampled) and the collectors' totals since the start. */
  private static final class HeapWatch {
    private volatile boolean running;
    private volatile long peak;
    private long gcCountStart;
    private long gcMillisStart;
    private Thread thread;

    void start() {
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      gcCountStart = gcCount(0);
      gcMillisStart = gcMillis(0);
      running = true;
      thread = new Thread(() -> {
        while (running) {
          peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
          try {
            Thread.sleep(100);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "heap-watch");
      thread.setDaemon(true);
      thread.start();
    }

    void stop() {
      running = false;
    }

    /** Sampled every 100 ms (the pools' own peaks would add maxima of different moments). */
    long peakMiB() {
      return peak / 1048576;
    }

    long gcCount() {
      return gcCount(gcCountStart);
    }

    long gcMillis() {
      return gcMillis(gcMillisStart);
    }

    private static long gcCount(long since) {
      return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum() - since;
    }

    private static long gcMillis(long since) {
      return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum() - since;
    }
  }
}
