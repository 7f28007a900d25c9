package id.kinerja.system;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.spring.boot.starter.configuration.CamundaProcessEngineConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Two of the engine's statements that do not scale with an agency's year, found with
 * pg_stat_statements in the cycle benchmark (BENCHMARKS.md, issue 7):
 *
 * <ul>
 *   <li>Every command of a user with groups first asks for all group ids that appear in any grant
 *       ({@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}, no condition): a full scan of
 *       a table that holds a row per appraisal, per task and per historic task, so it took 2.4 ms
 *       at 2,000 employees and grows with every year; it was more than half of the database's time.
 *       Replaced by the same question restricted to {@code GROUP_ID_ IS NOT NULL} (the engine drops
 *       NULL ids in Java anyway; Camunda's own open issue camunda-bpm-platform#5485), on PostgreSQL
 *       asked as a walk over the engine's index on {@code GROUP_ID_}, one step per group: 0.8 ms
 *       instead of 61 ms with 300,000 grants.
 *   <li>Completing a task looks for its subtasks by {@code PARENT_TASK_ID_}, which has no index on
 *       PostgreSQL: an index is created if missing.
 * </ul>
 *
 * <p>The replacement goes through the engine's statement mapping of the persistence layer (the
 * same mechanism it uses for database-specific statements); if a later engine version no longer
 * offers it, the engine keeps its own statement and a warning is logged.
 */
@Component
class EngineQueryTuning implements CamundaProcessEngineConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EngineQueryTuning.class);
  static final String ENGINE_STATEMENT = "selectAuthorizedGroupIds";
  static final String OUR_STATEMENT = "kinerjaSelectAuthorizedGroupIds";
  static final String OUR_STATEMENT_POSTGRES = "kinerjaSelectAuthorizedGroupIdsPostgres";
  private static final String MAPPER = "id/kinerja/system/engine-queries.xml";
  static final String TASK_PARENT_INDEX = "KIN_IDX_TASK_PARENT";

  private final DataSource dataSource;

  EngineQueryTuning(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    try (InputStream mapper = getClass().getClassLoader().getResourceAsStream(MAPPER)) {
      Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
      if (!mybatis.hasStatement(OUR_STATEMENT)) {
        new XMLMapperBuilder(mapper, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
      }
      DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
      Map<String, String> mappings = sessions.getStatementMappings() == null
          ? new HashMap<>() : new HashMap<>(sessions.getStatementMappings());
      mappings.put(ENGINE_STATEMENT, "postgres".equals(configuration.getDatabaseType()) ? OUR_STATEMENT_POSTGRES : OUR_STATEMENT);
      sessions.setStatementMappings(mappings);
    } catch (IOException | RuntimeException e) {
      log.warn("Engine statement {} left as it is: {}", ENGINE_STATEMENT, e.toString());
    }
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE INDEX IF NOT EXISTS " + TASK_PARENT_INDEX + " ON ACT_RU_TASK (PARENT_TASK_ID_)");
    } catch (SQLException e) {
      // another node creating it at the same moment; it is there on the next start at the latest
      log.warn("Index {} not created: {}", TASK_PARENT_INDEX, e.getMessage());
    }
  }
}
