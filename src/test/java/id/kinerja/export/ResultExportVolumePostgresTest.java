package id.kinerja.export;

import id.kinerja.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** 40,000 employees exported from PostgreSQL, where only a transaction with a fetch size streams rows. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"kinerja.demo.enabled=false", "kinerja.admin.password=" + ResultExportVolumeScenario.ADMIN_PASSWORD})
@ActiveProfiles("test")
@DirtiesContext
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+",
    disabledReason = PostgresTestDatabase.SKIP_REASON)
class ResultExportVolumePostgresTest extends ResultExportVolumeScenario {

  private static PostgresTestDatabase database;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    database = PostgresTestDatabase.create();
    database.springProperties().forEach((key, value) -> registry.add(key, () -> value));
  }

  @AfterAll
  static void dropDatabase() {
    database.close();
  }
}
