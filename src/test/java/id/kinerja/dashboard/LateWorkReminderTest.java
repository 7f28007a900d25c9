package id.kinerja.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.appraisal.AppraisalCycleStarter;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.kernel.Tahun;
import id.kinerja.notification.WithMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Chasing the late with a real mail server: an employee whose SKP draft is past its deadline is on
 * BKPSDM's list under their unit; the reminder reaches them and, as a copy, their appraiser at once;
 * a second press the same day sends nothing more (recorded in pengingat_tenggat).
 */
@SpringBootTest(properties = {
    "kinerja.notifikasi.interval-segera=PT10H", "kinerja.notifikasi.interval-jatuh-tempo=PT10H"})
@ActiveProfiles("test")
class LateWorkReminderTest extends WithMailServer {

  static final Tahun TAHUN = Tahun.of(2044);
  static final String DIMAS = "199611052022121016";
  static final String YUNI_BKPSDM = "198506152010012009";

  @Autowired AppraisalCycleStarter starter;
  @Autowired TaskService taskService;
  @Autowired LateWork lateWork;

  @Test
  void skpPastItsDeadline_isListedUnderItsUnit_remindedOncePerDay_withACopyToTheAppraiser() throws Exception {
    String instance = starter.start(PenilaianTahunan.of(DIMAS, TAHUN.value()), Map.of());
    Task draft = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_DraftSkp").singleResult();
    taskService.setDueDate(draft.getId(), Date.from(LocalDateTime.now().minusDays(4).atZone(ZoneId.systemDefault()).toInstant()));

    LateWork.View view = lateWork.view(TAHUN, LocalDateTime.now());
    LateWork.UnitLate bkpsdm = view.units().stream().filter(u -> u.code().equals("BKPSDM")).findFirst().orElseThrow();
    LateWork.Late late = bkpsdm.items().stream().filter(l -> l.who().equals(DIMAS)).findFirst().orElseThrow();
    assertThat(late.kind()).isEqualTo(LateWork.Kind.SKP_TERLAMBAT);
    assertThat(late.whoName()).isEqualTo("Dimas Ardiansyah");
    assertThat(late.daysLate()).isEqualTo(4);
    assertThat(late.lastReminder()).isNull();
    assertThat(view.mailed()).isTrue();

    LateWork.Sent sent = lateWork.remind(TAHUN, "BKPSDM", DIMAS, YUNI_BKPSDM, LocalDateTime.now());
    assertThat(sent.sent()).isOne();
    assertThat(smtp.waitForIncomingEmail(15_000, 2)).as("the reminder and its copy, right after the commit").isTrue();
    List<MimeMessage> mails = Arrays.asList(smtp.getReceivedMessages());
    assertThat(mails).extracting(m -> m.getAllRecipients()[0].toString())
        .containsExactlyInAnyOrder("dimas.ardiansyah@sukamaju.example", "hendra.gunawan@sukamaju.example");
    MimeMessage toDimas = mails.stream()
        .filter(m -> uncheckedRecipient(m).equals("dimas.ardiansyah@sukamaju.example")).findFirst().orElseThrow();
    assertThat(toDimas.getSubject()).startsWith("[Kinerja] Pengingat tenggat: Sudah lewat tenggat: SKP belum diajukan");

    // the same day again: nobody is reminded twice, whoever presses
    LateWork.Sent again = lateWork.remind(TAHUN, "BKPSDM", null, "demo", LocalDateTime.now());
    assertThat(again.sent()).isZero();
    assertThat(again.alreadyToday()).isGreaterThanOrEqualTo(1);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM notifikasi_email WHERE jenis = 'PENGINGAT' AND kunci_peristiwa LIKE ?")
        .param("PENGINGAT:%:" + DIMAS + ":%").query(Long.class).single()).isEqualTo(2);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM pengingat_tenggat WHERE nip = ?").param(DIMAS).query(Long.class).single())
        .isOne();
    LateWork.Late after = lateWork.view(TAHUN, LocalDateTime.now()).units().stream()
        .flatMap(u -> u.items().stream()).filter(l -> l.who().equals(DIMAS)).findFirst().orElseThrow();
    assertThat(after.lastReminder().olehNama()).isEqualTo("Yuni Astuti, S.Psi.");
  }

  @Test
  void remindingAUnitWithNobodyLate_isRefusedInWords() {
    assertThatThrownBy(() -> lateWork.remind(Tahun.of(2001), "BKPSDM", null, YUNI_BKPSDM, LocalDateTime.now()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Tidak ada yang terlambat di unit ini");
    assertThatThrownBy(() -> lateWork.remind(TAHUN, " ", null, YUNI_BKPSDM, LocalDateTime.now()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Pilih unit kerja");
  }

  private static String uncheckedRecipient(MimeMessage m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
