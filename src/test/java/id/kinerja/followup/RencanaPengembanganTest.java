package id.kinerja.followup;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.appraisal.AppraisalCycleStarter;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.support.SharedApplicationTest;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A development plan on the wired application: the appraiser drafts it after a Butuh Perbaikan,
 * the employee agrees, it is stored, and next year's SKP draft (Task_DraftSkp) shows it.
 */
@SharedApplicationTest
class RencanaPengembanganTest {

  static final String PUTRI = "199212202021122022";    // Putri Ayu Lestari, guru at DISDIK
  static final String SUTRISNO = "197304041999031017"; // her appraiser, Kepala Dinas Pendidikan

  @Autowired ProcessEngine engine;
  @Autowired AppraisalCycleStarter starter;
  @Autowired JdbcClient jdbc;

  @Test
  void agreedDevelopmentPlan_showsInNextYearsSkpDraft() {
    int tahun = 2055;
    LocalDate tenggat = LocalDate.now().plusMonths(4);
    String followUp = engine.getRuntimeService().createMessageCorrelation(TindakLanjutProcess.MESSAGE_MULAI)
        .processInstanceBusinessKey(TindakLanjutProcess.businessKey(PUTRI, tahun))
        .setVariable(TindakLanjutProcess.NIP.name(), PUTRI).setVariable(TindakLanjutProcess.TAHUN.name(), tahun).setVariable(TindakLanjutProcess.PREDIKAT.name(), "BUTUH_PERBAIKAN")
        .setVariable(TindakLanjutProcess.PEJABAT_PENILAI.name(), SUTRISNO)
        .correlateStartMessage().getId();

    Task draft = engine.getTaskService().createTaskQuery().processInstanceId(followUp).singleResult();
    assertThat(draft.getTaskDefinitionKey()).isEqualTo(TindakLanjutProcess.Elements.TASK_SUSUN_RENCANA);
    assertThat(draft.getAssignee()).isEqualTo(SUTRISNO);
    engine.getTaskService().complete(draft.getId(), Map.of("rencanaPengembangan", SpinValues.jsonValue("""
        [{"jenis": "PELATIHAN", "uraian": "Pelatihan asesmen pembelajaran berdiferensiasi", "tenggat": "%s"}]"""
        .formatted(tenggat)).create()));
    Task agree = engine.getTaskService().createTaskQuery().processInstanceId(followUp).singleResult();
    assertThat(agree.getAssignee()).isEqualTo(PUTRI);
    engine.getTaskService().complete(agree.getId(), Map.of("persetujuanRencana", "SETUJU"));

    assertThat(jdbc.sql("SELECT status FROM rencana_pengembangan WHERE nip = ? AND tahun = ?").params(PUTRI, tahun)
        .query(String.class).single()).isEqualTo("DISEPAKATI");

    String next = starter.start(PenilaianTahunan.of(PUTRI, tahun + 1), Map.of());
    Task skp = engine.getTaskService().createTaskQuery().processInstanceId(next).singleResult();
    assertThat(skp.getTaskDefinitionKey()).isEqualTo(AppraisalProcess.Elements.TASK_DRAFT_SKP);
    assertThat((String) engine.getTaskService().getVariableLocal(skp.getId(), "rencanaPengembanganTerbuka"))
        .contains("**Pelatihan**: Pelatihan asesmen pembelajaran berdiferensiasi")
        .contains("hasil penilaian " + tahun)
        .contains("disepakati");
    assertThat(engine.getFormService().getDeployedTaskForm(skp.getId()))
        .asString(java.nio.charset.StandardCharsets.UTF_8).contains("{{rencanaPengembanganTerbuka}}");
  }

  @Test
  void noPlan_theDraftHasNoPlanSection() {
    String cycle = starter.start(PenilaianTahunan.of("199406172022121023", 2057), Map.of());
    Task skp = engine.getTaskService().createTaskQuery().processInstanceId(cycle).singleResult();

    assertThat(engine.getTaskService().getVariableLocal(skp.getId(), "rencanaPengembanganTerbuka"))
        .as("the form hides the section when the variable is missing").isNull();
  }
}
