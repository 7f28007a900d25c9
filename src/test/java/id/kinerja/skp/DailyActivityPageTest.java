package id.kinerja.skp;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.WebSession;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The daily log's page through a real session, which lives in the database: whatever the page
 * hands to the next request must survive that. A refused entry brings the form back with the
 * reason and what was typed, never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DailyActivityPageTest {

  @Autowired DailyActivityService activities;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  @Test
  void aRefusedEntry_showsTheFormAgainWithTheReasonAndWhatWasTyped() throws Exception {
    LocalDate today = LocalDate.now();
    String employee = jdbc.sql("SELECT MIN(nip) FROM skp WHERE status = 'DISETUJUI' AND tahun = ?")
        .param(today.getYear()).query(String.class).single();
    long rhkId = activities.rhkChoices(employee, today.getYear()).get(0).id();
    long before = count();
    WebSession session = WebSession.loggedIn(port, employee);

    var future = session.submitForm("/kegiatan-harian", "/kegiatan-harian", Map.of(
        "tanggal", today.plusDays(3).toString(), "rhkId", String.valueOf(rhkId), "uraian", "Rapat koordinasi besok"));
    String afterFuture = WebSession.text(session.getPage("/kegiatan-harian"));
    var blank = session.submitForm("/kegiatan-harian", "/kegiatan-harian", Map.of(
        "tanggal", today.toString(), "rhkId", String.valueOf(rhkId), "uraian", "   "));
    String afterBlank = WebSession.text(session.getPage("/kegiatan-harian"));

    assertThat(future.statusCode()).as(future.body()).isEqualTo(302);
    assertThat(afterFuture).contains("Tanggal tidak boleh di masa depan").contains("Rapat koordinasi besok");
    assertThat(blank.statusCode()).as(blank.body()).isEqualTo(302);
    assertThat(afterBlank).contains("role=\"alert\"");
    assertThat(count()).isEqualTo(before);
  }

  private long count() {
    return jdbc.sql("SELECT COUNT(*) FROM kegiatan_harian").query(Long.class).single();
  }
}
