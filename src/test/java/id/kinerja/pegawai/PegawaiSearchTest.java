package id.kinerja.pegawai;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link PegawaiSearchScenario} on H2, the default database. */
class PegawaiSearchTest {

  @Test
  void typedWordsFindExactlyTheEmployeesWithWordsBeginningWithThem_onH2() {
    PegawaiSearchScenario.run(new DriverManagerDataSource(
        "jdbc:h2:mem:pegawai-search-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", ""));
  }
}
