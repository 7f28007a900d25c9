package id.kinerja.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.appraisal.AppraisalCycleStarter;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.support.SharedApplicationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Without an SMTP server (no spring.mail.host) notifications are off: nothing recorded, nothing scheduled. */
@SharedApplicationTest
class NotificationsOffTest {

  @Autowired ApplicationContext context;
  @Autowired AppraisalCycleStarter starter;
  @Autowired JdbcClient jdbc;

  @Test
  void withoutAMailServer_nothingIsRecorded() {
    assertThat(context.getBeansOfType(TaskNotifications.class)).isEmpty();
    assertThat(context.getBeansOfType(NotificationMailer.class)).isEmpty();

    // a year no other test opens: a cycle left open in 2041 would hold up BKPSDM's calibration there
    // (ObjectionDecisionRestTest, same shared application)
    starter.start(PenilaianTahunan.of("198809092012121010", 2074), Map.of());

    assertThat(jdbc.sql("SELECT COUNT(*) FROM notifikasi_email").query(Long.class).single()).isZero();
  }
}
