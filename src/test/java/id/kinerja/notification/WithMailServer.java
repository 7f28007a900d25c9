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

  /**
   * One port for the whole test JVM: every class of this kind starts and stops the server around
   * itself, while the Spring context (and the port it mails to) is cached and shared between them;
   * a port chosen anew at each start would leave a later class mailing to the first one's port.
   */
  private static final int PORT = freePort();

  @RegisterExtension
  protected static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.port(PORT)).withPerMethodLifecycle(false);

  private static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("no free port for the test mail server", e);
    }
  }

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> PORT);
  }

  @Autowired protected JdbcClient jdbc;

  @BeforeEach
  protected void forgetEarlierEvents() throws Exception {
    jdbc.sql("UPDATE notifikasi_email SET status = 'TERKIRIM' WHERE status = 'MENUNGGU'").update();
    smtp.purgeEmailFromAllMailboxes();
  }
}
