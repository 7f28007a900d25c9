package id.kinerja.harian;

import id.kinerja.KinerjaApplication;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Kinerja harian at scale on PostgreSQL. Not a test: {@code bash src/bench/harian.sh [employees]
 * [api-inserts] [threads]}. Builds a fresh database (KINERJA_TEST_PG_URL, default
 * 127.0.0.1:5432/test), a generated organisation of N employees with an approved SKP (two RHK each)
 * for the current year, and every working day of the year so far with five activities per employee
 * (7.5 hours, written in SQL: about 250 working days x 5 = 1,250 rows per employee a full year).
 * Then measures, over HTTP with real logins: activities added through {@code POST
 * /api/kegiatan-harian} by {@code threads} concurrent users on the days still open, the employee's
 * month (page and JSON), the appraiser's team week (page and JSON), a unit's monthly recap (CSV),
 * and the table's bytes per row.
 */
public final class KegiatanHarianBenchmark {

  private static final int WARMUP = 5;
  private static final int RUNS = 40;

  private KegiatanHarianBenchmark() {}

  public static void main(String[] args) throws Exception {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int inserts = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    String server = System.getenv(PostgresTestDatabase.URL_VARIABLE);
    try (PostgresTestDatabase schema = PostgresTestDatabase.createOn(
        server == null || server.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/test?reWriteBatchedInserts=true" : server)) {
      Map<String, String> properties = new HashMap<>(schema.springProperties());
      properties.put("server.port", "0");
      properties.put("kinerja.demo.enabled", "false");
      properties.put("kinerja.admin.id", "benchmark");
      properties.put("kinerja.admin.password", "benchmark-only");
      properties.put("camunda.bpm.job-execution.enabled", "false");
      properties.put("spring.datasource.hikari.maximum-pool-size", String.valueOf(threads + 4));
      properties.forEach(System::setProperty);
      try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KinerjaApplication.class).run()) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        KegiatanHarianService service = app.getBean(KegiatanHarianService.class);
        JamKerjaStandar standar = app.getBean(JamKerjaStandar.class);
        LocalDate today = service.hariIni();
        int year = today.getYear();
        long t0 = System.nanoTime();
        loadOrganisation(jdbc, OrganisationGenerator.generate(size, 42L));
        jdbc.update("""
            INSERT INTO skp (nip, tahun, pejabat_penilai, atasan_pejabat_penilai, status)
            SELECT nip, ?, COALESCE(supervisor_nip, 'benchmark'), COALESCE(supervisor_nip, 'benchmark'), 'DISETUJUI' FROM org_employee""",
            year);
        jdbc.update("""
            INSERT INTO rhk (skp_id, urutan, jenis, uraian)
            SELECT id, n, CASE n WHEN 1 THEN 'UTAMA' ELSE 'TAMBAHAN' END,
                   CASE n WHEN 1 THEN 'Meningkatnya ketepatan waktu layanan administrasi unit'
                          ELSE 'Tersusunnya bahan sosialisasi penilaian kinerja' END
            FROM skp CROSS JOIN (VALUES (1), (2)) AS r(n) WHERE tahun = ?""", year);
        // every working day of the year before the days still open, five activities each
        LocalDate open = service.batasUbah();
        List<LocalDate> days = standar.antara(LocalDate.of(year, 1, 1), open.minusDays(1)).values().stream()
            .filter(JamKerjaStandar.Standar::hariKerja).map(JamKerjaStandar.Standar::tanggal).toList();
        jdbc.execute("CREATE TEMPORARY TABLE bench_hari (tanggal DATE)");
        jdbc.batchUpdate("INSERT INTO bench_hari VALUES (?)", days.stream().map(d -> new Object[] {d}).toList());
        long t1 = System.nanoTime();
        jdbc.update("""
            INSERT INTO kegiatan_harian (nip, tanggal, jam_mulai, jam_selesai, menit, rhk_id, uraian, keluaran)
            SELECT s.nip, h.tanggal, slot.mulai, slot.selesai, slot.menit, r.id,
                   'Kegiatan ' || slot.n || ': verifikasi berkas dan layanan konsultasi kepegawaian unit',
                   CASE WHEN slot.n = 5 THEN 'Laporan harian' END
            FROM skp s JOIN rhk r ON r.skp_id = s.id AND r.urutan = 1
            CROSS JOIN bench_hari h
            CROSS JOIN (VALUES (1, TIME '08:00', TIME '09:30', 90), (2, TIME '09:30', TIME '11:00', 90),
                               (3, TIME '11:00', TIME '12:00', 60), (4, TIME '13:00', TIME '14:30', 90),
                               (5, TIME '14:30', TIME '16:00', 90)) AS slot(n, mulai, selesai, menit)
            WHERE s.tahun = ?
            ORDER BY h.tanggal, s.nip""", year);
        jdbc.execute("ANALYZE");
        long rows = jdbc.queryForObject("SELECT COUNT(*) FROM kegiatan_harian", Long.class);
        System.out.printf("RESULT %d employees, %d working days (%s to %s), %d activities written in SQL in %.1f s (organisation %.1f s)%n",
            size, days.size(), days.get(0), days.get(days.size() - 1), rows, seconds(t1), (t1 - t0) / 1e9);
        bytesPerRow(jdbc);

        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        String appraiser = jdbc.queryForObject("""
            SELECT supervisor_nip FROM org_employee WHERE supervisor_nip IS NOT NULL
            GROUP BY supervisor_nip ORDER BY COUNT(*) DESC, supervisor_nip LIMIT 1""", String.class);
        int teamSize = jdbc.queryForObject("SELECT COUNT(*) FROM org_employee WHERE supervisor_nip = ?", Integer.class, appraiser);
        String member = jdbc.queryForObject("SELECT MIN(nip) FROM org_employee WHERE supervisor_nip = ?", String.class, appraiser);
        createLogin(app, appraiser, true);
        createLogin(app, member, false);
        HttpClient penilai = login(port, appraiser);
        HttpClient pegawai = login(port, member);
        YearMonth lastMonth = YearMonth.from(open.minusDays(1)).equals(YearMonth.from(today))
            ? YearMonth.from(today).minusMonths(1) : YearMonth.from(open.minusDays(1));
        LocalDate aDay = days.get(days.size() - 8);

        // inserts through the API: each thread its own employees, each on the days still open
        List<LocalDate> openDays = standar.antara(open, today).values().stream()
            .filter(JamKerjaStandar.Standar::hariKerja).map(JamKerjaStandar.Standar::tanggal).toList();
        // -Dharian.batch=N: N activities of a day saved in one request (POST /sekaligus), as a client that
        // saves the day does; 1 (the default) is one request per activity
        int batch = Math.max(1, Math.min(50, Integer.getInteger("harian.batch", 1)));
        int perEmployee = openDays.size() * (56 / batch * batch); // 15-minute slots 07:00-21:00
        int writers = Math.min(size - 2, (inserts + perEmployee - 1) / perEmployee);
        List<String> writerNips = jdbc.queryForList("SELECT nip FROM org_employee WHERE nip NOT IN (?, ?) ORDER BY nip LIMIT ?",
            String.class, appraiser, member, writers);
        Map<String, Long> rhkOf = new HashMap<>();
        jdbc.query("SELECT s.nip, r.id FROM skp s JOIN rhk r ON r.skp_id = s.id AND r.urutan = 2 WHERE s.tahun = ?",
            rs -> {
              rhkOf.put(rs.getString(1), rs.getLong(2));
            }, year);
        long tLogin = System.nanoTime();
        List<HttpClient> clients = new ArrayList<>();
        for (String nip : writerNips) {
          createLogin(app, nip, false);
          clients.add(login(port, nip));
        }
        System.out.printf("RESULT %d writers logged in in %.1f s; %d open days (%s to %s)%n", writerNips.size(), seconds(tLogin),
            openDays.size(), openDays.get(0), openDays.get(openDays.size() - 1));
        Map<String, Long> statsBefore = databaseWork(jdbc);
        CpuTime cpuBefore = CpuTime.now(jdbc);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[(inserts + batch - 1) / batch];
        AtomicInteger requests = new AtomicInteger();
        long t2 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          futures.add(pool.submit(() -> {
            for (int w = next.getAndIncrement(); w < writerNips.size(); w = next.getAndIncrement()) {
              String nip = writerNips.get(w);
              HttpClient client = clients.get(w);
              for (LocalDate d : openDays) {
                for (int slot = 0; slot + batch <= 56; slot += batch) {
                  int n = done.getAndAdd(batch);
                  if (n >= inserts) {
                    return null;
                  }
                  List<String> entries = new ArrayList<>();
                  for (int b = 0; b < batch; b++) {
                    int minutes = 7 * 60 + (slot + b) * 15;
                    entries.add(String.format("{\"tanggal\":\"%s\",\"mulai\":\"%02d:%02d\",\"selesai\":\"%02d:%02d\",\"rhkId\":%d,"
                        + "\"uraian\":\"Menelaah usulan mutasi pegawai dan menyiapkan konsep surat nomor %d\"}",
                        d, minutes / 60, minutes % 60, (minutes + 15) / 60, (minutes + 15) % 60, rhkOf.get(nip), n + b));
                  }
                  String body = batch == 1 ? entries.get(0) : "[" + String.join(",", entries) + "]";
                  long s = System.nanoTime();
                  HttpResponse<String> response = client.send(
                      HttpRequest.newBuilder(uri(port, batch == 1 ? "/api/kegiatan-harian" : "/api/kegiatan-harian/sekaligus"))
                      .header("Content-Type", "application/json").header("X-CSRF-TOKEN", xsrf(client))
                      .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                  latencies[requests.getAndIncrement()] = System.nanoTime() - s;
                  if (response.statusCode() != 201) {
                    throw new IllegalStateException("insert answered " + response.statusCode() + ": " + response.body());
                  }
                }
              }
            }
            return null;
          }));
        }
        for (Future<?> f : futures) {
          f.get();
        }
        pool.shutdown();
        double insertSeconds = seconds(t2);
        CpuTime cpu = CpuTime.now(jdbc).minus(cpuBefore);
        int sent = requests.get();
        int made = sent * batch;
        long[] sorted = Arrays.copyOf(latencies, sent);
        Arrays.sort(sorted);
        System.out.printf("RESULT API inserts: %d activities by %d users in %d requests of %d in %.1f s = %.0f activities/s;"
            + " latency per request p50 %.1f ms, p95 %.1f ms%n",
            made, threads, sent, batch, insertSeconds, made / insertSeconds, sorted[sent / 2] / 1e6, sorted[(int) (sent * 0.95)] / 1e6);
        System.out.printf("RESULT CPU per insert: %.2f ms in all = application (Tomcat threads) %.2f + benchmark clients %.2f"
            + " + rest of the JVM (GC, compiler, pool) %.2f + PostgreSQL backends of this database %.2f%n",
            cpu.total() / 1e6 / made, cpu.server() / 1e6 / made, cpu.client() / 1e6 / made, cpu.restOfJvm() / 1e6 / made,
            cpu.postgres() / 1e6 / made);
        Map<String, Long> statsAfter = databaseWork(jdbc);
        System.out.printf("RESULT per insert: %.2f commits, %.2f rollbacks, %.2f session rows updated, %.2f rows inserted (PostgreSQL's counters)%n",
            per(statsBefore, statsAfter, "commits", made), per(statsBefore, statsAfter, "rollbacks", made),
            per(statsBefore, statsAfter, "session_updates", made), per(statsBefore, statsAfter, "inserts", made));
        statsAfter.keySet().stream().filter(k -> k.startsWith("table ")).sorted()
            .filter(k -> statsBefore.containsKey(k) && per(statsBefore, statsAfter, k, made) > 0)
            .forEach(k -> System.out.printf("RESULT   %s per insert: %.2f%n", k, per(statsBefore, statsAfter, k, made)));
        if (Boolean.getBoolean("harian.insertsOnly")) {
          return; // when working on the write path: the reads below take minutes
        }

        measure(pegawai, port, "/kegiatan-harian?tampilan=bulan&tanggal=" + lastMonth.atDay(15));
        measure(pegawai, port, "/api/kegiatan-harian/hari?dari=" + lastMonth.atDay(1) + "&sampai=" + lastMonth.atEndOfMonth());
        measure(pegawai, port, "/kegiatan-harian?tanggal=" + aDay);
        System.out.printf("RESULT team of %d direct subordinates%n", teamSize);
        measure(penilai, port, "/kegiatan-harian/tim?tanggal=" + aDay);
        measure(penilai, port, "/api/kegiatan-harian/tim?tanggal=" + aDay);
        measure(penilai, port, "/kegiatan-harian/pegawai/" + member + "?tanggal=" + aDay);
        measure(pegawai, port, "/kegiatan-harian/rekap/" + lastMonth);

        String unit = jdbc.queryForObject("SELECT unit_code FROM org_employee GROUP BY unit_code ORDER BY COUNT(*) DESC LIMIT 1", String.class);
        int unitSize = jdbc.queryForObject("SELECT COUNT(*) FROM org_employee WHERE unit_code = ?", Integer.class, unit);
        // the recap's reach: BKPSDM asks per unit; move 1,000 employees into one unit to measure that size
        if (unitSize < 1000 && size >= 1000) {
          jdbc.update("UPDATE org_employee SET unit_code = ? WHERE nip IN (SELECT nip FROM org_employee WHERE unit_code <> ? ORDER BY nip LIMIT ?)",
              unit, unit, 1000 - unitSize);
          jdbc.execute("ANALYZE org_employee");
          unitSize = 1000;
        }
        HttpClient admin = login(port, "benchmark", "benchmark-only");
        System.out.printf("RESULT unit recap of %d employees%n", unitSize);
        measure(admin, port, "/api/kegiatan-harian/rekap?unit=" + unit + "&bulan=" + lastMonth + "&format=csv");
        bytesPerRow(jdbc);
      }
    }
  }

  private static void bytesPerRow(JdbcTemplate jdbc) {
    Map<String, Object> size = jdbc.queryForMap("""
        SELECT COUNT(*) AS n, pg_relation_size('kegiatan_harian') AS heap, pg_indexes_size('kegiatan_harian') AS idx,
               pg_total_relation_size('kegiatan_harian') AS total FROM kegiatan_harian""");
    long n = ((Number) size.get("n")).longValue();
    System.out.printf("RESULT kegiatan_harian: %d rows, table %d MB, indexes %d MB, total %d MB = %d bytes per row (%d table, %d indexes)%n",
        n, mb(size.get("heap")), mb(size.get("idx")), mb(size.get("total")), ((Number) size.get("total")).longValue() / n,
        ((Number) size.get("heap")).longValue() / n, ((Number) size.get("idx")).longValue() / n);
  }

  /**
   * PostgreSQL's own counters of this database: commits, rollbacks, rows inserted, and the session
   * rows updated (Spring Session's last-access writes). They are flushed by each backend at most
   * once a second, hence the pause.
   */
  private static Map<String, Long> databaseWork(JdbcTemplate jdbc) throws InterruptedException {
    Thread.sleep(2_000);
    jdbc.execute("SELECT pg_stat_clear_snapshot()");
    Map<String, Long> stats = new HashMap<>();
    jdbc.query("""
        SELECT xact_commit, xact_rollback, tup_inserted,
               (SELECT COALESCE(SUM(n_tup_upd), 0) FROM pg_stat_user_tables WHERE relname = 'spring_session')
        FROM pg_stat_database WHERE datname = current_database()""", rs -> {
          stats.put("commits", rs.getLong(1));
          stats.put("rollbacks", rs.getLong(2));
          stats.put("inserts", rs.getLong(3));
          stats.put("session_updates", rs.getLong(4));
        });
    jdbc.query("SELECT relname, n_tup_ins, n_tup_upd, n_tup_del FROM pg_stat_user_tables", rs -> {
      stats.put("table " + rs.getString(1) + " inserted", rs.getLong(2));
      stats.put("table " + rs.getString(1) + " updated", rs.getLong(3));
      stats.put("table " + rs.getString(1) + " deleted", rs.getLong(4));
    });
    return stats;
  }

  /**
   * CPU time spent, in nanoseconds: the JVM's (the application's request threads, the benchmark's
   * client threads and the rest) and PostgreSQL's backends serving this database (from /proc, so
   * only when the server runs on this machine; 0 otherwise). Unlike throughput, CPU time per insert
   * hardly depends on what else the machine is doing, so it compares builds on a loaded machine.
   */
  record CpuTime(long server, long client, long jvm, long postgres) {

    static CpuTime now(JdbcTemplate jdbc) {
      var threads = java.lang.management.ManagementFactory.getThreadMXBean();
      long server = 0;
      long client = 0;
      for (long id : threads.getAllThreadIds()) {
        var info = threads.getThreadInfo(id);
        long cpu = threads.getThreadCpuTime(id);
        if (info == null || cpu < 0) {
          continue;
        }
        if (info.getThreadName().startsWith("http-nio-")) {
          server += cpu;
        } else if (info.getThreadName().startsWith("pool-") || info.getThreadName().startsWith("HttpClient-")) {
          client += cpu;
        }
      }
      long jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
      long ticks = 0;
      for (Integer pid : jdbc.queryForList("SELECT pid FROM pg_stat_activity WHERE datname = current_database()", Integer.class)) {
        try {
          String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid.toString(), "stat"));
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
        } catch (java.io.IOException | RuntimeException e) {
          // not on this machine, or gone
        }
      }
      return new CpuTime(server, client, jvm, ticks * 10_000_000L); // USER_HZ 100
    }

    CpuTime minus(CpuTime before) {
      return new CpuTime(server - before.server, client - before.client, jvm - before.jvm, postgres - before.postgres);
    }

    long restOfJvm() {
      return jvm - server - client;
    }

    long total() {
      return jvm + postgres;
    }
  }

  private static double per(Map<String, Long> before, Map<String, Long> after, String key, int n) {
    return (after.get(key) - before.get(key)) / (double) n;
  }

  private static long mb(Object bytes) {
    return ((Number) bytes).longValue() / (1024 * 1024);
  }

  private static void loadOrganisation(JdbcTemplate jdbc, String csv) throws Exception {
    var records = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv)).getRecords();
    var first = records.get(0);
    jdbc.update("INSERT INTO org_agency (code, name) VALUES (?, ?)", first.get("instansi_kode"), first.get("instansi_nama"));
    java.util.Set<String> positions = new java.util.LinkedHashSet<>();
    Map<String, Object[]> units = new java.util.LinkedHashMap<>();
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

  private static void createLogin(ConfigurableApplicationContext app, String nip, boolean appraiser) {
    IdentityService identity = app.getBean(IdentityService.class);
    User user = identity.newUser(nip);
    user.setFirstName("Pegawai");
    user.setLastName("Benchmark");
    user.setPassword("benchmark-" + nip);
    identity.saveUser(user);
    identity.createMembership(nip, "asn");
    if (appraiser) {
      identity.createMembership(nip, "pejabat-penilai");
    }
  }

  private static HttpClient login(int port, String user) throws Exception {
    return login(port, user, "benchmark-" + user);
  }

  private static HttpClient login(int port, String user, String password) throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
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
    // the session's CSRF token, which the API's writes carry as a header (as a script on the page would)
    String own = client.send(HttpRequest.newBuilder(uri(port, "/kegiatan-harian")).build(), HttpResponse.BodyHandlers.ofString()).body();
    Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(own);
    if (token.find()) {
      TOKENS.put(client, token.group(1));
    }
    return client;
  }

  private static final Map<HttpClient, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

  private static String xsrf(HttpClient client) {
    return TOKENS.getOrDefault(client, "");
  }

  private static void measure(HttpClient client, int port, String path) throws Exception {
    long[] millis = new long[RUNS];
    int bytes = 0;
    for (int i = 0; i < WARMUP + RUNS; i++) {
      long start = System.nanoTime();
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(port, path)).build(), HttpResponse.BodyHandlers.ofString());
      long elapsed = (System.nanoTime() - start) / 1_000;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
      }
      if (i >= WARMUP) {
        millis[i - WARMUP] = elapsed;
      }
      bytes = response.body().length();
    }
    Arrays.sort(millis);
    System.out.printf("RESULT %-75s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%d KB, %d runs)%n", path,
        millis[RUNS / 2] / 1000.0, millis[(int) Math.ceil(RUNS * 0.95) - 1] / 1000.0, millis[RUNS - 1] / 1000.0,
        bytes / 1024, RUNS);
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
