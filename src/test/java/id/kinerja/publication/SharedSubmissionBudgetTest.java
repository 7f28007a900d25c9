package id.kinerja.publication;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.PostgresTestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The public submission budget is one per client across nodes: two budgets on one database stand
 * for two nodes. On H2 (the default installation) and, when it is configured, on PostgreSQL with
 * posts arriving at both nodes at the same moment.
 */
class SharedSubmissionBudgetTest {

  private static final PublicProperties.Bucket FIVE_THEN_ONE_EVERY_THREE_MINUTES = new PublicProperties.Bucket(5, 20);

  private final AtomicLong now = new AtomicLong(1_780_000_000_000L);

  @Test
  void twoNodes_shareOneBudgetPerClient_andItRefillsWithTime_onH2() throws Exception {
    DataSource database = database("jdbc:h2:mem:budget-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    SharedSubmissionBudget nodeA = budget(database);
    SharedSubmissionBudget nodeB = budget(database);

    assertThat(List.of(nodeA.tryTake("10.1.1.1"), nodeB.tryTake("10.1.1.1"), nodeA.tryTake("10.1.1.1"),
        nodeB.tryTake("10.1.1.1"), nodeA.tryTake("10.1.1.1"))).containsOnly(0L);
    // the sixth post, on either node, waits for the next token: 3 minutes at 20 an hour
    assertThat(nodeB.tryTake("10.1.1.1")).isBetween(179L, 180L);
    assertThat(nodeA.tryTake("10.1.1.1")).isBetween(179L, 180L);
    // another client has its own budget
    assertThat(nodeB.tryTake("10.2.2.2")).isZero();

    now.addAndGet(180_000);
    assertThat(nodeB.tryTake("10.1.1.1")).isZero();
    assertThat(nodeA.tryTake("10.1.1.1")).isPositive();

    // an hour later both buckets are full again and their rows can go
    now.addAndGet(3_600_000);
    assertThat(nodeA.forgetIdle()).isEqualTo(2);
    assertThat(nodeB.tryTake("10.1.1.1")).isZero();
  }

  @Test
  @EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+",
      disabledReason = PostgresTestDatabase.SKIP_REASON)
  void postsArrivingAtTwoNodesAtOnce_areGrantedExactlyTheBudget_onPostgres() throws Exception {
    try (PostgresTestDatabase postgres = PostgresTestDatabase.create()) {
      DataSource database = database(postgres.url(), postgres.user(), postgres.password());
      List<SharedSubmissionBudget> nodes = List.of(budget(database), budget(database));
      ExecutorService posts = Executors.newFixedThreadPool(8);
      try {
        List<Callable<Long>> attempts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
          SharedSubmissionBudget node = nodes.get(i % 2);
          attempts.add(() -> node.tryTake("10.9.9.9"));
        }
        long granted = 0;
        for (Future<Long> attempt : posts.invokeAll(attempts)) {
          granted += attempt.get() == 0 ? 1 : 0;
        }
        assertThat(granted).isEqualTo(5);
      } finally {
        posts.shutdownNow();
      }
    }
  }

  private SharedSubmissionBudget budget(DataSource database) {
    return new SharedSubmissionBudget(FIVE_THEN_ONE_EVERY_THREE_MINUTES, JdbcClient.create(database),
        new DataSourceTransactionManager(database), now::get);
  }

  private static DataSource database(String url, String user, String password) throws Exception {
    DataSource database = new DriverManagerDataSource(url, user, password);
    try (var connection = database.getConnection()) {
      ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/migration/V701__batas_kirim_publik.sql"));
    }
    return database;
  }
}
