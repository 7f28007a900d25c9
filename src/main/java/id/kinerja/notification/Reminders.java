package id.kinerja.notification;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders of a missed deadline, sent by BKPSDM through the product's notifications: one to the
 * person who is late, a copy to their appraiser, at most once per person per calendar day
 * (table pengingat_tenggat, whose key decides between two operators or two nodes). The mails go out
 * at once, like escalations. Without an SMTP server notifications are off: the reminder is still
 * recorded (so the page shows it and nobody is reminded twice that day), but nothing is mailed.
 */
@Component
public class Reminders {

  /**
   * What to remind one person of, and who gets a copy. The person is the login the late task is
   * assigned to, which for a configured head appraiser is no NIP: text.
   */
  public record Reminder(String login, String title, String taskId, LocalDateTime due, Optional<Copy> copy) {}

  /** The copy to the late person's appraiser (a login: the head appraiser may be no employee). */
  public record Copy(String login, String title) {}

  /** The latest reminder a person got: when, and from which operator. */
  public record LastReminder(LocalDate tanggal, String olehNama) {}

  private final JdbcClient jdbc;
  private final NotificationRepository repository;
  private final NotificationProperties properties;
  private final ObjectProvider<ImmediateDispatch> dispatch;
  private final TransactionTemplate transactions;

  Reminders(DataSource dataSource, NotificationProperties properties, ObjectProvider<ImmediateDispatch> dispatch,
      PlatformTransactionManager transactionManager) {
    this.jdbc = JdbcClient.create(dataSource);
    this.repository = new NotificationRepository(dataSource);
    this.properties = properties;
    this.dispatch = dispatch;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /** Whether reminders are mailed (an SMTP server is configured and notifications are on). */
  public boolean mailed() {
    return dispatch.getIfAvailable() != null;
  }

  /**
   * Sends the reminder unless the person had one on {@code day}: the record of the day, the
   * notification to the person and the copy commit together or not at all. Returns whether it was sent.
   */
  public boolean send(Reminder reminder, LocalDate day, String operator, LocalDateTime now) {
    try {
      Boolean sent = transactions.execute(status -> {
        int inserted = jdbc.sql("""
                INSERT INTO pengingat_tenggat (nip, tanggal, ringkasan, dikirim_oleh, dikirim_pada)
                SELECT ?, CAST(? AS DATE), ?, ?, CAST(? AS TIMESTAMP)
                WHERE NOT EXISTS (SELECT 1 FROM pengingat_tenggat WHERE nip = ? AND tanggal = CAST(? AS DATE))""")
            .params(reminder.login(), day, shorten(reminder.title(), 1000), operator, Timestamp.valueOf(now),
                reminder.login(), day)
            .update();
        if (inserted == 0) {
          return false;
        }
        ImmediateDispatch immediate = dispatch.getIfAvailable();
        if (immediate != null) {
          record("PENGINGAT:" + day + ":" + reminder.login() + ":" + reminder.login(), reminder.login(), reminder.title(),
              reminder.taskId(), reminder.due(), immediate);
          reminder.copy().ifPresent(copy -> record("PENGINGAT:" + day + ":" + reminder.login() + ":" + copy.login(),
              copy.login(), copy.title(), reminder.taskId(), reminder.due(), immediate));
        }
        return true;
      });
      return Boolean.TRUE.equals(sent);
    } catch (DuplicateKeyException anotherOperatorWasFaster) {
      return false;
    }
  }

  /** The latest reminder of each of these people, if any. */
  public Map<String, LastReminder> lastReminders(List<String> nips) {
    if (nips.isEmpty()) {
      return Map.of();
    }
    return jdbc.sql("""
            SELECT p.nip, p.tanggal, COALESCE(e.name, p.dikirim_oleh) FROM pengingat_tenggat p
            LEFT JOIN org_employee e ON e.nip = p.dikirim_oleh
            WHERE p.nip IN (:nips) ORDER BY p.tanggal""")
        .param("nips", nips)
        .query((rs, i) -> Map.entry(rs.getString(1), new LastReminder(rs.getDate(2).toLocalDate(), rs.getString(3))))
        .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> b));
  }

  private void record(String key, String recipient, String title, String taskId, LocalDateTime due,
      ImmediateDispatch immediate) {
    String email = repository.emailOf(recipient).orElse(null);
    boolean recorded = repository.record(key, NotificationKind.PENGINGAT, recipient, email, taskId, shorten(title, 500),
        properties.tasklistLink(taskId), due, true);
    if (recorded && email != null) {
      immediate.recorded();
    }
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
