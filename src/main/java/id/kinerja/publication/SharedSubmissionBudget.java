package id.kinerja.publication;

import java.util.List;
import java.util.function.LongSupplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The submission budget of the public pages ({@code kinerja.publik.batas-kirim}) kept in the
 * database, so all nodes share it: behind N replicas a client still gets one budget for surveys and
 * reports, not N, and a survey cannot be stuffed by spreading the posts over the nodes.
 *
 * <p>One token bucket per client in {@code batas_kirim_publik}; a take locks the client's row
 * ({@code SELECT ... FOR UPDATE}) in its own short transaction, so concurrent posts on any nodes are
 * counted one after the other. Node clocks must be in sync (as for the engine's job locks). The
 * in-memory bucket of each node stays in front of it, so a flood is refused without a query.
 */
class SharedSubmissionBudget {

  private final int capacity;
  private final double tokensPerMilli;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final LongSupplier millisClock;

  SharedSubmissionBudget(PublicProperties.Bucket bucket, JdbcClient jdbc, PlatformTransactionManager transactionManager,
      LongSupplier millisClock) {
    if (bucket.kapasitas() < 1 || bucket.isiUlangPerJam() < 1) {
      throw new IllegalArgumentException("kapasitas and isi-ulang-per-jam of a public rate limit must be at least 1");
    }
    this.capacity = bucket.kapasitas();
    this.tokensPerMilli = bucket.isiUlangPerJam() / 3_600_000.0;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.millisClock = millisClock;
  }

  /** Takes a token for the client: 0 when granted, otherwise the seconds until one will be there. */
  long tryTake(String client) {
    Long wait = transaction.execute(status -> takeFromRow(client));
    if (wait != null) {
      return wait;
    }
    try {
      transaction.executeWithoutResult(status -> jdbc.sql(
              "INSERT INTO batas_kirim_publik (klien, token, diisi_pada) VALUES (:klien, :token, :sekarang)")
          .param("klien", client).param("token", capacity - 1.0).param("sekarang", millisClock.getAsLong())
          .update());
      return 0;
    } catch (DuplicateKeyException anotherNodeWasFirst) {
      Long again = transaction.execute(status -> takeFromRow(client));
      return again == null ? 0 : again;
    }
  }

  /** The client's row locked and updated: the wait in seconds (0: granted); null if it has none. */
  private Long takeFromRow(String client) {
    List<Bucket> rows = jdbc.sql("SELECT token, diisi_pada FROM batas_kirim_publik WHERE klien = :klien FOR UPDATE")
        .param("klien", client)
        .query((rs, i) -> new Bucket(rs.getDouble(1), rs.getLong(2)))
        .list();
    if (rows.isEmpty()) {
      return null;
    }
    long now = millisClock.getAsLong();
    Bucket row = rows.get(0);
    double tokens = Math.min(capacity, row.tokens() + Math.max(0, now - row.refilledAt()) * tokensPerMilli);
    long wait = 0;
    if (tokens >= 1) {
      tokens -= 1;
    } else {
      wait = Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerMilli / 1000));
    }
    jdbc.sql("UPDATE batas_kirim_publik SET token = :token, diisi_pada = :sekarang WHERE klien = :klien")
        .param("token", tokens).param("sekarang", now).param("klien", client)
        .update();
    return wait;
  }

  /**
   * Deletes the rows of clients whose bucket is full again (idle clients); every node does it now
   * and then, which is harmless. Returns how many.
   */
  @Scheduled(initialDelayString = "${kinerja.publik.lupakan-klien-diam:PT10M}",
      fixedDelayString = "${kinerja.publik.lupakan-klien-diam:PT10M}")
  int forgetIdle() {
    long full = (long) Math.ceil(capacity / tokensPerMilli);
    Integer deleted = transaction.execute(status -> jdbc.sql("DELETE FROM batas_kirim_publik WHERE diisi_pada < :batas")
        .param("batas", millisClock.getAsLong() - full)
        .update());
    return deleted == null ? 0 : deleted;
  }

  private record Bucket(double tokens, long refilledAt) {}
}
