package id.kinerja.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real SMTP server (GreenMail) the application mails to, and a clean slate before each test: the
 * demo year's task events (and earlier tests') count as mailed already, the mailboxes are empty.
 */
public abstract class WithMailServer {

  @RegisterExtension
  protected static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
  }

  @Autowired protected JdbcClient jdbc;

  @BeforeEach
  protected void forgetEarlierEvents() throws Exception {
    jdbc.sql("UPDATE notifikasi_email SET status = 'TERKIRIM' WHERE status = 'MENUNGGU'").update();
    smtp.purgeEmailFromAllMailboxes();
  }
}
