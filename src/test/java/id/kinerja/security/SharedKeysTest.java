package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.kinerja.support.PostgresTestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The key of the known-device cookie, made by whichever node needs it first: nodes starting at the
 * same moment still end up with one key (on H2 always; on PostgreSQL with KINERJA_TEST_PG_URL).
 */
class SharedKeysTest {

  private static void migrate(DataSource dataSource) throws IOException {
    JdbcClient.create(dataSource).sql(new ClassPathResource("db/migration/V710__kunci_rahasia.sql")
        .getContentAsString(StandardCharsets.UTF_8)).update();
  }

  /** Eight nodes ask for the key at once; each has its own memory, all share the table. */
  private static void eightNodesAtOnce_getOneKey(DataSource dataSource) throws Exception {
    migrate(dataSource);
    ExecutorService nodes = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<byte[]>> keys = new ArrayList<>();
      for (int node = 0; node < 8; node++) {
        SharedKeys keysOfNode = new SharedKeys(JdbcClient.create(dataSource));
        keys.add(nodes.submit(() -> {
          start.await();
          return keysOfNode.get(LoginThrottleConfig.DEVICE_KEY);
        }));
      }
      start.countDown();
      byte[] first = keys.get(0).get();
      assertThat(first).hasSize(32);
      for (Future<byte[]> key : keys) {
        assertThat(key.get()).isEqualTo(first);
      }
      assertThat(new SharedKeys(JdbcClient.create(dataSource)).get(LoginThrottleConfig.DEVICE_KEY))
          .as("a node started later, or after a restart").isEqualTo(first);
      assertThat(new SharedKeys(JdbcClient.create(dataSource)).get("kunci-lain")).isNotEqualTo(first);
    } finally {
      nodes.shutdownNow();
    }
  }

  @Test
  void onH2() throws Exception {
    eightNodesAtOnce_getOneKey(new DriverManagerDataSource(
        "jdbc:h2:mem:kunci-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
  }

  @Test
  void onPostgres() throws Exception {
    assumeTrue(System.getenv(PostgresTestDatabase.URL_VARIABLE) != null, PostgresTestDatabase.SKIP_REASON);
    try (PostgresTestDatabase database = PostgresTestDatabase.create()) {
      eightNodesAtOnce_getOneKey(new DriverManagerDataSource(database.url(), database.user(), database.password()));
    }
  }
}
