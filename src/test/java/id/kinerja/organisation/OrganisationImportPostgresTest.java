package id.kinerja.organisation;

import id.kinerja.support.FreshPostgresDatabase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The import scenarios on a real PostgreSQL server (KINERJA_TEST_PG_URL), in a database of their own
 * that is dropped afterwards, plus a larger generated organisation to exercise the batches.
 */
@FreshPostgresDatabase
@DirtiesContext
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
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM org_employee WHERE unit_code LIKE 'U%'", Integer.class))
        .isEqualTo(3_000);
  }
}
