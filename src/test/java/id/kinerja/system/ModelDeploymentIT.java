package id.kinerja.system;

import java.util.Map;

/** The deployment scenarios on the embedded default database (an H2 file per scenario). */
class ModelDeploymentIT extends ModelDeploymentScenarios {

  @Override
  Map<String, Object> databaseProperties() {
    return Map.of("spring.datasource.url", "jdbc:h2:file:" + models.resolve("db").toAbsolutePath());
  }
}
