package id.kinerja.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.calibration.KalibrasiProcess;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.support.WebSession;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo's last year, run to its end through the real processes at start-up: every employee with
 * an appraiser but one has a confirmed predikat, every unit was calibrated, the follow-up waits, and
 * so does one objection. With the job executor running, as in the application: it runs the
 * year's timers and the calibration checks while the demo completes the tasks
 * ({@link DemoPastYearWithoutJobExecutorTest}: the same year where the demo fires them itself).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"kinerja.demo.tahun-lalu=true", "camunda.bpm.job-execution.enabled=true"})
@ActiveProfiles("test")
class DemoPastYearTest {

  static final int TAHUN_LALU = LocalDate.now().getYear() - 1;
  static final String RUDI = "198809092012121010";
  static final String SUTRISNO = "197304041999031017";

  @Autowired JdbcClient jdbc;
  @Autowired HistoryService historyService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired DemoPastYear demoPastYear;
  @Autowired ManagementService managementService;
  @LocalServerPort int port;

  @Test
  void lastYear_everyEmployeeWithAnAppraiser_hasAConfirmedPredikat_afterTheUnitsCalibration() throws Exception {
    // in the background after start-up: the application was ready before it
    assertThat(demoPastYear.awaitDone(Duration.ofMinutes(3))).isTrue();
    long opened = count("SELECT COUNT(*) FROM siklus_penilaian WHERE tahun = ?");
    assertThat(opened).as("every demo employee but the agency head").isEqualTo(24);
    // all but one, who objects to Butuh Perbaikan: that objection waits for the appraiser
    assertThat(count("SELECT COUNT(*) FROM predikat_kinerja WHERE tahun = ?")).isEqualTo(opened - 1);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(AppraisalProcess.KEY)
        .variableValueEquals(AppraisalProcess.TAHUN.name(), TAHUN_LALU).completed().count()).isEqualTo(opened - 1);
    assertThat(count("SELECT COUNT(*) FROM keberatan k JOIN skp s ON s.id = k.skp_id WHERE s.tahun = ?")).isEqualTo(1);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(KalibrasiProcess.KEY)
        .variableValueEquals(AppraisalProcess.TAHUN.name(), TAHUN_LALU).completed().count()).as("SETDA, BKPSDM, DISDIK").isEqualTo(3);
    List<String> predikat = jdbc.sql("SELECT DISTINCT predikat FROM predikat_kinerja WHERE tahun = ?")
        .param(TAHUN_LALU).query(String.class).list();
    assertThat(predikat).as("a distribution, not one predikat for all").contains("SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN");
    assertThat(count("SELECT COUNT(*) FROM skp WHERE tahun = ? AND status = 'DISETUJUI'")).isEqualTo(opened);
    assertThat(taskService.createTaskQuery().processVariableValueEquals("tahun", TAHUN_LALU).list())
        .as("only the follow-up waits").allSatisfy(task -> assertThat(task.getTaskDefinitionKey())
            .isIn("Task_UsulanPenghargaan", "Task_SusunRencanaPengembangan", "Task_TanggapiRencanaPengembangan",
                "Task_TanggapiKeberatan"))
        .extracting(org.camunda.bpm.engine.task.Task::getTaskDefinitionKey)
        .contains("Task_UsulanPenghargaan", "Task_SusunRencanaPengembangan", "Task_TanggapiKeberatan");
    // where the README sends a demo user: the Kepala Dinas Pendidikan answers the objection
    assertThat(taskService.createTaskQuery().processVariableValueEquals("tahun", TAHUN_LALU).taskAssignee(SUTRISNO)
        .list()).extracting(org.camunda.bpm.engine.task.Task::getTaskDefinitionKey)
        .containsExactlyInAnyOrder("Task_TanggapiKeberatan", "Task_SusunRencanaPengembangan");

    // what users see of it: Rudi's final evaluation as a PDF, BKPSDM's curve page and export of that year
    WebSession rudi = WebSession.loggedIn(port, RUDI);
    HttpResponse<byte[]> evaluasi = rudi.get("/dokumen/evaluasi/" + RUDI + "/" + TAHUN_LALU + ".pdf");
    assertThat(evaluasi.statusCode()).isEqualTo(200);
    assertThat(evaluasi.headers().firstValue("X-Dokumen-Status")).isNotEqualTo(java.util.Optional.of("DRAF"));
    try (PDDocument pdf = Loader.loadPDF(evaluasi.body())) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("Rudi Hartono, S.Sos.", "Periode 4", "Catatan penetapan : Ditetapkan.",
          "Kurva distribusi predikat unit kerja");
    }
    WebSession bkpsdm = WebSession.loggedIn(port, DemoAppraisals.DEMO_BKPSDM);
    assertThat(WebSession.text(bkpsdm.get("/dasbor/bkpsdm/kurva?tahun=" + TAHUN_LALU)))
        .contains("Badan Kepegawaian dan Pengembangan", "Dinas Pendidikan");
    assertThat(WebSession.text(bkpsdm.get("/api/ekspor/hasil-penilaian?tahun=" + TAHUN_LALU + "&agency=PEMKAB-SUKAMAJU")))
        .contains(RUDI + ",\"Rudi Hartono, S.Sos.\",PNS,");

    // once only: a second start of the application leaves last year alone
    assertThat(managementService.getProperties()).containsEntry(DemoPastYear.PROPERTY, "selesai:" + TAHUN_LALU);
    long tasks = taskService.createTaskQuery().processVariableValueEquals("tahun", TAHUN_LALU).count();
    demoPastYear.runOnce();
    assertThat(count("SELECT COUNT(*) FROM siklus_penilaian WHERE tahun = ?")).isEqualTo(opened);
    assertThat(taskService.createTaskQuery().processVariableValueEquals("tahun", TAHUN_LALU).count()).isEqualTo(tasks);
  }

  private long count(String sql) {
    return jdbc.sql(sql).param(TAHUN_LALU).query(Long.class).single();
  }
}
