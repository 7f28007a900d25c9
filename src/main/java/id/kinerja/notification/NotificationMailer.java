package id.kinerja.notification;

import id.kinerja.system.Waktu;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends what {@link TaskNotifications} recorded: escalations (or whatever {@code segera} names) one
 * mail per event, everything else as one digest per recipient and day. Each run first claims its
 * rows (see {@link NotificationRepository#claim}), so two nodes never mail the same event.
 */
class NotificationMailer {

  private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
  static final String FOOTER = "\n\nPesan ini dikirim otomatis oleh Kinerja; mohon tidak membalas email ini.\n"
      + "Pengaturan pemberitahuan dikelola oleh BKPSDM.\n";

  private final NotificationRepository repository;
  private final NotificationProperties properties;
  private final JavaMailSender mailSender;
  private final Waktu waktu;

  NotificationMailer(NotificationRepository repository, NotificationProperties properties, JavaMailSender mailSender) {
    this.repository = repository;
    this.properties = properties;
    this.mailSender = mailSender;
    this.waktu = new Waktu(properties.zona());
  }

  /** One mail per waiting immediate notification; returns how many mails went out. */
  int sendImmediate() {
    int sent = 0;
    for (NotificationRepository.Pending p : repository.claim(true, UUID.randomUUID().toString())) {
      String subject = "[Kinerja] " + p.kind().label() + ": " + shorten(p.title(), 150);
      String body = greeting(p.recipient()) + p.title() + "\n" + details(p) + FOOTER;
      if (send(p.email(), subject, body, List.of(p))) {
        sent++;
      }
    }
    return sent;
  }

  /** One digest mail per recipient with everything collected since the last digest. */
  int sendDigest() {
    Map<String, List<NotificationRepository.Pending>> byRecipient = new LinkedHashMap<>();
    for (NotificationRepository.Pending p : repository.claim(false, UUID.randomUUID().toString())) {
      byRecipient.computeIfAbsent(p.recipient() + "\u0000" + p.email(), k -> new java.util.ArrayList<>()).add(p);
    }
    int sent = 0;
    for (List<NotificationRepository.Pending> events : byRecipient.values()) {
      NotificationRepository.Pending first = events.get(0);
      StringBuilder body = new StringBuilder(greeting(first.recipient()))
          .append("Berikut ringkasan pemberitahuan tugas Anda di Kinerja (").append(events.size())
          .append(" pemberitahuan):\n");
      for (NotificationKind kind : NotificationKind.values()) {
        List<NotificationRepository.Pending> ofKind = events.stream().filter(e -> e.kind() == kind).toList();
        if (ofKind.isEmpty()) {
          continue;
        }
        body.append("\n").append(kind.label()).append(":\n");
        for (NotificationRepository.Pending e : ofKind) {
          body.append("- ").append(e.title()).append("\n").append(indent(details(e)));
        }
      }
      String subject = "[Kinerja] Ringkasan tugas harian: " + events.size() + " pemberitahuan";
      if (send(first.email(), subject, body.append(FOOTER).toString(), events)) {
        sent++;
      }
    }
    return sent;
  }

  private boolean send(String to, String subject, String body, List<NotificationRepository.Pending> events) {
    List<Long> ids = events.stream().map(NotificationRepository.Pending::id).toList();
    try {
      SimpleMailMessage message = new SimpleMailMessage();
      message.setFrom(properties.pengirim());
      message.setTo(to);
      message.setSubject(subject);
      message.setText(body);
      mailSender.send(message);
      repository.markSent(ids);
      return true;
    } catch (MailException e) {
      log.warn("Email ke {} gagal dikirim ({} pemberitahuan), dicoba lagi nanti: {}", to, ids.size(), e.getMessage());
      repository.markFailed(ids, e.getMessage(), properties.maksPercobaan());
      return false;
    }
  }

  private String greeting(String recipient) {
    return "Yth. " + repository.nameOf(recipient).orElse(recipient) + ",\n\n";
  }

  private String details(NotificationRepository.Pending p) {
    StringBuilder text = new StringBuilder();
    if (p.due() != null) {
      text.append("Tenggat: ").append(waktu.tanggalJam(p.due())).append("\n");
    }
    if (p.link() != null) {
      text.append(p.kind() == NotificationKind.KEGIATAN_HARIAN ? "Buka: " : "Buka di Tasklist: ").append(p.link()).append("\n");
    }
    return text.toString();
  }

  private static String indent(String text) {
    return text.isEmpty() ? "" : "  " + text.replace("\n", "\n  ").replaceAll(" +$", "");
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
