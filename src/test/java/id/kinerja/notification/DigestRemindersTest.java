package id.kinerja.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Another feature's reminders go into the morning digest: recorded once per key, with the page's full address. */
class DigestRemindersTest {

  @Test
  void aReminder_isRecordedForTheDigest_withTheFullLink_andNeverAtOnce() {
    NotificationRepository repository = mock(NotificationRepository.class);
    when(repository.emailOf("198809092012121010")).thenReturn(Optional.of("rudi@sukamaju.example"));
    when(repository.record(any(), any(), any(), any(), any(), any(), any(), any(), org.mockito.ArgumentMatchers.anyBoolean()))
        .thenReturn(true, false);
    NotificationProperties properties = new NotificationProperties(true, "kinerja@localhost", "https://kinerja.example/",
        true, "0 0 7 * * *", "Asia/Jakarta", Set.of(NotificationKind.ESKALASI), List.of(), 24, Duration.ofMinutes(15),
        Duration.ofMinutes(1), true, 5);
    TaskNotifications notifications = new TaskNotifications(repository, properties, null, null, null);
    DigestReminders source = () -> List.of(new DigestReminders.Reminder("KEGIATAN_HARIAN:198809092012121010:2026-12-04",
        "198809092012121010", "Kegiatan harian Jumat, 4 Des belum Anda isi", "/kegiatan-harian?tanggal=2026-12-04"));

    assertThat(notifications.recordReminders(List.of(source))).isEqualTo(1);
    assertThat(notifications.recordReminders(List.of(source))).as("the same key again").isZero();
    verify(repository, org.mockito.Mockito.times(2)).record(eq("KEGIATAN_HARIAN:198809092012121010:2026-12-04"),
        eq(NotificationKind.KEGIATAN_HARIAN), eq("198809092012121010"), eq("rudi@sukamaju.example"), isNull(),
        eq("Kegiatan harian Jumat, 4 Des belum Anda isi"), eq("https://kinerja.example/kegiatan-harian?tanggal=2026-12-04"),
        isNull(), eq(false));
  }
}
