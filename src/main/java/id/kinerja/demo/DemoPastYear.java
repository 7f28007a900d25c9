package id.kinerja.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.appraisal.AppraisalCycleStarter;
import id.kinerja.calibration.CapaianOrganisasiService;
import id.kinerja.calibration.KalibrasiProcess;
import id.kinerja.feedback.PeerFeedbackProcess;
import id.kinerja.followup.TindakLanjutProcess;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.JsonValues;
import id.kinerja.kernel.NilaiBerakhlak;
import id.kinerja.kernel.Nip;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.kernel.Tahun;
import id.kinerja.organisation.OrganisationLookup;
import id.kinerja.security.Roles;
import id.kinerja.system.KinerjaProperties;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On the embedded demo, last year has run to its end, so the dashboards, the distribution curves,
 * the documents and the follow-up have something to show: every demo employee with a complete
 * appraiser chain gets last year's appraisal, and each step is done by the person who does it in
 * real life, through the same task completions Tasklist makes (the forms and the rules are checked
 * on the server as for any submission): SKP drafted and approved, four quarters reported and
 * rated, self-assessment, 360 feedback from three peers, annual rating, the unit's calibration
 * (with the unit head's justification where the curve is not met, accepted by BKPSDM), the
 * employee accepts the result and the atasan confirms it; one employee rated Butuh Perbaikan files
 * an objection instead, which waits for the appraiser's response within its statutory deadline.
 * The quarters' timers are already past: the job executor runs them at once (where it is switched
 * off, as in tests, this run fires them itself; it never races a running job executor for them). The follow-up tasks the
 * results start (reward nominations, development plans) stay open for BKPSDM and the appraisers.
 *
 * <p>Runs once, in the background after start-up (so the application is ready at once), and
 * continues on the next start if it was interrupted (see {@link #runOnce}). The agency head, whose
 * official is both appraiser and atasan, is left out.
 */
@Component
public class DemoPastYear {

  private static final Logger log = LoggerFactory.getLogger(DemoPastYear.class);
  static final String PROPERTY = "kinerja.demo.tahun-lalu";
  private static final int MAX_ROUNDS = 80;
  /** How long one round waits for the job executor to run the due jobs before it gives up. */
  private static final Duration JOB_WAIT = Duration.ofMinutes(2);
  /** How long a shutdown waits for the task being completed; one completion takes milliseconds. */
  private static final Duration STOP_WAIT = Duration.ofSeconds(15);
  /** Tasks the finished year leaves for their owners: the follow-up, and the one objection. */
  private static final Set<String> LEFT_OPEN = Set.of(TindakLanjutProcess.Elements.TASK_USULAN_PENGHARGAAN, TindakLanjutProcess.Elements.TASK_SUSUN_RENCANA,
      TindakLanjutProcess.Elements.TASK_TANGGAPI_RENCANA, AppraisalProcess.Elements.TASK_TANGGAPI_KEBERATAN, AppraisalProcess.Elements.TASK_PUTUSKAN_KEBERATAN,
      AppraisalProcess.Elements.TASK_TINDAK_LANJUT_KEBERATAN);

  private final KinerjaProperties properties;
  private final IdentityService identityService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final RepositoryService repositoryService;
  private final AppraisalCycleStarter starter;
  private final CapaianOrganisasiService capaianOrganisasi;
  private final OrganisationLookup organisasi;
  private final JdbcClient jdbc;
  private final boolean jobExecutorRuns;
  private final CompletableFuture<Void> done = new CompletableFuture<>();
  private volatile boolean stopping;
  private volatile Thread worker;
  private boolean objectionFiled;
  /** Each person's groups, looked up once per run instead of once per task. */
  private final Map<String, List<String>> groupsOf = new HashMap<>();

  DemoPastYear(KinerjaProperties properties, IdentityService identityService, TaskService taskService,
      RuntimeService runtimeService, ManagementService managementService, RepositoryService repositoryService,
      AppraisalCycleStarter starter, CapaianOrganisasiService capaianOrganisasi, OrganisationLookup organisasi,
      JdbcClient jdbc, CamundaBpmProperties camunda) {
    this.properties = properties;
    this.identityService = identityService;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.repositoryService = repositoryService;
    this.starter = starter;
    this.capaianOrganisasi = capaianOrganisasi;
    this.organisasi = organisasi;
    this.jdbc = jdbc;
    this.jobExecutorRuns = camunda.getJobExecution().isEnabled();
  }

  /**
   * After start-up, in the background: the application is ready (and healthy) at once, last year
   * fills in within seconds.
   */
  @EventListener(ApplicationReadyEvent.class)
  void onReady() {
    if (!enabled()) {
      done.complete(null);
      return;
    }
    Thread thread = new Thread(() -> {
      try {
        runOnce();
        done.complete(null);
      } catch (RuntimeException e) {
        done.completeExceptionally(e);
      }
    }, "demo-tahun-lalu");
    thread.setDaemon(true);
    worker = thread;
    thread.start();
  }

  /**
   * Shutting down (Ctrl-C in the first seconds of a demo): the run stops after the task it is
   * completing, and the shutdown waits for that, so the database is not closed under a command.
   * The next start continues where it stopped.
   */
  @EventListener(ContextClosedEvent.class)
  void onClose() throws InterruptedException {
    stopping = true;
    Thread thread = worker;
    if (thread != null && thread != Thread.currentThread()) {
      thread.join(STOP_WAIT.toMillis());
    }
  }

  /** Waits for the background run (tests); false if it is still running after the timeout. */
  public boolean awaitDone(Duration timeout) throws Exception {
    try {
      done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    }
  }

  /**
   * Drives last year once. An engine property records it ({@value #PROPERTY}: "mulai:2025" while it
   * runs, "selesai:2025" after), so a start interrupted half-way continues on the next start, and a
   * year the demo did not open itself (last year's "current year" after New Year) is left alone.
   */
  void runOnce() {
    if (!enabled()) {
      return;
    }
    int year = LocalDate.now().getYear() - 1;
    String state = managementService.getProperties().get(PROPERTY);
    if (("selesai:" + year).equals(state)) {
      return;
    }
    if (!("mulai:" + year).equals(state)
        && jdbc.sql("SELECT COUNT(*) FROM siklus_penilaian WHERE tahun = ?").param(year).query(Long.class).single() > 0) {
      return;
    }
    managementService.setProperty(PROPERTY, "mulai:" + year);
    try {
      drive(year);
      if (!stopping) {
        managementService.setProperty(PROPERTY, "selesai:" + year);
      }
    } catch (RuntimeException e) {
      if (!stopping) {
        log.warn("Demo: the appraisal year {} could not be run to its end: {}", year, e.toString(), e);
      }
    } finally {
      identityService.clearAuthentication();
    }
  }

  private boolean enabled() {
    return properties.demo().enabled() && properties.demo().tahunLalu()
        && repositoryService.createProcessDefinitionQuery().processDefinitionKey(AppraisalProcess.KEY).count() > 0;
  }

  private void drive(int year) {
    long t = System.currentTimeMillis();
    Set<String> recorded = capaianOrganisasi.forYear(Tahun.of(year)).stream().filter(c -> c.capaian() != null)
        .map(CapaianOrganisasiService.Capaian::unitKode).collect(Collectors.toSet());
    DemoAppraisals.DEMO_CAPAIAN.forEach((unit, capaian) -> {
      if (!recorded.contains(unit)) {
        capaianOrganisasi.record(unit, Tahun.of(year), capaian, "Data demo", DemoAppraisals.DEMO_BKPSDM);
      }
    });
    List<String> employees = identityService.createUserQuery().memberOfGroup(Roles.ASN).orderByUserId().asc().list()
        .stream().map(User::getId).filter(this::hasAppraiserChain).toList();
    Map<String, Integer> rank = new HashMap<>();
    for (String nip : employees) {
      if (stopping) {
        return;
      }
      PenilaianTahunan penilaian = PenilaianTahunan.of(nip, year);
      if (!starter.isOpened(penilaian)) {
        starter.start(penilaian, Map.of());
      }
      rank.put(nip, rank.size());
    }
    objectionFiled = jdbc.sql("SELECT COUNT(*) FROM keberatan k JOIN skp s ON s.id = k.skp_id WHERE s.tahun = ?")
        .param(year).query(Long.class).single() > 0;
    int completions = 0;
    for (int round = 0; round < MAX_ROUNDS && !stopping; round++) {
      Set<String> instances = runtimeService.createProcessInstanceQuery().variableValueEquals(AppraisalProcess.TAHUN.name(), year).list()
          .stream().map(ProcessInstance::getId).collect(Collectors.toSet());
      boolean progressed = jobExecutorRuns ? awaitDueJobs(instances) : fireDueJobs(instances);
      for (Task task : taskService.createTaskQuery().processVariableValueEquals(AppraisalProcess.TAHUN.name(), year).active()
          .orderByTaskCreateTime().asc().list()) {
        if (stopping) {
          return;
        }
        if (!LEFT_OPEN.contains(task.getTaskDefinitionKey()) && complete(task, year, rank)) {
          completions++;
          progressed = true;
        }
      }
      if (!progressed) {
        break;
      }
    }
    if (stopping) {
      return;
    }
    long finished = jdbc.sql("SELECT COUNT(*) FROM predikat_kinerja WHERE tahun = ?").param(year).query(Long.class).single();
    log.info("Demo: the appraisal year {} run to its end for {} of {} employees ({} tasks completed, {} ms){}", year,
        finished, employees.size(), completions, System.currentTimeMillis() - t,
        objectionFiled ? "; one objection waits for the appraiser's response" : "");
    if (finished + (objectionFiled ? 1 : 0) < employees.size()) {
      Map<String, Long> waiting = runtimeService.createProcessInstanceQuery().processDefinitionKey(AppraisalProcess.KEY)
          .variableValueEquals(AppraisalProcess.TAHUN.name(), year).list().stream()
          .flatMap(instance -> runtimeService.getActiveActivityIds(instance.getId()).stream())
          .collect(Collectors.groupingBy(activity -> activity, TreeMap::new, Collectors.counting()));
      log.warn("Demo: appraisals of {} still waiting at {}", year, waiting);
    }
  }

  /**
   * The model's own condition ({@link AppraisalProcess#pejabatLengkap}): otherwise (the
   * agency head, whose official is both appraiser and atasan) the year waits at BKPSDM's
   * Task_LengkapiPejabat, and the head's unit could not be calibrated.
   */
  private boolean hasAppraiserChain(String nip) {
    try {
      Map<String, Object> pejabat = organisasi.pejabatOf(Nip.of(nip)); // not a NIP: no chain
      return AppraisalProcess.pejabatLengkap(nip,
          (String) pejabat.get(AppraisalProcess.PEJABAT_PENILAI.name()),
          (String) pejabat.get(AppraisalProcess.ATASAN_PEJABAT_PENILAI.name()));
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * The job executor was told of the due jobs when they were created (and finds those of an
   * interrupted run when it starts): wait for it instead of executing them here at the same time,
   * which made both fail on the same job. A job that fails is retried or becomes an incident by the
   * engine's rules, and then no longer counts as due.
   */
  private boolean awaitDueJobs(Set<String> instances) {
    long deadline = System.nanoTime() + JOB_WAIT.toNanos();
    boolean waited = false;
    while (!stopping && !dueJobs(instances).isEmpty()) {
      if (System.nanoTime() > deadline) {
        log.warn("Demo: the job executor has not run last year's due jobs within {}", JOB_WAIT);
        return waited;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return waited;
      }
      waited = true;
    }
    return waited;
  }

  private List<Job> dueJobs(Set<String> instances) {
    return managementService.createJobQuery().executable().list().stream()
        .filter(job -> instances.contains(job.getProcessInstanceId())).toList();
  }

  /** Without a job executor (tests), the due jobs are run here, as the job executor would. */
  private boolean fireDueJobs(Set<String> instances) {
    boolean fired = false;
    for (Job job : dueJobs(instances)) {
      if (stopping) {
        return fired;
      }
      try {
        managementService.executeJob(job.getId());
        fired = true;
      } catch (OptimisticLockingException e) {
        fired = true; // the job executor was quicker
      } catch (RuntimeException e) {
        // the engine has counted the failed attempt; with no retries left the job stops being
        // executable and shows as an incident in Cockpit
        log.warn("Demo: job {} of {} failed: {}", job.getId(), job.getProcessInstanceId(), e.getMessage());
      }
    }
    return fired;
  }

  /** Completes one task as its assignee (or a BKPSDM operator for BKPSDM's), with what that person would enter. */
  private boolean complete(Task task, int year, Map<String, Integer> rank) {
    String user = task.getAssignee() != null ? task.getAssignee() : DemoAppraisals.DEMO_BKPSDM;
    String nip = (String) taskService.getVariable(task.getId(), AppraisalProcess.NIP.name());
    int i = nip == null ? 0 : rank.getOrDefault(nip, 0);
    Map<String, Object> answer = switch (task.getTaskDefinitionKey()) {
      case AppraisalProcess.Elements.TASK_DRAFT_SKP -> Map.of(AppraisalProcess.RHK.name(),
          SpinValues.jsonValue(JsonValues.text(DemoAppraisals.sampleSkp(taskService, task))).create());
      case AppraisalProcess.Elements.TASK_REVIEW_SKP -> Map.of(AppraisalProcess.KEPUTUSAN_REVIEW_SKP.name(), AppraisalProcess.Decisions.SKP_SETUJU);
      case AppraisalProcess.Elements.TASK_LAPORKAN_REALISASI -> Map.of(AppraisalProcess.REALISASI.name(), SpinValues.jsonValue(JsonValues.text(realisasi(task))).create());
      case AppraisalProcess.Elements.TASK_NILAI_PERIODE -> Map.of(AppraisalProcess.HASIL_KERJA_PERIODIK.name(), "SESUAI", AppraisalProcess.PERILAKU_KERJA_PERIODIK.name(), "SESUAI",
          AppraisalProcess.CATATAN_PERIODIK.name(), "Capaian triwulan sesuai rencana; pertahankan.");
      case AppraisalProcess.Elements.TASK_PENILAIAN_DIRI -> Map.of(AppraisalProcess.PENILAIAN_DIRI_HASIL_KERJA.name(), "SESUAI", AppraisalProcess.PENILAIAN_DIRI_PERILAKU_KERJA.name(), "SESUAI",
          AppraisalProcess.CATATAN_PENILAIAN_DIRI.name(), "Target tahun " + year + " tercapai sesuai rencana.");
      case AppraisalProcess.Elements.TASK_PILIH_PENILAI_360 -> peers(task);
      case PeerFeedbackProcess.Elements.TASK_BERI_UMPAN_BALIK -> feedback(i + user.hashCode());
      case AppraisalProcess.Elements.TASK_NILAI_KINERJA_TAHUNAN -> annualRating(i);
      case KalibrasiProcess.Elements.TASK_KALIBRASI_KURVA_UNIT -> Map.of(KalibrasiProcess.TINDAKAN_KALIBRASI.name(), KalibrasiProcess.Status.TINDAKAN_JUSTIFIKASI, KalibrasiProcess.JUSTIFIKASI_KURVA.name(),
          "Usulan predikat unit sesuai capaian kerja yang terdokumentasi sepanjang tahun " + year + ".");
      case KalibrasiProcess.Elements.TASK_TERIMA_JUSTIFIKASI -> Map.of(KalibrasiProcess.PUTUSAN_JUSTIFIKASI.name(), KalibrasiProcess.Status.JUSTIFIKASI_TERIMA);
      case AppraisalProcess.Elements.TASK_TERIMA_HASIL -> acceptOrObject(task);
      case AppraisalProcess.Elements.TASK_TETAPKAN_HASIL -> Map.of(AppraisalProcess.HASIL_DITETAPKAN.name(), true, AppraisalProcess.CATATAN_PENETAPAN.name(), "Ditetapkan.");
      default -> null;
    };
    if (answer == null) {
      return false;
    }
    identityService.setAuthentication(user, groupsOf.computeIfAbsent(user, id ->
        identityService.createGroupQuery().groupMember(id).list().stream().map(Group::getId).toList()));
    try {
      taskService.complete(task.getId(), answer);
      return true;
    } catch (RuntimeException e) {
      log.warn("Demo {}: {} of {} not completed: {}", year, task.getTaskDefinitionKey(), nip, e.getMessage());
      return false;
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The first employee rated Butuh Perbaikan objects (the objection then waits for the appraiser); the others accept. */
  private Map<String, Object> acceptOrObject(Task task) {
    if (!objectionFiled && "BUTUH_PERBAIKAN".equals(taskService.getVariable(task.getId(), AppraisalProcess.PREDIKAT.name()))) {
      objectionFiled = true;
      return Map.of(AppraisalProcess.AJUKAN_KEBERATAN.name(), true, AppraisalProcess.ALASAN_KEBERATAN.name(), "Realisasi triwulan III dan IV belum diperhitungkan: "
          + "laporan dan bukti dukungnya sudah diunggah tepat waktu.");
    }
    return Map.of(AppraisalProcess.AJUKAN_KEBERATAN.name(), false);
  }

  /** The period's report: every indicator achieved as planned, with a link to its evidence. */
  private JsonNode realisasi(Task task) {
    JsonNode items = JsonValues.tree(taskService.getVariable(task.getId(), AppraisalProcess.REALISASI.name()));
    ArrayNode filled = JsonNodeFactory.instance.arrayNode();
    int n = 0;
    for (JsonNode item : items) {
      ObjectNode copy = ((ObjectNode) item).deepCopy();
      copy.put("capaian", "Tercapai sesuai rencana triwulan");
      copy.putArray("buktiDukung").addObject()
          .put("tautan", "https://drive.sukamaju.example/bukti/" + task.getId() + "/" + (++n))
          .put("keterangan", "Laporan kegiatan");
      filled.add(copy);
    }
    return filled;
  }

  /** The appraiser asks the first three (or more, if the form offers fewer) colleagues offered. */
  private Map<String, Object> peers(Task task) {
    JsonNode options = JsonValues.tree(taskService.getVariable(task.getId(), AppraisalProcess.PILIHAN_PENILAI_360.name()));
    List<String> chosen = new ArrayList<>();
    for (JsonNode option : options) {
      if (chosen.size() < 3) {
        chosen.add(option.path("value").asText());
      }
    }
    ArrayNode value = JsonNodeFactory.instance.arrayNode();
    chosen.forEach(value::add);
    return Map.of(AppraisalProcess.PENILAI_360_TERPILIH.name(), SpinValues.jsonValue(value.toString()).create());
  }

  private static Map<String, Object> feedback(int seed) {
    Map<String, Object> answer = new HashMap<>();
    NilaiBerakhlak[] values = NilaiBerakhlak.values();
    for (int k = 0; k < values.length; k++) {
      answer.put(PeerFeedbackProcess.skor(values[k]).name(), String.valueOf(3 + Math.floorMod(seed + k, 3)));
    }
    return answer;
  }

  /**
   * Most employees as expected; one in six above expectations in both (Sangat Baik), another in
   * results only, and one in eleven below in results, so the units' curves have something to show.
   */
  private static Map<String, Object> annualRating(int i) {
    Map<String, Object> rating = new HashMap<>();
    String hasil = i % 11 == 7 ? "DI_BAWAH" : i % 6 == 1 || i % 6 == 4 ? "DI_ATAS" : "SESUAI";
    String perilaku = i % 6 == 1 ? "DI_ATAS" : "SESUAI";
    rating.put(AppraisalProcess.HASIL_KERJA.name(), hasil);
    if (!"SESUAI".equals(hasil)) {
      rating.put(AppraisalProcess.ALASAN_HASIL_KERJA.name(), "DI_ATAS".equals(hasil)
          ? "Seluruh target tercapai lebih cepat dan hasilnya dipakai unit lain."
          : "Dua dari tiga indikator tidak tercapai tanpa kendala di luar kendali pegawai.");
    }
    for (NilaiBerakhlak nilai : NilaiBerakhlak.values()) {
      rating.put(AppraisalProcess.perilaku(nilai).name(), "SESUAI");
    }
    rating.put(AppraisalProcess.PERILAKU_KERJA.name(), perilaku);
    if (!"SESUAI".equals(perilaku)) {
      rating.put(AppraisalProcess.ALASAN_PERILAKU_KERJA.name(), "Menjadi rujukan rekan kerja dan aktif berbagi pengetahuan.");
    }
    return rating;
  }
}
