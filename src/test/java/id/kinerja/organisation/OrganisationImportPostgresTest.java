package id.kinerja.organisation;

import id.kinerja.support.SharedPostgresDatabase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * The import scenarios on a real PostgreSQL server (KINERJA_TEST_PG_URL), in the database the
 * PostgreSQL test classes share (every test rolls back), plus a larger generated organisation to
 * exercise the batches (its units are U00000 to U02999).
 */
@SharedPostgresDatabase
class OrganisationImportPostgresTest extends OrganisationImportScenarios {

  @Test
  void generatedOrganisation_importsOnceAndThenChangesNothing() {
    String csv = OrganisationGenerator.generate(3_000, 7L);

    ImportSummary first = organisationImport.importCsv(new StringReader(csv));
    ImportSummary second = organisationImport.importCsv(new StringReader(csv));

    assertThat(first.created()).isEqualTo(3_000);
    assertThat(first.initialPasswords()).hasSize(3_000);
    assertThat(second.changedNothing()).isTrue();
    assertThat(second.unchanged()).isEqualTo(3_000);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM org_employee WHERE unit_code ~ '^U[0-9]{5}$'", Integer.class))
        .isEqualTo(3_000);
  }
}
