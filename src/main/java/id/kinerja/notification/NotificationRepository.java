package id.kinerja.notification;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Table notifikasi_email: one row per event and recipient, claimed before it is sent. */
class NotificationRepository {

  record Pending(long id, NotificationKind kind, String recipient, String email, String title, String link,
      LocalDateTime due, int attempts) {}

  private final JdbcClient jdbc;

  NotificationRepository(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /**
   * The recipient's email, when they are an active employee with one. A recipient is a login (a
   * task's assignee, a configured head appraiser, bkpsdm), not necessarily a NIP: text.
   */
  Optional<String> emailOf(String login) {
    return jdbc.sql("SELECT email FROM org_employee WHERE nip = ? AND active = TRUE").param(login)
        .query(String.class).optional().filter(email -> !email.isBlank());
  }

  /** The recipient's name when they are an employee; a login that is not one has none. */
  Optional<String> nameOf(String login) {
    return jdbc.sql("SELECT name FROM org_employee WHERE nip = ?").param(login).query(String.class).optional();
  }

  /**
   * Records the event unless its key is already there. A single statement, so inside the engine's
   * transaction a repeated event neither fails nor aborts it; the unique key still guards a race.
   */
  boolean record(String key, NotificationKind kind, String recipient, String email, String taskId, String title,
      String link, LocalDateTime due, boolean immediate) {
    return jdbc.sql("""
            INSERT INTO notifikasi_email (kunci_peristiwa, jenis, penerima, email, task_id, judul, tautan, tenggat, segera, status)
            SELECT ?, ?, ?, ?, ?, ?, ?, CAST(? AS TIMESTAMP), CAST(? AS BOOLEAN), ?
            WHERE NOT EXISTS (SELECT 1 FROM notifikasi_email WHERE kunci_peristiwa = ?)""")
        .params(key, kind.name(), recipient, email, taskId, title, link, due == null ? null : Timestamp.valueOf(due),
            immediate, email == null ? "TANPA_EMAIL" : "MENUNGGU", key)
        .update() == 1;
  }

  Set<String> existingKeys(Collection<String> keys) {
    Set<String> existing = new HashSet<>();
    if (keys.isEmpty()) {
      return existing;
    }
    jdbc.sql("SELECT kunci_peristiwa FROM notifikasi_email WHERE kunci_peristiwa IN (:keys)").param("keys", keys)
        .query(rs -> {
          existing.add(rs.getString(1));
        });
    return existing;
  }

  /**
   * Claims every waiting notification of the given sort for one run: one UPDATE, so of two nodes
   * running at once each row goes to exactly one of them.
   */
  List<Pending> claim(boolean immediate, String token) {
    jdbc.sql("UPDATE notifikasi_email SET status = 'MENGIRIM', token = ? WHERE status = 'MENUNGGU' AND segera = ?")
        .params(token, immediate).update();
    return jdbc.sql("""
            SELECT id, jenis, penerima, email, judul, tautan, tenggat, percobaan FROM notifikasi_email
            WHERE token = ? AND status = 'MENGIRIM' ORDER BY penerima, dicatat_pada, id""")
        .param(token)
        .query((rs, i) -> new Pending(rs.getLong(1), NotificationKind.valueOf(rs.getString(2)), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toLocalDateTime(), rs.getInt(8)))
        .list();
  }

  void markSent(Collection<Long> ids) {
    if (!ids.isEmpty()) {
      jdbc.sql("UPDATE notifikasi_email SET status = 'TERKIRIM', dikirim_pada = CURRENT_TIMESTAMP, galat = NULL WHERE id IN (:ids)")
          .param("ids", ids).update();
    }
  }

  /** Sending failed: back in the queue for the next run, or given up after too many attempts. */
  void markFailed(Collection<Long> ids, String error, int maxAttempts) {
    if (!ids.isEmpty()) {
      String message = error == null ? "" : error.substring(0, Math.min(error.length(), 1000));
      jdbc.sql("""
              UPDATE notifikasi_email SET percobaan = percobaan + 1, galat = :galat, token = NULL,
                     status = CASE WHEN percobaan + 1 >= :maks THEN 'GAGAL' ELSE 'MENUNGGU' END
              WHERE id IN (:ids)""")
          .param("galat", message).param("maks", maxAttempts).param("ids", ids).update();
    }
  }
}
