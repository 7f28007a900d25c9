package id.kinerja.pegawai;

import id.kinerja.support.PostgresTestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link PegawaiSearchScenario} on PostgreSQL (its linguistic collation), in a database of its own. */
class PegawaiSearchPostgresTest {

  @Test
  void typedWordsFindExactlyTheEmployeesWithWordsBeginningWithThem_onPostgres() {
    String url = System.getenv(PostgresTestDatabase.URL_VARIABLE);
    Assumptions.assumeTrue(url != null && !url.isBlank(), PostgresTestDatabase.SKIP_REASON);
    try (PostgresTestDatabase database = PostgresTestDatabase.create()) {
      PegawaiSearchScenario.run(new DriverManagerDataSource(database.url(), database.user(), database.password()));
    }
  }
}
