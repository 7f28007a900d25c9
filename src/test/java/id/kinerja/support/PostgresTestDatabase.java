package id.kinerja.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh, empty PostgreSQL database for one test class, on the server named by
 * KINERJA_TEST_PG_URL (e.g. jdbc:postgresql://127.0.0.1:5432/test), dropped afterwards.
 * Tests that use it are skipped, with that reason shown, when the variable is not set. A Spring
 * test class gets one with {@link FreshPostgresDatabase}; tests that start the application as a
 * process of its own (crash, two nodes, outage) create theirs directly.
 */
public final class PostgresTestDatabase implements AutoCloseable {

  public static final String URL_VARIABLE = "KINERJA_TEST_PG_URL";
  public static final String SKIP_REASON = "KINERJA_TEST_PG_URL is not set: PostgreSQL tests skipped";

  private final String serverUrl;
  private final String user;
  private final String password;
  private final String name;

  private PostgresTestDatabase(String serverUrl, String user, String password, String name) {
    this.serverUrl = serverUrl;
    this.user = user;
    this.password = password;
    this.name = name;
  }

  public static PostgresTestDatabase create() {
    String url = System.getenv(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(SKIP_REASON);
    }
    return createOn(url);
  }

  /** On the given server (benchmarks run by hand default to the local one). */
  public static PostgresTestDatabase createOn(String url) {
    String user = envOr("KINERJA_TEST_PG_USER", "postgres");
    String password = envOr("KINERJA_TEST_PG_PASSWORD", "");
    String name = "kinerja_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
        .toLowerCase(Locale.ROOT);
    var db = new PostgresTestDatabase(url, user, password, name);
    db.execute("CREATE DATABASE " + name);
    return db;
  }

  public String url() {
    int slash = serverUrl.lastIndexOf('/');
    int query = serverUrl.indexOf('?', slash);
    return serverUrl.substring(0, slash + 1) + name + (query >= 0 ? serverUrl.substring(query) : "");
  }

  /** Spring properties pointing the application, Flyway and Camunda at this database. */
  public java.util.Map<String, String> springProperties() {
    return java.util.Map.of(
        "spring.datasource.url", url(),
        "spring.datasource.username", user,
        "spring.datasource.password", password);
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  @Override
  public void close() {
    execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
         Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + serverUrl + ": " + e.getMessage(), e);
    }
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }
}
