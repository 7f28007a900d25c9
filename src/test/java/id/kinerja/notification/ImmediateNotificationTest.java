package id.kinerja.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.appraisal.AppraisalCycleStarter;
import id.kinerja.kernel.PenilaianTahunan;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An escalation is mailed as soon as the change that created it is committed, with the interval job
 * ten hours away; a change that is rolled back mails nothing.
 */
@SpringBootTest(properties = {
    "kinerja.notifikasi.interval-segera=PT10H", "kinerja.notifikasi.interval-jatuh-tempo=PT10H"})
@ActiveProfiles("test")
class ImmediateNotificationTest extends WithMailServer {

  static final int TAHUN = 2041;
  static final String NUR = "199508302023012013";
  static final String WAHYU = "199304182019031012";
  static final String SEKDA_EMAIL = "ahmad.suryadi@sukamaju.example";

  @Autowired AppraisalCycleStarter starter;
  @Autowired RuntimeService runtimeService;
  @Autowired PlatformTransactionManager transactionManager;

  @Test
  void escalation_isMailedRightAfterItsCommit_withoutWaitingForTheIntervalJob() throws Exception {
    String instance = starter.start(PenilaianTahunan.of(NUR, TAHUN), Map.of());

    escalate(instance);

    assertThat(smtp.waitForIncomingEmail(15_000, 1)).as("the escalation mail, seconds after the commit").isTrue();
    MimeMessage mail = smtp.getReceivedMessages()[0];
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(SEKDA_EMAIL);
    assertThat(mail.getSubject()).startsWith("[Kinerja] Eskalasi: ");
    for (int i = 0; i < 50 && !"TERKIRIM".equals(statusOfEscalation(instance)); i++) {
      Thread.sleep(100); // the mail is received a moment before its row is marked
    }
    assertThat(statusOfEscalation(instance)).isEqualTo("TERKIRIM");
  }

  @Test
  void escalationInAChangeThatIsRolledBack_isNeitherRecordedNorMailed() throws Exception {
    String instance = starter.start(PenilaianTahunan.of(WAHYU, TAHUN), Map.of());

    new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
      escalate(instance);
      status.setRollbackOnly();
    });

    assertThat(smtp.waitForIncomingEmail(3_000, 1)).isFalse();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM notifikasi_email WHERE jenis = 'ESKALASI' AND judul LIKE ?")
        .param("%" + WAHYU + "%").query(Long.class).single()).isZero();
  }

  private void escalate(String instance) {
    runtimeService.createProcessInstanceModification(instance)
        .startBeforeActivity("Task_TindakLanjutReviewTerlambat")
        .cancelAllForActivity("Task_DraftSkp")
        .execute();
  }

  private String statusOfEscalation(String instance) {
    return jdbc.sql("""
            SELECT n.status FROM notifikasi_email n JOIN act_ru_task t ON t.id_ = n.task_id
            WHERE t.proc_inst_id_ = ? AND n.jenis = 'ESKALASI'""")
        .param(instance).query(String.class).single();
  }
}
