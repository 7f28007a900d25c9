package id.kinerja.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.appraisal.AppraisalCycleStarter;
import id.kinerja.kernel.PenilaianTahunan;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Task notifications through a real SMTP server (GreenMail): the demo organisation, appraisal
 * years of 2040 started with the real process. The scheduled jobs are called directly.
 */
@SpringBootTest(properties = {
    "kinerja.notifikasi.url-dasar=https://kinerja.sukamaju.example",
    // the jobs are called by the tests; keep the schedule and the send at commit out of their way
    "kinerja.notifikasi.interval-segera=PT10H", "kinerja.notifikasi.interval-jatuh-tempo=PT10H",
    "kinerja.notifikasi.kirim-saat-commit=false"})
@ActiveProfiles("test")
class NotificationTest extends WithMailServer {

  static final int TAHUN = 2040;
  static final String SEKDA = "197003151995031001";
  static final String HENDRA = "197212121998031008";
  static final String RUDI = "198809092012121010";
  static final String FITRI = "199101012015042011";
  static final String WAHYU = "199304182019031012";
  static final String NUR = "199508302023012013";
  static final String EKO = "198706122011031014";
  static final String LINA = "198907232014032015";
  static final String DIMAS = "199611052022121016";
  static final String ANDI = "199008102015031021";

  @Autowired AppraisalCycleStarter starter;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired TaskNotifications notifications;
  @Autowired NotificationMailer mailer;

  @Test
  void taskGivenToAnEmployee_isMailedOnce_inTheDailyDigest() throws Exception {
    String instance = starter.start(PenilaianTahunan.of(RUDI, TAHUN), Map.of());
    Task draft = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    taskService.setAssignee(draft.getId(), RUDI); // the same assignment again: the same event

    assertThat(rowsFor(draft.getId())).isEqualTo(1);
    assertThat(mailer.sendImmediate()).as("a new task waits for the digest").isZero();
    assertThat(mailer.sendDigest()).isEqualTo(1);
    assertThat(mailer.sendDigest()).isZero();

    List<MimeMessage> mails = mailsTo("rudi.hartono@sukamaju.example");
    assertThat(mails).hasSize(1);
    String body = body(mails.get(0));
    assertThat(mails.get(0).getSubject()).isEqualTo("[Kinerja] Ringkasan tugas harian: 1 pemberitahuan");
    assertThat(body).contains("Yth. Rudi Hartono", "Tugas baru untuk Anda: \"Susun SKP " + TAHUN + "\"",
        "https://kinerja.sukamaju.example/camunda/app/tasklist/default/#/?task=" + draft.getId(), "Tenggat:");
    // the due date as the agency reads it (WIB), not the server's UTC
    assertThat(body).contains("Tenggat: " + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm",
        java.util.Locale.forLanguageTag("id-ID")).format(draft.getDueDate().toInstant().atZone(
        java.time.ZoneId.of("Asia/Jakarta"))) + " WIB");
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void digest_groupsSeveralEventsOfOneRecipientIntoOneMail() throws Exception {
    moveTo(starter.start(PenilaianTahunan.of(FITRI, TAHUN), Map.of()), "Task_ReviewSkp");
    moveTo(starter.start(PenilaianTahunan.of(WAHYU, TAHUN), Map.of()), "Task_ReviewSkp");

    assertThat(mailer.sendDigest()).as("Hendra, Fitri, Wahyu").isEqualTo(3);

    List<MimeMessage> hendras = mailsTo("hendra.gunawan@sukamaju.example");
    assertThat(hendras).hasSize(1);
    assertThat(hendras.get(0).getSubject()).contains("2 pemberitahuan");
    assertThat(body(hendras.get(0))).contains("Periksa SKP", "Fitri Handayani", "Wahyu Pratama");
    assertThat(mailsTo("fitri.handayani@sukamaju.example")).hasSize(1);
  }

  @Test
  void escalation_isMailedAtOnce_andNotAgainInTheDigest() throws Exception {
    String instance = starter.start(PenilaianTahunan.of(NUR, TAHUN), Map.of());
    moveTo(instance, "Task_TindakLanjutReviewTerlambat");

    assertThat(mailer.sendImmediate()).isEqualTo(1);
    assertThat(mailer.sendImmediate()).isZero();
    List<MimeMessage> sekdas = mailsTo("ahmad.suryadi@sukamaju.example");
    assertThat(sekdas).hasSize(1);
    assertThat(sekdas.get(0).getSubject()).startsWith("[Kinerja] Eskalasi: ");
    assertThat(body(sekdas.get(0))).contains("Nur Aini", "/camunda/app/tasklist/default/#/?task=");

    mailer.sendDigest();
    assertThat(mailsTo("ahmad.suryadi@sukamaju.example")).hasSize(1);
    assertThat(mailsTo("nur.aini@sukamaju.example")).as("her own new task, in the digest").hasSize(1);
  }

  @Test
  void employeeWithoutEmail_getsNoMail() throws Exception {
    String email = jdbc.sql("SELECT email FROM org_employee WHERE nip = ?").param(EKO).query(String.class).single();
    jdbc.sql("UPDATE org_employee SET email = NULL WHERE nip = ?").param(EKO).update();
    try {
      String instance = starter.start(PenilaianTahunan.of(EKO, TAHUN), Map.of());
      Task draft = taskService.createTaskQuery().processInstanceId(instance).singleResult();

      assertThat(jdbc.sql("SELECT status FROM notifikasi_email WHERE task_id = ?").param(draft.getId())
          .query(String.class).single()).isEqualTo("TANPA_EMAIL");
      assertThat(mailer.sendDigest()).isZero();
      assertThat(mailer.sendImmediate()).isZero();
      assertThat(smtp.getReceivedMessages()).isEmpty();
    } finally {
      jdbc.sql("UPDATE org_employee SET email = ? WHERE nip = ?").params(email, EKO).update();
    }
  }

  @Test
  void taskDueSoon_isRecordedOncePerTask() throws Exception {
    String instance = starter.start(PenilaianTahunan.of(LINA, TAHUN), Map.of());
    Task draft = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    draft.setDueDate(new Date(System.currentTimeMillis() + 2 * 3_600_000L));
    taskService.saveTask(draft);

    notifications.scanDueSoon();
    notifications.scanDueSoon();

    assertThat(jdbc.sql("SELECT COUNT(*) FROM notifikasi_email WHERE kunci_peristiwa = ?")
        .param("JATUH_TEMPO:" + draft.getId() + ":" + LINA).query(Long.class).single()).isEqualTo(1);
    mailer.sendDigest();
    List<MimeMessage> linas = mailsTo("lina.marlina@sukamaju.example");
    assertThat(linas).hasSize(1);
    assertThat(body(linas.get(0))).contains("Segera jatuh tempo", "Tugas baru untuk Anda");
  }

  @Test
  void twoNodesSendingAtTheSameMoment_mailEachEventOnce() throws Exception {
    starter.start(PenilaianTahunan.of(DIMAS, TAHUN), Map.of());
    starter.start(PenilaianTahunan.of(ANDI, TAHUN), Map.of());
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> runs = List.of(
          nodes.submit(() -> { start.await(); return mailer.sendDigest(); }),
          nodes.submit(() -> { start.await(); return mailer.sendDigest(); }));
      start.countDown();
      int sent = 0;
      for (Future<Integer> run : runs) {
        sent += run.get();
      }
      assertThat(sent).isEqualTo(2);
    } finally {
      nodes.shutdown();
    }
    assertThat(mailsTo("dimas.ardiansyah@sukamaju.example")).hasSize(1);
    assertThat(mailsTo("andi.wijaya@sukamaju.example")).hasSize(1);
  }

  /** The decoded text (the mails are quoted-printable UTF-8). */
  private static String body(MimeMessage mail) throws Exception {
    return (String) mail.getContent();
  }

  private long rowsFor(String taskId) {
    return jdbc.sql("SELECT COUNT(*) FROM notifikasi_email WHERE task_id = ?").param(taskId).query(Long.class).single();
  }

  private void moveTo(String processInstanceId, String activityId) {
    runtimeService.createProcessInstanceModification(processInstanceId)
        .startBeforeActivity(activityId)
        .cancelAllForActivity("Task_DraftSkp")
        .execute();
  }

  private static List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
      try {
        return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }
}
