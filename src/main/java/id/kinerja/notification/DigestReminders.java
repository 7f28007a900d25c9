package id.kinerja.notification;

import java.util.List;

/**
 * Reminders another feature puts into the morning digest (e.g. the kegiatan harian not filled in):
 * asked once just before each digest is sent, recorded once per key.
 */
public interface DigestReminders {

  /** One reminder; {@code path} is the product page it points to, e.g. {@code /kegiatan-harian}. */
  record Reminder(String key, String recipient, String title, String path) {}

  List<Reminder> due();
}
