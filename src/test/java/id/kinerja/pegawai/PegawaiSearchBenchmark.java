package id.kinerja.pegawai;

import id.kinerja.support.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The desk's search as the operator types, against 40,000 employees, on H2 (the default database)
 * and PostgreSQL: prints p50/p95/max per kind of query and over all. Not a test: run it by hand,
 * {@code bash src/bench/pegawai-search.sh [employees] [rounds]}.
 *
 * <p>Each database gets the product's schema from its Flyway migrations and a generated
 * organisation (one agency, 400 units, 40 positions, employees with Indonesian names and valid-looking
 * NIPs) written straight into the tables. Every query is one request of the page's script: the
 * text typed so far, from two letters on, split into words as {@link MejaPegawai#cari} does, asked
 * through {@link PegawaiRepository#search} with the page size of the desk. PostgreSQL:
 * KINERJA_TEST_PG_URL, default jdbc:postgresql://127.0.0.1:5432/test (a fresh database, dropped after).
 */
public final class PegawaiSearchBenchmark {

  private static final String[] FIRST = {"Agus", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gita", "Hadi", "Indah",
      "Joko", "Kartika", "Lina", "Made", "Nur", "Oki", "Putri", "Rudi", "Sri", "Tri", "Utami", "Wahyu", "Yuni",
      "Andi", "Bambang", "Dian", "Endang", "Fajar", "Hendra", "Ika", "Rina", "Siti", "Teguh", "Yanti", "Rizki"};
  private static final String[] LAST = {"Santoso", "Wijaya", "Saputra", "Lestari", "Hidayat", "Nugroho", "Pratama",
      "Susanti", "Rahmawati", "Kurniawan", "Setiawan", "Handayani", "Permata", "Gunawan", "Hartono", "Suryadi",
      "Purnamasari", "Wibowo", "Siregar", "Nasution", "Harahap", "Simanjuntak", "Sembiring", "Manurung", "Ginting"};
  private static final String[] TITLES = {"", "", ", S.Sos.", ", S.Kom.", ", S.E.", ", S.Pd.", ", S.H.", ", M.M.",
      ", A.Md.", ", S.Psi.", ", M.Si."};
  private static final String[] UNIT_KINDS = {"Dinas Pendidikan", "Dinas Kesehatan", "Dinas Perhubungan",
      "Dinas Sosial", "Badan Keuangan Daerah", "Dinas Pekerjaan Umum", "Kecamatan", "Puskesmas", "SD Negeri",
      "SMP Negeri"};
  private static final String[] POSITIONS = {"Analis SDM Aparatur", "Pranata Komputer", "Guru", "Perawat", "Bidan",
      "Dokter", "Penata Laporan Keuangan", "Pengadministrasi Perkantoran", "Pengelola Data", "Analis Kebijakan",
      "Arsiparis", "Auditor", "Pranata Keuangan", "Pengawas Sekolah", "Penyuluh Kesehatan", "Teknisi Jalan",
      "Operator Layanan", "Pengemudi", "Kepala Seksi", "Kepala Bidang"};

  private static final int WARMUP_ROUNDS = 2;

  private PegawaiSearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    int employees = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    System.out.printf(Locale.ROOT, "Search of %,d employees, %d rounds of %d queries each (typing %d texts)%n",
        employees, rounds, typed(queries(employees)).size(), queries(employees).size());

    DataSource h2 = pool("jdbc:h2:mem:pegawai-bench;DB_CLOSE_DELAY=-1", "sa", "");
    run("H2 2.x (in memory, as the tests; the default file database reads the same pages from its cache)", h2,
        employees, rounds);

    String server = System.getenv().getOrDefault(PostgresTestDatabase.URL_VARIABLE, "jdbc:postgresql://127.0.0.1:5432/test");
    try (PostgresTestDatabase database = PostgresTestDatabase.createOn(server)) {
      try (com.zaxxer.hikari.HikariDataSource pg = pool(database.url(), database.user(), database.password())) {
        run("PostgreSQL " + version(pg), pg, employees, rounds);
      }
    }
  }

  private static void run(String label, DataSource dataSource, int employees, int rounds) throws Exception {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("kinerja_schema_history")
        .baselineOnMigrate(true).baselineVersion("0").load().migrate();
    long filled = System.nanoTime();
    fill(dataSource, employees);
    if (label.startsWith("PostgreSQL")) {
      JdbcClient.create(dataSource).sql("ANALYZE").update();
    }
    System.out.printf(Locale.ROOT, "%n%s — %,d employees written in %.1f s%n", label, employees,
        (System.nanoTime() - filled) / 1e9);
    long indexed = System.nanoTime();
    new PegawaiIndeks(new org.springframework.jdbc.core.JdbcTemplate(dataSource),
        new org.springframework.jdbc.datasource.DataSourceTransactionManager(dataSource)).reconcile();
    if (label.startsWith("PostgreSQL")) {
      JdbcClient.create(dataSource).sql("ANALYZE").update();
    }
    System.out.printf(Locale.ROOT, "search index (%,d words) built in %.1f s%n",
        JdbcClient.create(dataSource).sql("SELECT COUNT(*) FROM pegawai_kata").query(Long.class).single(),
        (System.nanoTime() - indexed) / 1e9);
    PegawaiRepository repository = new PegawaiRepository(JdbcClient.create(dataSource));
    Map<String, List<String>> typed = typed(queries(employees));
    if (label.startsWith("PostgreSQL")) {
      // the plan of a one-word search: a range scan of the word index that stops after the page
      JdbcClient.create(dataSource).sql("EXPLAIN ANALYZE SELECT k.nip FROM pegawai_kata k WHERE k.kata >= 'siman'"
          + " AND k.kata < 'simao' ORDER BY k.kata, k.nama, k.nip FETCH FIRST 60 ROWS ONLY").query(String.class).list()
          .forEach(line -> System.out.println("  " + line));
    }
    for (int i = 0; i < WARMUP_ROUNDS; i++) {
      typed.values().forEach(texts -> texts.forEach(text -> search(repository, text)));
    }
    Map<String, List<Long>> byKind = new LinkedHashMap<>();
    List<Long> all = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, List<String>> kind : typed.entrySet()) {
        for (String text : kind.getValue()) {
          long start = System.nanoTime();
          search(repository, text);
          long micros = (System.nanoTime() - start) / 1000;
          byKind.computeIfAbsent(kind.getKey(), k -> new ArrayList<>()).add(micros);
          all.add(micros);
        }
      }
    }
    System.out.printf(Locale.ROOT, "%-34s %7s %8s %8s %8s%n", "query (as typed)", "n", "p50 ms", "p95 ms", "max ms");
    byKind.forEach((kind, times) -> print(kind, times));
    print("ALL", all);
  }

  private static int search(PegawaiRepository repository, String text) {
    List<String> words = PegawaiIndeks.words(text).stream().distinct().limit(6).toList();
    return repository.search(words, MejaPegawai.HASIL_MAKS + 1).size();
  }

  /** What the operator types, by kind; each is typed letter by letter from the second letter on. */
  private static Map<String, String> queries(int employees) {
    Map<String, String> queries = new LinkedHashMap<>();
    queries.put("first and last name", "rudi hartono");
    queries.put("a rare last name", "simanjuntak");
    queries.put("a common first name", "sri");
    queries.put("NIP (prefix)", nip(new Random(42), employees / 2).substring(0, 14));
    String nip = nip(new Random(42), employees / 3);
    queries.put("NIP as written, with spaces", nip.substring(0, 8) + " " + nip.substring(8, 14) + " "
        + nip.substring(14, 15) + " " + nip.substring(15));
    queries.put("unit", "dinas kesehatan 17");
    queries.put("position and name", "guru sri");
    queries.put("no match", "zzqxw");
    return queries;
  }

  private static Map<String, List<String>> typed(Map<String, String> queries) {
    Map<String, List<String>> typed = new LinkedHashMap<>();
    queries.forEach((kind, text) -> {
      List<String> prefixes = new ArrayList<>();
      for (int i = 2; i <= text.length(); i++) {
        if (text.charAt(i - 1) != ' ') {
          prefixes.add(text.substring(0, i));
        }
      }
      typed.put(kind, prefixes);
    });
    return typed;
  }

  private static void print(String kind, List<Long> micros) {
    List<Long> sorted = new ArrayList<>(micros);
    Collections.sort(sorted);
    System.out.printf(Locale.ROOT, "%-34s %7d %8.1f %8.1f %8.1f%n", kind, sorted.size(), percentile(sorted, 50) / 1000.0,
        percentile(sorted, 95) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0);
  }

  private static long percentile(List<Long> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  private static void fill(DataSource dataSource, int employees) throws SQLException {
    Random random = new Random(7);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO org_agency (code, name) VALUES (?, ?)")) {
        ps.setString(1, "PEMKAB-BENCH");
        ps.setString(2, "Pemerintah Kabupaten Contoh Besar");
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO org_position (name, kind) VALUES (?, ?)")) {
        for (String position : positions()) {
          ps.setString(1, position);
          ps.setString(2, position.startsWith("Kepala") ? "STRUKTURAL" : "FUNGSIONAL");
          ps.addBatch();
        }
        ps.executeBatch();
      }
      int units = 400;
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO org_unit (code, name, agency_code, parent_code) VALUES (?, ?, 'PEMKAB-BENCH', ?)")) {
        for (int u = 0; u < units; u++) {
          ps.setString(1, "U" + u);
          ps.setString(2, UNIT_KINDS[u % UNIT_KINDS.length] + " " + (u / UNIT_KINDS.length + 1));
          ps.setString(3, u == 0 ? null : "U0");
          ps.addBatch();
        }
        ps.executeBatch();
      }
      List<String> positions = positions();
      Set<String> nips = new HashSet<>();
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO org_employee (nip, name, status, position_name,"
          + " unit_code, email, supervisor_nip, active) VALUES (?, ?, ?, ?, ?, NULL, NULL, ?)")) {
        for (int e = 0; e < employees; e++) {
          String nip = nip(new Random(42), e);
          if (!nips.add(nip)) {
            continue;
          }
          ps.setString(1, nip);
          ps.setString(2, FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)]
              + (random.nextInt(3) == 0 ? " " + LAST[random.nextInt(LAST.length)] : "") + TITLES[random.nextInt(TITLES.length)]);
          ps.setString(3, random.nextInt(5) == 0 ? "PPPK" : "PNS");
          ps.setString(4, positions.get(random.nextInt(positions.size())));
          ps.setString(5, "U" + random.nextInt(units));
          ps.setBoolean(6, random.nextInt(50) != 0);
          ps.addBatch();
          if (e % 1000 == 999) {
            ps.executeBatch();
          }
        }
        ps.executeBatch();
      }
      c.commit();
    }
  }

  private static List<String> positions() {
    List<String> positions = new ArrayList<>();
    for (String p : POSITIONS) {
      positions.add(p + " Ahli Pertama");
      positions.add(p + " Ahli Muda");
    }
    return positions;
  }

  /** The e-th NIP: a real birth date, appointment month, sex and serial, different for every e. */
  private static String nip(Random ignored, int e) {
    int birthYear = 1965 + e % 35;
    int month = 1 + (e / 35) % 12;
    int day = 1 + (e / 420) % 28;
    int appointedYear = Math.min(2024, birthYear + 22 + e % 5);
    int serial = 1 + (e / 11_760) % 999;
    return String.format(Locale.ROOT, "%04d%02d%02d%04d%02d%d%03d", birthYear, month, day, appointedYear,
        1 + e % 12, 1 + e % 2, serial);
  }

  /** A connection pool as the application has (Hikari, Spring Boot's default). */
  private static com.zaxxer.hikari.HikariDataSource pool(String url, String user, String password) {
    com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource();
    pool.setJdbcUrl(url);
    pool.setUsername(user);
    pool.setPassword(password);
    pool.setMaximumPoolSize(4);
    return pool;
  }

  private static String version(DataSource dataSource) {
    String version = JdbcClient.create(dataSource).sql("SHOW server_version").query(String.class).single();
    return version.split(" ")[0];
  }
}
