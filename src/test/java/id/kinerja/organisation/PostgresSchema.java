package id.kinerja.organisation;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh schema on the PostgreSQL server named by KINERJA_TEST_PG_URL, so that test and benchmark
 * runs of several people on one server do not collide; dropped when closed.
 */
final class PostgresSchema implements AutoCloseable {

  static final String URL_VARIABLE = "KINERJA_TEST_PG_URL";
  static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

  private final String url = env(URL_VARIABLE, DEFAULT_URL);
  private final String user = env("KINERJA_TEST_PG_USER", "postgres");
  private final String password = env("KINERJA_TEST_PG_PASSWORD", "");
  private final String name;

  PostgresSchema(String prefix) {
    this.name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("CREATE SCHEMA " + name);
  }

  String name() {
    return name;
  }

  /** Spring properties pointing the application, Flyway and Camunda at this schema only. */
  Map<String, String> springProperties() {
    return Map.of(
        "spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name,
        "spring.datasource.username", user,
        "spring.datasource.password", password,
        // Camunda looks for its tables in this schema, not in whatever else the database holds
        "camunda.bpm.database.schema-name", name,
        "camunda.bpm.database.table-prefix", name + ".",
        "camunda.bpm.database.type", "postgres");
  }

  @Override
  public void close() {
    execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
  }

  private void execute(String statement) {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement sql = connection.createStatement()) {
      sql.execute(statement);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + url + ": " + e.getMessage(), e);
    }
  }

  private static String env(String variable, String fallback) {
    String value = System.getenv(variable);
    return value == null || value.isBlank() ? fallback : value;
  }
}
