package id.kinerja.organisation;

import id.kinerja.support.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The import scenarios on a real PostgreSQL server (KINERJA_TEST_PG_URL), in a database of their own
 * that is dropped afterwards, plus a larger generated organisation to exercise the batches.
 */
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+",
    disabledReason = PostgresTestDatabase.SKIP_REASON)
@DirtiesContext
class OrganisationImportPostgresTest extends OrganisationImportScenarios {

  private static PostgresTestDatabase database;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    database = PostgresTestDatabase.create();
    database.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    // the database is dropped before the cached context closes: nothing left to report then
    registry.add("camunda.bpm.metrics.enabled", () -> "false");
  }

  @AfterAll
  static void dropDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void generatedOrganisation_importsOnceAndThenChangesNothing() {
    String csv = OrganisationGenerator.generate(3_000, 7L);

    ImportSummary first = organisationImport.importCsv(new StringReader(csv));
    ImportSummary second = organisationImport.importCsv(new StringReader(csv));

    assertThat(first.created()).isEqualTo(3_000);
    assertThat(first.initialPasswords()).hasSize(3_000);
    assertThat(second.changedNothing()).isTrue();
    assertThat(second.unchanged()).isEqualTo(3_000);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM org_employee WHERE unit_code LIKE 'U%'", Integer.class))
        .isEqualTo(3_000);
  }
}
