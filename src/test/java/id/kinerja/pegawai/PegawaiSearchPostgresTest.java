package id.kinerja.pegawai;

import id.kinerja.support.PostgresTestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@link PegawaiSearchScenario} on PostgreSQL, in a database of its own: with the server's collation
 * (C.UTF-8 on CI) and with the word index in the linguistic Indonesian ICU collation a server set up
 * with a language's locale would give it.
 */
class PegawaiSearchPostgresTest {

  @Test
  void typedWordsFindExactlyTheEmployeesWithWordsBeginningWithThem_onPostgres() {
    String url = System.getenv(PostgresTestDatabase.URL_VARIABLE);
    Assumptions.assumeTrue(url != null && !url.isBlank(), PostgresTestDatabase.SKIP_REASON);
    try (PostgresTestDatabase database = PostgresTestDatabase.create()) {
      PegawaiSearchScenario.run(new DriverManagerDataSource(database.url(), database.user(), database.password()));
    }
  }

  @Test
  void theSame_withALinguisticCollation() {
    String url = System.getenv(PostgresTestDatabase.URL_VARIABLE);
    Assumptions.assumeTrue(url != null && !url.isBlank(), PostgresTestDatabase.SKIP_REASON);
    try (PostgresTestDatabase database = PostgresTestDatabase.create()) {
      PegawaiSearchScenario.run(new DriverManagerDataSource(database.url(), database.user(), database.password()),
          "ALTER TABLE pegawai_kata ALTER COLUMN kata TYPE VARCHAR(200) COLLATE \"id-x-icu\"",
          "ALTER TABLE pegawai_kata ALTER COLUMN nama TYPE VARCHAR(200) COLLATE \"id-x-icu\"");
    }
  }
}
