package id.kinerja.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.support.PostgresTestDatabase;
import id.kinerja.system.Waktu;
import java.time.LocalDateTime;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * BKPSDM's follow-up of an objection decision that left a unit outside its curve, written on the
 * real PostgreSQL through the service's own transaction attributes: the dashboards read in
 * read-only transactions, which PostgreSQL enforces, so the one write must not run in one.
 * Also proves view predikat_terkini (V740) migrates on PostgreSQL.
 */
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+",
    disabledReason = PostgresTestDatabase.SKIP_REASON)
class ObjectionFollowUpPostgresTest {

  private static PostgresTestDatabase database;
  private static DriverManagerDataSource dataSource;
  private static DashboardService dashboards;

  @BeforeAll
  static void migrate() {
    database = PostgresTestDatabase.create();
    dataSource = new DriverManagerDataSource(database.url(), database.user(), database.password());
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("kinerja_schema_history")
        .load().migrate();
    DashboardService target = new DashboardService(new DashboardRepository(dataSource), null, null, null, null,
        new Waktu("Asia/Jakarta"));
    // the service as Spring wires it: its @Transactional attributes on a transaction manager of the database
    ProxyFactory proxy = new ProxyFactory(target);
    proxy.setProxyTargetClass(true);
    proxy.addAdvice(new TransactionInterceptor(new DataSourceTransactionManager(dataSource),
        new AnnotationTransactionAttributeSource(false)));
    dashboards = (DashboardService) proxy.getProxy();
  }

  @AfterAll
  static void drop() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void bkpsdmFollowsUpAnObjectionOutsideTheCurve_theNoteIsStored_once() {
    JdbcClient jdbc = JdbcClient.create(dataSource);
    jdbc.sql("""
            INSERT INTO kalibrasi_keberatan (unit_code, tahun, nip, predikat_sebelum, predikat_sesudah, capaian,
                                             dalam_kurva, sebaran, diputus_oleh, dicatat_pada)
            VALUES ('BKPSDM', 2030, '198907232014032015', 'BUTUH_PERBAIKAN', 'BAIK', 'BAIK', FALSE, '-', 's', ?)""")
        .param(LocalDateTime.now()).update();
    long id = jdbc.sql("SELECT MAX(id) FROM kalibrasi_keberatan").query(Long.class).single();

    int tahun = dashboards.followUpObjection(id, "Sebaran dibahas dengan kepala unit", "198506152010012009",
        LocalDateTime.now()).value();

    assertThat(tahun).isEqualTo(2030);
    assertThat(jdbc.sql("SELECT catatan_tindak_lanjut FROM kalibrasi_keberatan WHERE id = ?").param(id)
        .query(String.class).single()).isEqualTo("Sebaran dibahas dengan kepala unit");
    assertThatThrownBy(() -> dashboards.followUpObjection(id, "Catatan kedua yang terlambat", "demo",
        LocalDateTime.now())).isInstanceOf(DashboardService.AlreadyFollowedUpException.class);
    assertThat(jdbc.sql("SELECT ditindaklanjuti_oleh FROM kalibrasi_keberatan WHERE id = ?").param(id)
        .query(String.class).single()).isEqualTo("198506152010012009");
  }

  @Test
  void theCurrentPredikatView_answersOnPostgres() {
    assertThat(JdbcClient.create(dataSource).sql("SELECT COUNT(*) FROM predikat_terkini").query(Long.class).single())
        .isZero();
  }
}
