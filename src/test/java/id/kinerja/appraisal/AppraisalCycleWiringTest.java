package id.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.calibration.KalibrasiProcess;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.skp.SkpService;
import id.kinerja.support.SharedApplicationTest;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The wired application: ModelDeployer deploys the cycle with its decisions and forms, Flyway and
 * Camunda share the database, and the delegates, listeners and rules are the Spring beans the
 * BPMN names. The organisation bean is a stand-in until the organisation feature provides it.
 */
@SharedApplicationTest
class AppraisalCycleWiringTest {

  /** From the demo organisation: Rudi Hartono, appraised by the head of BKPSDM. */
  static final String PEGAWAI = "198809092012121010";
  static final String PENILAI = "197212121998031008";

  @Autowired ProcessEngine engine;
  @Autowired SkpService skpService;
  @Autowired AppraisalCycleStarter starter;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void cycleIsDeployedWithItsDecisionsAndForms() {
    var repository = engine.getRepositoryService();
    var cycle = repository.createProcessDefinitionQuery().processDefinitionKey(AppraisalProcess.KEY)
        .latestVersion().singleResult();

    assertThat(cycle).isNotNull();
    assertThat(repository.createDecisionDefinitionQuery().deploymentId(cycle.getDeploymentId()).list())
        .extracting("key").contains(AppraisalProcess.DECISION_PREDIKAT, AppraisalProcess.DECISION_PERIODE);
    assertThat(repository.getDeploymentResourceNames(cycle.getDeploymentId()))
        .contains("forms/draft-skp.form", "forms/penilaian-tahunan.form", "forms/putusan-keberatan.form",
            "forms/kalibrasi-kurva-unit.form", "forms/rencana-pengembangan.form");
    assertThat(repository.createDecisionDefinitionQuery().deploymentId(cycle.getDeploymentId()).list())
        .extracting("key").contains(KalibrasiProcess.DECISION_KURVA, KalibrasiProcess.DECISION_HASIL_KERJA_KEPALA,
            id.kinerja.followup.TindakLanjutProcess.DECISION);
    assertThat(repository.createProcessDefinitionQuery().deploymentId(cycle.getDeploymentId()).list())
        .extracting("key").contains(KalibrasiProcess.KEY, id.kinerja.followup.TindakLanjutProcess.KEY);
  }

  @Test
  void draftSubmittedThroughTheEngine_isStoredAsSkpRows() {
    String cycle = starter.start(PenilaianTahunan.of(PEGAWAI, 2031), Map.of("tenggatDraftSkp", "P30D"));
    assertThatThrownBy(() -> starter.start(PenilaianTahunan.of(PEGAWAI, 2031), Map.of()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining(PEGAWAI + "-2031");
    Task draft = engine.getTaskService().createTaskQuery().processInstanceId(cycle).singleResult();
    assertThat(draft.getAssignee()).isEqualTo(PEGAWAI);
    assertThat(draft.getDueDate()).as("a deadline given at start wins over the process property")
        .isAfter(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(29))));
    assertThat(engine.getFormService().getDeployedTaskForm(draft.getId()))
        .asString(java.nio.charset.StandardCharsets.UTF_8).contains("form-draft-skp");

    engine.getTaskService().complete(draft.getId(), Map.of("rhk", SpinValues.jsonValue("""
        [{"jenis": "UTAMA", "uraian": "Laporan kinerja unit",
          "indikator": [{"uraian": "Jumlah laporan", "aspek": "KUANTITAS", "target": "4 laporan"}]}]""").create()));

    Task review = engine.getTaskService().createTaskQuery().processInstanceId(cycle).singleResult();
    assertThat(review.getTaskDefinitionKey()).isEqualTo(AppraisalProcess.Elements.TASK_REVIEW_SKP);
    assertThat(review.getAssignee()).isEqualTo(PENILAI);
    assertThat(skpService.status(PenilaianTahunan.of(PEGAWAI, 2031))).isEqualTo("DIAJUKAN");
  }

  @Test
  void appraiserPlansAfterTheEmployeesYearOpened_theOpenDraftOffersTheAppraisersRhkFromThen() {
    int tahun = 2068;   // no other test opens it (AppraisalYearThroughRestTest, same context, has Rudi's 2033)
    var tasks = engine.getTaskService();
    Task draft = tasks.createTaskQuery().processInstanceId(starter.start(PenilaianTahunan.of(PEGAWAI, tahun), Map.of())).singleResult();
    assertThat(tasks.getVariableLocal(draft.getId(), AppraisalProcess.PILIHAN_RHK_ATASAN.name()))
        .as("the appraiser has no SKP yet: no options, the form asks for free text").isNull();

    String appraiserYear = starter.start(PenilaianTahunan.of(PENILAI, tahun), Map.of());
    Task appraiserDraft = tasks.createTaskQuery().processInstanceId(appraiserYear).singleResult();
    tasks.complete(appraiserDraft.getId(), Map.of("rhk", SpinValues.jsonValue("""
        [{"jenis": "UTAMA", "uraian": "Meningkatnya kompetensi aparatur", "rhkAtasanUraian": "Meningkatnya kinerja daerah",
          "indikator": [{"uraian": "Pegawai yang dilatih", "aspek": "KUANTITAS", "target": "200 orang"}]}]""").create()));
    assertThat(tasks.getVariableLocal(draft.getId(), AppraisalProcess.PILIHAN_RHK_ATASAN.name()))
        .as("submitted by the appraiser: offered to the employee's open draft")
        .hasToString("[{\"label\":\"Meningkatnya kompetensi aparatur\",\"value\":\"" + rhkId(PENILAI, tahun) + "\"}]");

    Task review = tasks.createTaskQuery().processInstanceId(appraiserYear).singleResult();
    tasks.complete(review.getId(), Map.of("keputusanReviewSkp", "KEMBALIKAN", "catatanReview", "Tambahkan indikator mutu."));
    assertThat(tasks.getVariableLocal(draft.getId(), AppraisalProcess.PILIHAN_RHK_ATASAN.name()))
        .as("returned to the appraiser: nothing to link to until it is submitted again").isNull();
  }

  private long rhkId(String nip, int tahun) {
    return jdbc.sql("SELECT r.id FROM rhk r JOIN skp s ON s.id = r.skp_id WHERE s.nip = ? AND s.tahun = ?")
        .params(nip, tahun).query(Long.class).single();
  }
}
