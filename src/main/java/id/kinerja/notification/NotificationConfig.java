package id.kinerja.notification;

import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Email notifications, on only where an SMTP server is configured ({@code spring.mail.host}, the
 * same condition under which Spring Boot creates the {@link JavaMailSender}) and
 * {@code kinerja.notifikasi.aktif} is not false. Off, nothing is recorded and nothing is scheduled.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfig {

  private static final Logger log = LoggerFactory.getLogger(NotificationConfig.class);

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(prefix = "spring.mail", name = "host")
  @ConditionalOnProperty(prefix = "kinerja.notifikasi", name = "aktif", havingValue = "true", matchIfMissing = true)
  @EnableScheduling
  static class Enabled {

    @Bean
    NotificationRepository notificationRepository(DataSource dataSource) {
      return new NotificationRepository(dataSource);
    }

    @Bean
    TaskNotifications taskNotifications(NotificationRepository repository, NotificationProperties properties,
        TaskService taskService, IdentityService identityService, ImmediateDispatch immediateDispatch) {
      log.info("Notifikasi email aktif: ringkasan harian {}, segera untuk {}",
          properties.ringkasanHarian() ? properties.jadwalRingkasan() + " " + properties.zona() : "tidak", properties.segera());
      return new TaskNotifications(repository, properties, taskService, identityService, immediateDispatch);
    }

    @Bean
    ImmediateDispatch immediateDispatch(NotificationMailer mailer, NotificationProperties properties) {
      return new ImmediateDispatch(mailer, properties);
    }

    @Bean
    NotificationMailer notificationMailer(NotificationRepository repository, NotificationProperties properties,
        JavaMailSender mailSender) {
      return new NotificationMailer(repository, properties, mailSender);
    }

    @Bean
    NotificationSchedule notificationSchedule(TaskNotifications notifications, NotificationMailer mailer,
        java.util.List<DigestReminders> reminders) {
      return new NotificationSchedule(notifications, mailer, reminders);
    }
  }

  @Bean
  Object notificationStatusLog(org.springframework.core.env.Environment environment) {
    if (environment.getProperty("spring.mail.host") == null) {
      log.info("Notifikasi email nonaktif: server SMTP belum diatur (SPRING_MAIL_HOST)");
    }
    return new Object();
  }

  /** The jobs; every node runs them, the claims in the table keep each mail single. */
  static class NotificationSchedule {

    private final TaskNotifications notifications;
    private final NotificationMailer mailer;
    private final java.util.List<DigestReminders> reminders;

    NotificationSchedule(TaskNotifications notifications, NotificationMailer mailer,
        java.util.List<DigestReminders> reminders) {
      this.notifications = notifications;
      this.mailer = mailer;
      this.reminders = reminders;
    }

    @Scheduled(initialDelayString = "${kinerja.notifikasi.interval-segera:PT1M}",
        fixedDelayString = "${kinerja.notifikasi.interval-segera:PT1M}")
    void sendImmediate() {
      mailer.sendImmediate();
    }

    @Scheduled(initialDelayString = "${kinerja.notifikasi.interval-jatuh-tempo:PT15M}",
        fixedDelayString = "${kinerja.notifikasi.interval-jatuh-tempo:PT15M}")
    void scanDueSoon() {
      notifications.scanDueSoon();
    }

    @Scheduled(cron = "${kinerja.notifikasi.jadwal-ringkasan:0 0 7 * * *}", zone = "${kinerja.notifikasi.zona:${kinerja.zona-waktu:Asia/Jakarta}}")
    void sendDigest() {
      notifications.recordReminders(reminders);
      mailer.sendDigest();
    }
  }
}
