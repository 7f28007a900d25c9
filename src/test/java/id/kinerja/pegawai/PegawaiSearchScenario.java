package id.kinerja.pegawai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The desk's search on a database of its own, built by the product's migrations: the word index's
 * prefix ranges find exactly the employees whose words begin with what was typed, in the order of
 * H2 (code points) and of PostgreSQL with a byte-wise (C) or a linguistic (ICU, Indonesian) collation.
 */
final class PegawaiSearchScenario {

  static final String RUDI = "198809092012121010";
  static final String RUDY = "199001012015031001";
  static final String DESY = "199202022016042002";
  static final String ZUL = "198503032010011003";
  static final String SITI = "197804042005012004";

  private PegawaiSearchScenario() {}

  static void run(DataSource dataSource, String... afterMigration) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("kinerja_schema_history")
        .baselineOnMigrate(true).baselineVersion("0").load().migrate();
    JdbcClient sql = JdbcClient.create(dataSource);
    for (String statement : afterMigration) {
      sql.sql(statement).update();
    }
    sql.sql("INSERT INTO org_agency (code, name) VALUES ('PEMKAB', 'Pemerintah Kabupaten Uji')").update();
    sql.sql("INSERT INTO org_position (name, kind) VALUES ('Analis SDM Aparatur Ahli Pertama', 'FUNGSIONAL'),"
        + " ('Perawat Ahli Muda', 'FUNGSIONAL'), ('Kepala Dinas', 'STRUKTURAL')").update();
    sql.sql("INSERT INTO org_unit (code, name, agency_code) VALUES ('BKPSDM', 'Badan Kepegawaian', 'PEMKAB'),"
        + " ('DINKES', 'Dinas Kesehatan', 'PEMKAB')").update();
    insert(sql, SITI, "dr. Siti Aisyah, M.Kes.", "Kepala Dinas", "DINKES", null, true);
    insert(sql, RUDI, "Rudi Hartono, S.Sos.", "Analis SDM Aparatur Ahli Pertama", "BKPSDM", null, true);
    insert(sql, RUDY, "Rudy Hartanto", "Perawat Ahli Muda", "DINKES", SITI, true);
    insert(sql, DESY, "Désy Ratnasari", "Perawat Ahli Muda", "DINKES", SITI, true);
    insert(sql, ZUL, "Zulkifli Zainuddin", "Perawat Ahli Muda", "DINKES", SITI, false);
    PegawaiIndeks indeks = new PegawaiIndeks(new JdbcTemplate(dataSource), new DataSourceTransactionManager(dataSource));
    indeks.reconcile();
    PegawaiRepository repository = new PegawaiRepository(sql);

    assertThat(nips(repository, "rud")).containsExactly(RUDI, RUDY);
    assertThat(nips(repository, "hart rud")).containsExactly(RUDY, RUDI);
    assertThat(nips(repository, "rudi hart")).containsExactly(RUDI);
    assertThat(nips(repository, "hartono")).containsExactly(RUDI);
    assertThat(nips(repository, "zu")).containsExactly(ZUL);
    assertThat(nips(repository, "zz")).isEmpty();
    assertThat(nips(repository, "desy")).as("without the diacritic").containsExactly(DESY);
    assertThat(nips(repository, "Désy")).containsExactly(DESY);
    assertThat(nips(repository, "19880909 201212 1 010")).as("the NIP as it is written").containsExactly(RUDI);
    assertThat(nips(repository, "1988")).containsExactly(RUDI);
    assertThat(nips(repository, "dinkes perawat")).containsExactlyInAnyOrder(RUDY, DESY, ZUL);
    assertThat(nips(repository, "kesehatan kepala")).containsExactly(SITI);
    assertThat(nips(repository, "tono")).as("words are matched from their beginning").isEmpty();
    assertThat(repository.search(PegawaiIndeks.words("zulk"), 20)).singleElement()
        .satisfies(hit -> assertThat(hit.aktif()).isFalse());

    // a change made behind the desk's back is found after the reconciliation, and only then
    sql.sql("UPDATE org_employee SET name = 'Rudi Wicaksono' WHERE nip = ?").param(RUDI).update();
    assertThat(nips(repository, "wicak")).isEmpty();
    indeks.reconcile();
    assertThat(nips(repository, "wicak")).containsExactly(RUDI);
    assertThat(nips(repository, "hartono")).isEmpty();
  }

  private static void insert(JdbcClient sql, String nip, String name, String position, String unit, String supervisor,
      boolean active) {
    sql.sql("INSERT INTO org_employee (nip, name, status, position_name, unit_code, supervisor_nip, active)"
            + " VALUES (?, ?, 'PNS', ?, ?, ?, ?)")
        .params(nip, name, position, unit, supervisor, active).update();
  }

  private static List<String> nips(PegawaiRepository repository, String typed) {
    return repository.search(PegawaiIndeks.words(typed), 20).stream().map(PegawaiRepository.Hit::nip).toList();
  }
}
