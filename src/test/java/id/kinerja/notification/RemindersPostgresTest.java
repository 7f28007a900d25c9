package id.kinerja.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.PostgresTestDatabase;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * BKPSDM's reminders on the real PostgreSQL (the product's migrations only): once per person per
 * day through the conditional insert with its typed parameters, and the reminder kind accepted by
 * notifikasi_email's check (V726).
 */
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+",
    disabledReason = PostgresTestDatabase.SKIP_REASON)
class RemindersPostgresTest {

  private static PostgresTestDatabase database;
  private static Reminders reminders;
  private static NotificationRepository repository;

  @BeforeAll
  static void migrate() {
    database = PostgresTestDatabase.create();
    var dataSource = new DriverManagerDataSource(database.url(), database.user(), database.password());
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("kinerja_schema_history")
        .load().migrate();
    NotificationProperties properties = new NotificationProperties(true, "kinerja@localhost", "http://localhost:8080",
        true, "0 0 7 * * *", "Asia/Jakarta", Set.of(NotificationKind.ESKALASI), List.of(), 24, Duration.ofMinutes(15),
        Duration.ofMinutes(1), true, 5);
    // no mail server: nothing to dispatch, the day's record still counts
    reminders = new Reminders(dataSource, properties, new StaticListableBeanFactory().getBeanProvider(ImmediateDispatch.class),
        new DataSourceTransactionManager(dataSource));
    repository = new NotificationRepository(dataSource);
  }

  @AfterAll
  static void drop() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void aPersonIsRemindedOncePerDay() {
    LocalDate day = LocalDate.of(2026, 12, 7);
    Reminders.Reminder reminder = new Reminders.Reminder("199611052022121016", "Sudah lewat tenggat: SKP belum diajukan",
        "task-1", LocalDateTime.of(2026, 12, 3, 17, 0), Optional.of(new Reminders.Copy("197212121998031008", "Tembusan")));
    assertThat(reminders.send(reminder, day, "198506152010012009", LocalDateTime.of(2026, 12, 7, 3, 0))).isTrue();
    assertThat(reminders.send(reminder, day, "demo", LocalDateTime.of(2026, 12, 7, 4, 0))).isFalse();
    assertThat(reminders.send(reminder, day.plusDays(1), "demo", LocalDateTime.of(2026, 12, 8, 3, 0))).isTrue();
    assertThat(reminders.lastReminders(List.of("199611052022121016", "x")))
        .containsOnlyKeys("199611052022121016")
        .extractingByKey("199611052022121016").satisfies(last -> {
          assertThat(last.tanggal()).isEqualTo(day.plusDays(1));
          assertThat(last.olehNama()).isEqualTo("demo");
        });
  }

  @Test
  void theReminderKind_isANotificationKindTheTableAccepts() {
    assertThat(repository.record("PENGINGAT:2026-12-07:a:a", NotificationKind.PENGINGAT, "a", "a@example.go.id", "t1",
        "Sudah lewat tenggat", "http://x", null, true)).isTrue();
  }
}
