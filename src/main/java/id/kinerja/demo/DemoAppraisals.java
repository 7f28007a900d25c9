package id.kinerja.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.appraisal.AppraisalCycleStarter;
import id.kinerja.calibration.CapaianOrganisasiService;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.JsonValues;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.kernel.Tahun;
import id.kinerja.security.Roles;
import id.kinerja.system.KinerjaProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the embedded demo, the demo organisation's current year is running with employees at
 * different phases, so whoever logs in finds real work in Tasklist: most employees have their SKP
 * to draft, every third has submitted it and waits for the supervisor's review, every sixth has
 * an approved SKP and reports realisasi for the periods already past. BKPSDM has recorded every demo
 * unit's capaian kinerja organisasi of the year, so a unit's calibration finds its curve when its
 * appraisals reach it (page /admin/capaian-organisasi). Idempotent: an employee
 * whose year exists (running or finished) is left alone.
 */
@Component
@Order(40)
public class DemoAppraisals implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoAppraisals.class);

  static final String SAMPLE_SKP = """
      [{"jenis":"UTAMA","uraian":"Meningkatnya ketepatan waktu layanan administrasi unit",
        "rhkAtasanUraian":"Meningkatnya kualitas pelayanan publik perangkat daerah",
        "indikator":[{"uraian":"Persentase layanan selesai sesuai standar waktu","aspek":"KUANTITAS","target":"95%"},
                     {"uraian":"Nilai survei kepuasan layanan unit","aspek":"KUALITAS","target":"minimal 3,2 dari 4"}]},
       {"jenis":"TAMBAHAN","uraian":"Tersusunnya bahan sosialisasi penilaian kinerja bagi pegawai baru",
        "rhkAtasanUraian":"Meningkatnya kompetensi aparatur",
        "indikator":[{"uraian":"Bahan sosialisasi yang selesai","aspek":"WAKTU","target":"Juni"}]}]
      """;

  private final KinerjaProperties properties;
  private final IdentityService identityService;
  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final AppraisalCycleStarter starter;
  private final CapaianOrganisasiService capaianOrganisasi;

  /** The demo units' capaian kinerja organisasi, as BKPSDM would record it (SETDA, BKPSDM, DISDIK). */
  static final Map<String, String> DEMO_CAPAIAN = Map.of("SETDA", "BAIK", "BKPSDM", "ISTIMEWA", "DISDIK", "BAIK");
  /** Yuni Astuti, the demo's BKPSDM operator, records them. */
  public static final String DEMO_BKPSDM = "198506152010012009";

  DemoAppraisals(KinerjaProperties properties, IdentityService identityService, TaskService taskService,
      RepositoryService repositoryService, AppraisalCycleStarter starter, CapaianOrganisasiService capaianOrganisasi) {
    this.properties = properties;
    this.identityService = identityService;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.starter = starter;
    this.capaianOrganisasi = capaianOrganisasi;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!properties.demo().enabled()) {
      return;
    }
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(AppraisalProcess.KEY).count() == 0) {
      log.warn("Demo: no {} process is deployed, so no appraisal year is opened", AppraisalProcess.KEY);
      return;
    }
    int year = LocalDate.now().getYear();
    recordDemoCapaian(year);
    List<User> employees = identityService.createUserQuery().memberOfGroup(Roles.ASN).orderByUserId().asc().list();
    int started = 0;
    for (int i = 0; i < employees.size(); i++) {
      String nip = employees.get(i).getId();
      PenilaianTahunan penilaian = PenilaianTahunan.of(nip, year);
      if (starter.isOpened(penilaian)) {
        continue;
      }
      String instanceId = starter.start(penilaian, Map.of());
      started++;
      if (i % 3 == 1) {
        submitSkp(instanceId);
      } else if (i % 6 == 3) {
        submitSkp(instanceId);
        approveSkp(instanceId);
      }
    }
    if (started > 0) {
      log.info("Demo: opened the {} appraisal year for {} employees, at different phases", year, started);
    }
  }

  /** Each demo unit's capaian of the year, so its calibration has a curve; never overwrites one recorded. */
  private void recordDemoCapaian(int year) {
    for (CapaianOrganisasiService.Capaian unit : capaianOrganisasi.forYear(Tahun.of(year))) {
      String capaian = DEMO_CAPAIAN.get(unit.unitKode());
      if (unit.capaian() == null && capaian != null) {
        capaianOrganisasi.record(unit.unitKode(), Tahun.of(year), capaian, "Data demo", DEMO_BKPSDM);
      }
    }
  }

  private void submitSkp(String instanceId) {
    taskOf(instanceId, AppraisalProcess.Elements.TASK_DRAFT_SKP).ifPresent(task -> taskService.complete(task.getId(),
        Map.of(AppraisalProcess.RHK.name(), SpinValues.jsonValue(JsonValues.text(sampleSkp(taskService, task))).create())));
  }

  /** The sample, linked to the appraiser's RHK when the appraiser's SKP is already there. */
  public static JsonNode sampleSkp(TaskService taskService, Task task) {
    ArrayNode skp = (ArrayNode) JsonValues.tree(SAMPLE_SKP);
    JsonNode pilihan = JsonValues.tree(
        taskService.getVariableLocal(task.getId(), AppraisalProcess.PILIHAN_RHK_ATASAN.name()));
    if (pilihan.isArray() && !pilihan.isEmpty()) {
      for (int i = 0; i < skp.size(); i++) {
        ObjectNode rhk = (ObjectNode) skp.get(i);
        rhk.remove("rhkAtasanUraian");
        rhk.put("rhkAtasan", pilihan.get(i % pilihan.size()).path("value").asText());
      }
    }
    return skp;
  }

  private void approveSkp(String instanceId) {
    taskOf(instanceId, AppraisalProcess.Elements.TASK_REVIEW_SKP).ifPresent(task -> taskService.complete(task.getId(),
        Map.of(AppraisalProcess.KEPUTUSAN_REVIEW_SKP.name(), AppraisalProcess.Decisions.SKP_SETUJU)));
  }

  private java.util.Optional<Task> taskOf(String instanceId, String taskDefinitionKey) {
    return java.util.Optional.ofNullable(taskService.createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey(taskDefinitionKey).singleResult());
  }
}
