package id.kinerja.dashboard;

import id.kinerja.KinerjaApplication;
import id.kinerja.appraisal.AppraisalCycleStarter;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.organisation.OrganisationGenerator;
import id.kinerja.support.PostgresTestDatabase;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads every dashboard page over HTTP against a realistic year and prints p50/p95/max. Not a test:
 * run it by hand, {@code bash src/bench/dashboard.sh [employees] [instances,instances,...] [threads]}.
 *
 * <p>Builds a fresh PostgreSQL database (KINERJA_TEST_PG_URL, default 127.0.0.1:5432/test), writes
 * a generated organisation straight into the organisation tables (the import with its 40,000
 * Camunda users is measured by ImportBenchmark; the dashboards need only the tables), fills the
 * product's tables for every employee (SKP, annual ratings for 60%, final predikat, objections,
 * each unit's capaian), then in stages opens the year for more and more employees with the real
 * appraisal process, moves a share of each stage on (SKP review, annual rating, result, objection,
 * penetapan, some finished) through Camunda's API, makes 10% of their open tasks overdue, and
 * measures every page after each stage.
 */
public final class DashboardBenchmark {

  private static final int TAHUN = 2030;
  private static final int WARMUP = 5;
  private static final int RUNS = 30;

  private DashboardBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--measure")) {
      measureExisting(args[1], args.length > 2 ? args[2] : null);
      return;
    }
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
    int[] instances = args.length > 1 ? Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray()
        : new int[] {size};
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    String server = System.getenv(PostgresTestDatabase.URL_VARIABLE);
    try (PostgresTestDatabase schema = PostgresTestDatabase.createOn(
        server == null || server.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/test?reWriteBatchedInserts=true" : server)) {
      Map<String, String> properties = new HashMap<>(schema.springProperties());
      properties.put("server.port", "0");
      properties.put("kinerja.demo.enabled", "false");
      properties.put("kinerja.admin.id", "benchmark");
      properties.put("kinerja.admin.password", "benchmark-only");
      properties.put("camunda.bpm.job-execution.enabled", "false");
      properties.put("spring.datasource.hikari.maximum-pool-size", String.valueOf(Math.max(10, threads + 4)));
      properties.forEach(System::setProperty);
      try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KinerjaApplication.class).run()) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        long t0 = System.nanoTime();
        loadOrganisation(jdbc, OrganisationGenerator.generate(size, 42L));
        // the agency head is appraised by an official outside the organisation
        jdbc.update("INSERT INTO org_setting (setting_name, setting_value) VALUES ('penilai-kepala-instansi', 'benchmark')");
        List<String> nips = jdbc.queryForList("SELECT nip FROM org_employee ORDER BY nip", String.class);
        fillProductTables(jdbc, nips);
        System.out.printf("RESULT organisation of %d employees and their product rows written in %.1f s%n", size, seconds(t0));
        Collections.shuffle(nips, new Random(7));

        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        String appraiser = jdbc.queryForObject("""
            SELECT supervisor_nip FROM org_employee WHERE supervisor_nip IS NOT NULL
            GROUP BY supervisor_nip ORDER BY COUNT(*) DESC, supervisor_nip LIMIT 1""", String.class);
        createLogin(app, appraiser, "benchmark-appraiser");
        HttpClient admin = login(port, "benchmark", "benchmark-only");
        HttpClient penilai = login(port, appraiser, "benchmark-appraiser");
        String root = jdbc.queryForObject("SELECT code FROM org_unit WHERE parent_code IS NULL ORDER BY code LIMIT 1", String.class);
        String deep = jdbc.queryForObject("""
            SELECT u.code FROM org_unit u JOIN org_unit p ON p.code = u.parent_code
            WHERE p.parent_code IS NOT NULL ORDER BY u.code LIMIT 1""", String.class);
        // the appraiser's own team is always among the opened years
        List<String> team = jdbc.queryForList("SELECT nip FROM org_employee WHERE supervisor_nip = ?", String.class, appraiser);
        nips.removeAll(team);
        nips.addAll(0, team);
        // Kinerja Saya of one of the appraiser's team (the first of them, whose year is opened first)
        String member = team.get(0);
        createLogin(app, member, "benchmark-employee");
        HttpClient pegawai = login(port, member, "benchmark-employee");

        int openedSoFar = 0;
        for (int stage : instances) {
          int target = Math.min(stage, nips.size());
          List<String> batch = nips.subList(openedSoFar, target);
          long t1 = System.nanoTime();
          Map<String, String> instanceOf = openYear(app, batch, threads);
          double openSeconds = seconds(t1);
          long t2 = System.nanoTime();
          moveSome(app, batch, instanceOf, threads);
          System.out.printf("RESULT stage: %d more years opened in %.1f s (%.0f ms each, %d threads), moved on in %.1f s%n",
              instanceOf.size(), openSeconds, openSeconds * 1000 * threads / Math.max(1, instanceOf.size()), threads, seconds(t2));
          openedSoFar = target;
          jdbc.execute("ANALYZE");
          System.out.printf("%nRESULT %d employees, %d units, %d appraisal instances running, %d open tasks, %d executions; %d processors%n",
              size, jdbc.queryForObject("SELECT COUNT(*) FROM org_unit", Long.class),
              jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE ID_ = PROC_INST_ID_", Long.class),
              jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK", Long.class),
              jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_EXECUTION", Long.class),
              Runtime.getRuntime().availableProcessors());
          System.out.printf("RESULT open tasks by key: %s%n", jdbc.queryForList(
              "SELECT TASK_DEF_KEY_, COUNT(*) AS n FROM ACT_RU_TASK GROUP BY TASK_DEF_KEY_ ORDER BY 1"));
          measure(admin, port, "/dasbor/bkpsdm?tahun=" + TAHUN);
          measure(admin, port, "/dasbor/bkpsdm?tahun=" + TAHUN + "&unit=" + deep);
          measure(admin, port, "/dasbor/bkpsdm/kurva?tahun=" + TAHUN);
          measure(admin, port, "/dasbor/bkpsdm/kurva?tahun=" + TAHUN + "&unit=" + root);
          measure(admin, port, "/dasbor/bkpsdm/beban-kerja?tahun=" + TAHUN);
          measure(admin, port, "/dasbor/bkpsdm/kemurahan?tahun=" + TAHUN);
          measure(penilai, port, "/dasbor/penilai?tahun=" + TAHUN);
          measure(penilai, port, "/tim-saya?tahun=" + TAHUN);
          measure(pegawai, port, "/kinerja-saya?tahun=" + TAHUN);
          measure(penilai, port, "/kinerja-saya?tahun=" + TAHUN);
        }
      }
    }
  }

  /**
   * Measures the pages again on a database an earlier run left behind (stopped with Ctrl-C, so it
   * was not dropped), e.g. after a change to the dashboards: {@code --measure jdbc-url [appraiser]}.
   * The appraiser's login must exist from that run.
   */
  private static void measureExisting(String url, String appraiser) throws Exception {
    Map<String, String> properties = new HashMap<>(Map.of("spring.datasource.url", url,
        "spring.datasource.username", System.getenv().getOrDefault("KINERJA_TEST_PG_USER", "postgres"),
        "spring.datasource.password", System.getenv().getOrDefault("KINERJA_TEST_PG_PASSWORD", ""),
        "server.port", "0", "kinerja.demo.enabled", "false", "kinerja.admin.id", "benchmark",
        "kinerja.admin.password", "benchmark-only", "camunda.bpm.job-execution.enabled", "false"));
    properties.forEach(System::setProperty);
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KinerjaApplication.class).run()) {
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      HttpClient admin = login(port, "benchmark", "benchmark-only");
      String root = jdbc.queryForObject("SELECT code FROM org_unit WHERE parent_code IS NULL ORDER BY code LIMIT 1", String.class);
      String deep = jdbc.queryForObject("""
          SELECT u.code FROM org_unit u JOIN org_unit p ON p.code = u.parent_code
          WHERE p.parent_code IS NOT NULL ORDER BY u.code LIMIT 1""", String.class);
      System.out.printf("%nRESULT %d appraisal instances running, %d open tasks; %d processors%n",
          jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE ID_ = PROC_INST_ID_", Long.class),
          jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK", Long.class), Runtime.getRuntime().availableProcessors());
      measure(admin, port, "/dasbor/bkpsdm?tahun=" + TAHUN);
      measure(admin, port, "/dasbor/bkpsdm?tahun=" + TAHUN + "&unit=" + deep);
      measure(admin, port, "/dasbor/bkpsdm/kurva?tahun=" + TAHUN);
      measure(admin, port, "/dasbor/bkpsdm/kurva?tahun=" + TAHUN + "&unit=" + root);
      measure(admin, port, "/dasbor/bkpsdm/beban-kerja?tahun=" + TAHUN);
      measure(admin, port, "/dasbor/bkpsdm/kemurahan?tahun=" + TAHUN);
      if (appraiser != null) {
        HttpClient penilai = login(port, appraiser, "benchmark-appraiser");
        measure(penilai, port, "/dasbor/penilai?tahun=" + TAHUN);
        measure(penilai, port, "/tim-saya?tahun=" + TAHUN);
        measure(penilai, port, "/kinerja-saya?tahun=" + TAHUN);
      }
    }
  }

  /** The generated file's rows straight into the organisation tables, in batches. */
  private static void loadOrganisation(JdbcTemplate jdbc, String csv) throws Exception {
    var records = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv)).getRecords();
    var first = records.get(0);
    jdbc.update("INSERT INTO org_agency (code, name) VALUES (?, ?)", first.get("instansi_kode"), first.get("instansi_nama"));
    java.util.Set<String> positions = new java.util.LinkedHashSet<>();
    java.util.Map<String, Object[]> units = new java.util.LinkedHashMap<>();
    List<Object[]> employees = new ArrayList<>();
    for (var r : records) {
      if (positions.add(r.get("jabatan"))) {
        jdbc.update("INSERT INTO org_position (name, kind) VALUES (?, ?)", r.get("jabatan"), r.get("jenis_jabatan"));
      }
      String unit = r.get("unit_kode");
      Object[] row = units.computeIfAbsent(unit, u -> new Object[] {u, r.get("unit_nama"), r.get("instansi_kode"),
          r.get("unit_induk_kode").isBlank() ? null : r.get("unit_induk_kode"), null, null});
      if ("Y".equals(r.get("kepala_unit"))) {
        row[4] = r.get("nip");
        row[5] = r.get("jabatan");
      }
      employees.add(new Object[] {r.get("nip"), r.get("nama"), r.get("status"), r.get("jabatan"), unit,
          r.get("email").isBlank() ? null : r.get("email"), r.get("nip_atasan").isBlank() ? null : r.get("nip_atasan")});
    }
    jdbc.batchUpdate("INSERT INTO org_unit (code, name, agency_code, parent_code, head_nip, head_position) VALUES (?, ?, ?, ?, ?, ?)",
        new ArrayList<>(units.values()));
    jdbc.batchUpdate("INSERT INTO org_employee (nip, name, status, position_name, unit_code, email, supervisor_nip) VALUES (?, ?, ?, ?, ?, ?, ?)",
        employees);
  }

  private static void createLogin(ConfigurableApplicationContext app, String nip, String password) {
    IdentityService identity = app.getBean(IdentityService.class);
    User user = identity.newUser(nip);
    user.setFirstName("Penilai");
    user.setLastName("Benchmark");
    user.setPassword(password);
    identity.saveUser(user);
    identity.createMembership(nip, "asn");
    identity.createMembership(nip, "pejabat-penilai");
  }

  private static Map<String, String> openYear(ConfigurableApplicationContext app, List<String> nips, int threads)
      throws Exception {
    AppraisalCycleStarter starter = app.getBean(AppraisalCycleStarter.class);
    Map<String, String> instanceOf = Collections.synchronizedMap(new HashMap<>());
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    for (String nip : nips) {
      futures.add(pool.submit(() -> {
        instanceOf.put(nip, starter.start(PenilaianTahunan.of(nip, TAHUN), Map.of()));
        int n = done.incrementAndGet();
        if (n % 2000 == 0) {
          System.out.printf("  %d years opened%n", n);
        }
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    return instanceOf;
  }

  /** Shares of the opened years moved on, as they would be late in the year. */
  private static void moveSome(ConfigurableApplicationContext app, List<String> nips, Map<String, String> instanceOf,
      int threads) throws Exception {
    RuntimeService runtime = app.getBean(RuntimeService.class);
    TaskService tasks = app.getBean(TaskService.class);
    String[] targets = {null, null, null, "Task_ReviewSkp", "Task_ReviewSkp", "Task_NilaiKinerjaTahunan",
        "Task_NilaiKinerjaTahunan", "Task_TerimaHasilPenilaian", "Task_PutuskanKeberatan", "Task_TetapkanHasil", "END"};
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < nips.size(); i++) {
      String target = targets[i % targets.length];
      String instance = instanceOf.get(nips.get(i));
      boolean overdue = i % 10 == 1;
      futures.add(pool.submit(() -> {
        if ("END".equals(target)) {
          runtime.deleteProcessInstance(instance, "benchmark: finished");
          return;
        }
        if (target != null) {
          runtime.createProcessInstanceModification(instance).startBeforeActivity(target)
              .cancelAllForActivity("Task_DraftSkp").execute();
        }
        if (overdue) {
          for (Task task : tasks.createTaskQuery().processInstanceId(instance).list()) {
            task.setDueDate(new Date(System.currentTimeMillis() - 3 * 86_400_000L));
            tasks.saveTask(task);
          }
        }
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
  }

  private static void fillProductTables(JdbcTemplate jdbc, List<String> nips) {
    Random random = new Random(11);
    String[] ratings = {"DI_ATAS", "SESUAI", "SESUAI", "SESUAI", "DI_BAWAH"};
    List<Object[]> skp = new ArrayList<>();
    Map<String, String> supervisor = new HashMap<>();
    jdbc.query("SELECT nip, supervisor_nip FROM org_employee", rs -> {
      supervisor.put(rs.getString(1), rs.getString(2));
    });
    for (String nip : nips) {
      String appraiser = supervisor.get(nip) == null ? "benchmark" : supervisor.get(nip);
      skp.add(new Object[] {nip, TAHUN, appraiser, appraiser});
    }
    // before any year is opened; opening one later updates its row (SkpService.openCycle)
    jdbc.batchUpdate("INSERT INTO skp (nip, tahun, pejabat_penilai, atasan_pejabat_penilai, status) VALUES (?, ?, ?, ?, 'DISETUJUI')", skp);
    List<Object[]> rated = new ArrayList<>();
    List<Object[]> finals = new ArrayList<>();
    List<Object[]> objections = new ArrayList<>();
    jdbc.query("SELECT id, nip, pejabat_penilai FROM skp WHERE tahun = " + TAHUN, rs -> {
      int i = random.nextInt(100);
      if (i < 60) { // 60% rated
        String hasil = ratings[random.nextInt(ratings.length)];
        String perilaku = ratings[random.nextInt(ratings.length)];
        String predikat = predikat(hasil, perilaku);
        rated.add(new Object[] {rs.getLong(1), rs.getString(3), hasil, perilaku, predikat});
        if (i < 25) {
          finals.add(new Object[] {rs.getLong(1), rs.getString(2), TAHUN, hasil, perilaku, predikat, rs.getString(3)});
        } else if (i < 28) {
          objections.add(new Object[] {rs.getLong(1)});
        }
      }
    });
    jdbc.batchUpdate("INSERT INTO penilaian (skp_id, jenis, penilai, hasil_kerja, perilaku_kerja, predikat) VALUES (?, 'TAHUNAN', ?, ?, ?, ?)", rated);
    jdbc.batchUpdate("""
        INSERT INTO predikat_kinerja (skp_id, nip, tahun, hasil_kerja, perilaku_kerja, predikat, melalui_keberatan, ditetapkan_oleh)
        VALUES (?, ?, ?, ?, ?, ?, FALSE, ?)""", finals);
    jdbc.batchUpdate("INSERT INTO keberatan (skp_id, alasan) VALUES (?, 'benchmark')", objections);
    String[] capaian = {"ISTIMEWA", "BAIK", "BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"};
    List<Object[]> units = new ArrayList<>();
    for (String code : jdbc.queryForList("SELECT code FROM org_unit", String.class)) {
      units.add(new Object[] {code, TAHUN, capaian[random.nextInt(capaian.length)], Timestamp.valueOf(LocalDateTime.now())});
    }
    jdbc.batchUpdate("INSERT INTO capaian_organisasi (unit_code, tahun, capaian, ditetapkan_oleh, ditetapkan_pada) VALUES (?, ?, ?, 'benchmark', ?)", units);
    System.out.printf("RESULT product tables: %d SKP, %d annual ratings, %d final, %d objections, %d unit results%n",
        skp.size(), rated.size(), finals.size(), objections.size(), units.size());
  }

  private static String predikat(String hasil, String perilaku) {
    if (hasil.equals("DI_BAWAH")) {
      return perilaku.equals("DI_BAWAH") ? "SANGAT_KURANG" : "BUTUH_PERBAIKAN";
    }
    if (perilaku.equals("DI_BAWAH")) {
      return "KURANG_MISCONDUCT";
    }
    return hasil.equals("DI_ATAS") && perilaku.equals("DI_ATAS") ? "SANGAT_BAIK" : "BAIK";
  }

  private static HttpClient login(int port, String user, String password) throws Exception {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    String page = client.send(HttpRequest.newBuilder(uri(port, "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
    Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
    if (!csrf.find()) {
      throw new IllegalStateException("no CSRF token on the login page");
    }
    String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(port, "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    String location = response.headers().firstValue("Location").orElse("");
    if (response.statusCode() != 302 || location.contains("error")) {
      throw new IllegalStateException("login of " + user + " failed: " + response.statusCode() + " " + location);
    }
    return client;
  }

  private static void measure(HttpClient client, int port, String path) throws Exception {
    long[] millis = new long[RUNS];
    int bytes = 0;
    for (int i = 0; i < WARMUP + RUNS; i++) {
      long start = System.nanoTime();
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(port, path)).build(), HttpResponse.BodyHandlers.ofString());
      long elapsed = (System.nanoTime() - start) / 1_000_000;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + response.statusCode());
      }
      if (i >= WARMUP) {
        millis[i - WARMUP] = elapsed;
      }
      bytes = response.body().length();
    }
    Arrays.sort(millis);
    System.out.printf("RESULT %-60s p50 %5d ms  p95 %5d ms  max %5d ms  (%d KB, %d runs)%n", path,
        millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1], millis[RUNS - 1], bytes / 1024, RUNS);
  }

  private static URI uri(int port, String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
