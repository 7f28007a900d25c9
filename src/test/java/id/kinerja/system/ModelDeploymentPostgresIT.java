package id.kinerja.system;

import id.kinerja.support.PostgresTestDatabase;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The deployment scenarios on a real PostgreSQL server (a fresh database per scenario). */
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+",
    disabledReason = PostgresTestDatabase.SKIP_REASON)
class ModelDeploymentPostgresIT extends ModelDeploymentScenarios {

  private PostgresTestDatabase database;

  @BeforeEach
  void createDatabase() {
    database = PostgresTestDatabase.create();
  }

  @AfterEach
  void dropDatabase() {
    database.close();
  }

  @Override
  Map<String, Object> databaseProperties() {
    return Map.copyOf(database.springProperties());
  }
}
