package id.kinerja.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.PostgresTestDatabase;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The notification table's statements on the real PostgreSQL (the product's migrations only): the
 * conditional insert with its typed NULLs, and claims of two "nodes" at the same moment.
 */
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+",
    disabledReason = PostgresTestDatabase.SKIP_REASON)
class NotificationRepositoryPostgresTest {

  private static PostgresTestDatabase database;
  private static NotificationRepository repository;

  @BeforeAll
  static void migrate() {
    database = PostgresTestDatabase.create();
    var dataSource = new DriverManagerDataSource(database.url(), database.user(), database.password());
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("kinerja_schema_history")
        .load().migrate();
    repository = new NotificationRepository(dataSource);
  }

  @AfterAll
  static void drop() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void anEventIsRecordedOnce_evenWithoutDueDateOrEmail() {
    assertThat(repository.record("TUGAS_BARU:t1:a", NotificationKind.TUGAS_BARU, "a", null, "t1", "judul", null, null, false)).isTrue();
    assertThat(repository.record("TUGAS_BARU:t1:a", NotificationKind.TUGAS_BARU, "a", null, "t1", "judul", null, null, false)).isFalse();
    assertThat(repository.existingKeys(List.of("TUGAS_BARU:t1:a", "x"))).containsExactly("TUGAS_BARU:t1:a");
    assertThat(repository.claim(false, "run-0")).as("no email: never claimed").isEmpty();
  }

  @Test
  void twoNodesClaimingAtOnce_getEachRowOnce() throws Exception {
    for (int i = 0; i < 200; i++) {
      repository.record("JATUH_TEMPO:t" + i + ":b", NotificationKind.JATUH_TEMPO, "b", "b@example.go.id", "t" + i,
          "judul " + i, "http://x/" + i, LocalDateTime.now().plusHours(3), true);
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    List<Future<List<NotificationRepository.Pending>>> runs = new ArrayList<>();
    for (int node = 0; node < 2; node++) {
      String token = "node-" + node;
      runs.add(nodes.submit(() -> {
        start.await();
        return repository.claim(true, token);
      }));
    }
    start.countDown();
    List<Long> claimed = new ArrayList<>();
    for (var run : runs) {
      run.get().forEach(p -> claimed.add(p.id()));
    }
    nodes.shutdown();

    assertThat(claimed).hasSize(200).doesNotHaveDuplicates();
    repository.markSent(claimed);
    assertThat(repository.claim(true, "later")).isEmpty();
  }

  @Test
  void aFailedSend_isRetried_thenGivenUp() {
    repository.record("ESKALASI:t9:c", NotificationKind.ESKALASI, "c", "c@example.go.id", "t9", "judul", null, null, true);
    var first = repository.claim(true, "r1");
    assertThat(first).singleElement().satisfies(p -> assertThat(p.recipient()).isEqualTo("c"));
    repository.markFailed(List.of(first.get(0).id()), "SMTP mati", 2);
    var second = repository.claim(true, "r2");
    assertThat(second).hasSize(1);
    repository.markFailed(List.of(second.get(0).id()), "SMTP mati", 2);
    assertThat(repository.claim(true, "r3")).as("given up after 2 attempts").isEmpty();
  }
}
