package id.kinerja.notification;

import id.kinerja.kernel.AppraisalProcess;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kinerja.notifikasi.*}: task notifications by email. Mail itself is Spring Boot's
 * {@code spring.mail.*} (SPRING_MAIL_HOST, SPRING_MAIL_PORT, SPRING_MAIL_USERNAME, ...); without
 * {@code spring.mail.host} nothing is recorded or sent.
 *
 * @param aktif switch notifications off even where mail is configured
 * @param pengirim the From address
 * @param urlDasar the address users open Kinerja at, for the links to Tasklist
 * @param ringkasanHarian collect events per recipient into one digest a day (else every event is sent at once)
 * @param jadwalRingkasan cron of the daily digest (Spring's six fields), in {@code zona}
 * @param zona time zone of the digest's cron and of the times in the mails
 * @param segera kinds sent at once instead of in the digest (default: escalations)
 * @param tugasEskalasi task definition keys whose new tasks are escalations
 * @param jatuhTempoJam a task due within this many hours is "due soon"
 * @param intervalJatuhTempo how often tasks due soon are looked for
 * @param intervalSegera how often waiting immediate notifications are looked for (the safety net)
 * @param kirimSaatCommit send an immediate notification as soon as the change that caused it is
 *     committed (else only by the interval job)
 * @param maksPercobaan attempts before a notification that cannot be sent is given up (GAGAL)
 */
@ConfigurationProperties(prefix = "kinerja.notifikasi")
public record NotificationProperties(
    @DefaultValue("true") boolean aktif,
    @DefaultValue("kinerja@localhost") String pengirim,
    @DefaultValue("http://localhost:8080") String urlDasar,
    @DefaultValue("true") boolean ringkasanHarian,
    @DefaultValue("0 0 7 * * *") String jadwalRingkasan,
    @DefaultValue("Asia/Jakarta") String zona,
    @DefaultValue("ESKALASI") Set<NotificationKind> segera,
    @DefaultValue({AppraisalProcess.Elements.TASK_TINDAK_LANJUT_REVIEW, AppraisalProcess.Elements.TASK_TINDAK_LANJUT_KEBERATAN}) List<String> tugasEskalasi,
    @DefaultValue("24") int jatuhTempoJam,
    @DefaultValue("PT15M") Duration intervalJatuhTempo,
    @DefaultValue("PT1M") Duration intervalSegera,
    @DefaultValue("true") boolean kirimSaatCommit,
    @DefaultValue("5") int maksPercobaan) {

  boolean immediate(NotificationKind kind) {
    return !ringkasanHarian || segera.contains(kind);
  }

  String tasklistLink(String taskId) {
    String base = urlDasar.endsWith("/") ? urlDasar.substring(0, urlDasar.length() - 1) : urlDasar;
    return base + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }
}
