package id.kinerja.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.configuration.CamundaProcessEngineConfiguration;
import org.springframework.stereotype.Component;

/**
 * Camunda creates or upgrades its schema while the engine is built, without a lock of its own:
 * two nodes started together on an empty PostgreSQL database would both try, and one would fail.
 * On PostgreSQL the engine build therefore runs under a cluster-wide advisory lock.
 */
@Component
class SchemaCreationLock implements CamundaProcessEngineConfiguration {

  private static final long LOCK_KEY = 0x4b494e45524a41L; // "KINERJA"

  private final DataSource dataSource;
  private Connection held;

  SchemaCreationLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    try {
      Connection connection = dataSource.getConnection();
      if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
        connection.close();
        return;
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("select pg_advisory_lock(" + LOCK_KEY + ")");
      }
      held = connection;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot take the schema lock: " + e.getMessage(), e);
    }
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    if (held == null) {
      return;
    }
    try (Connection connection = held; Statement statement = connection.createStatement()) {
      statement.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
    } catch (SQLException e) {
      // closing the connection releases a session-level advisory lock anyway
    } finally {
      held = null;
    }
  }
}
