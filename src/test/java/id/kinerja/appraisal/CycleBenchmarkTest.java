package id.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.FreshPostgresDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The cycle benchmark in small (200 employees), so it keeps working: every step runs, the counts
 * add up and the report is written. Times are not asserted; see {@code bash src/bench/cycle.sh}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// @DirtiesContext: the benchmark's own settings make a context no other class uses; closed after
// the class (its database dropped) instead of idling in the context cache for the rest of the run
@DirtiesContext
@FreshPostgresDatabase
class CycleBenchmarkTest {

  @DynamicPropertySource
  static void benchmarkSettings(DynamicPropertyRegistry registry) {
    CycleBenchmark.applicationProperties().forEach((key, value) -> registry.add(key, () -> value));
  }

  @Autowired ApplicationContext app;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  @Test
  void twoHundredEmployees_openedDraftedAndApproved_reportWritten() throws Exception {
    Path file = Path.of("target", "bench", "cycle-test-200.md");
    Files.deleteIfExists(file);
    CycleBenchmark.Report report = CycleBenchmark.run(app, 200, 3, "http://127.0.0.1:" + port, file);

    assertThat(report.openFailures()).isZero();
    // the agency head's appraiser is also the atasan (an official outside the organisation): by the model, BKPSDM
    // completes the pejabat first (Task_LengkapiPejabat), so the head has no draft yet
    assertThat(report.drafts()).isEqualTo(199);
    assertThat(report.reviews()).isEqualTo(199);
    assertThat(report.rejected()).isZero();
    // the yardstick: every employee's plain user task completed by its assignee
    assertThat(report.plainTask().completionsPerSecond()).isPositive();
    assertThat(report.plainTask().completionOnlyPerSecond()).isPositive();
    assertThat(report.plainTask().withoutAuthorizationPerSecond()).isPositive();
    assertThat(report.draftCallsPerSecond()).isGreaterThanOrEqualTo(report.drafts() / report.draftSeconds());
    // the authorization-off yardstick switched the checks back on
    assertThat(app.getBean(org.camunda.bpm.engine.ProcessEngine.class).getProcessEngineConfiguration()
        .isAuthorizationEnabled()).isTrue();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM act_hi_taskinst WHERE task_def_key_ = 'Task_Kerjakan' AND end_time_ IS NOT NULL")
        .query(Long.class).single()).isEqualTo(200);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM siklus_penilaian WHERE tahun = ?").param(CycleBenchmark.TAHUN)
        .query(Long.class).single()).isEqualTo(200);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM skp WHERE tahun = ? AND status = 'DISETUJUI'").param(CycleBenchmark.TAHUN)
        .query(Long.class).single()).isEqualTo(199);
    assertThat(report.taskListHttp().samples()).isPositive();
    assertThat(report.authorizationsPerInstance()).isPositive();
    assertThat(report.rowsAtEnd()).containsKeys("act_hi_taskinst", "act_ru_task", "skp")
        .doesNotContainKey("act_ru_task_meter_log"); // task metrics are off
    // the floor measured again after the opening; the appraisal's rows without the floor's and the import's
    assertThat(report.warmEmptyStartsPerSecond()).isPositive();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM act_hi_procinst WHERE proc_def_key_ = ?").param(CycleBenchmark.EMPTY_PROCESS)
        .query(Long.class).single()).isEqualTo(400);
    assertThat(report.appraisalEngineRows()).containsKeys("act_hi_taskinst", "act_ru_task")
        .doesNotContainKeys("act_id_user", "act_id_membership");
    assertThat(report.appraisalEngineRows().get("act_hi_procinst")).isLessThan(report.rowsAtEnd().get("act_hi_procinst"));
    assertThat(report.appraisalBytes()).isPositive().isLessThan(report.databaseBytes());
    assertThat(Files.readString(file)).contains("open the year", "task list, HTTP", "per employee",
        "the completion call alone");
  }
}
