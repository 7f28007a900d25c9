package id.kinerja.dashboard;

import static id.kinerja.kernel.AppraisalProcess.Elements.*;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.Nip;
import id.kinerja.kernel.Predikat;
import id.kinerja.kernel.Rating;
import id.kinerja.kernel.Tahun;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Kinerja Saya" (one employee's own year) and "Tim Saya" (an appraiser's direct subordinates).
 * Read with the system's view of the engine, and only ever for the NIP of the person signed in
 * or for that person's own direct subordinates: the NIP is never taken from the request.
 * The engine is asked by process instance id (indexed); the 360 feedback lives in its own process
 * instances, so none of its tasks or raters reach the rated employee here.
 */
@Service
@Transactional(readOnly = true)
class PeopleService {

  private final id.kinerja.system.Waktu waktu;

  enum Status { SELESAI, BERJALAN, BELUM }

  record Step(String label, Status status, String keterangan) {
    public String statusLabel() {
      return switch (status) {
        case SELESAI -> "Selesai";
        case BERJALAN -> "Berjalan";
        case BELUM -> "Belum";
      };
    }
  }

  /** A task that is open now: on whom it waits (a name, "Anda", or a group), what for, and its link. */
  record Waiting(String taskId, String who, String whoNip, String what, LocalDateTime due, boolean overdue,
      boolean mine) {
    public String sentence() {
      return "menunggu " + who + " " + what;
    }
  }

  record MyYear(int tahun, PeopleRepository.Person person, boolean opened, boolean running, String faseLabel,
      List<Step> steps, List<Waiting> waiting, String predikat, boolean predikatFinal, Long objectionDaysLeft,
      LocalDateTime objectionUntil, List<PeopleRepository.PastYear> pastYears) {

    public String predikatLabel() {
      return Predikat.labelOf(predikat);
    }
  }

  private final PeopleRepository people;
  private final DashboardService dashboards;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;

  PeopleService(PeopleRepository people, DashboardService dashboards, TaskService taskService,
      RuntimeService runtimeService, ManagementService managementService, id.kinerja.system.Waktu waktu) {
    this.waktu = waktu;
    this.people = people;
    this.dashboards = dashboards;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
  }

  Optional<MyYear> myYear(Nip nip, Tahun tahun, LocalDateTime now) {
    Optional<PeopleRepository.Person> person = people.person(nip);
    if (person.isEmpty()) {
      return Optional.empty();
    }
    List<PeopleRepository.PastYear> past = people.otherYears(nip, tahun);
    Optional<PeopleRepository.Year> year = people.year(nip, tahun);
    if (year.isEmpty()) {
      return Optional.of(new MyYear(tahun.value(), person.get(), false, false, "Belum dibuka", List.of(), List.of(), null,
          false, null, null, past));
    }
    String instance = year.get().processInstanceId();
    PeopleRepository.Skp skp = year.get().skp();
    List<Task> tasks = taskService.createTaskQuery().processInstanceId(instance).list();
    boolean running = runtimeService.createProcessInstanceQuery().processInstanceId(instance).count() > 0;
    Set<String> places = new HashSet<>();
    tasks.forEach(t -> places.add(t.getTaskDefinitionKey()));
    if (running && tasks.isEmpty()) {
      places.addAll(runtimeService.getActiveActivityIds(instance));
    }
    Map<String, Fase> byElement = Fase.byElement();
    Fase fase = places.stream().map(byElement::get).filter(f -> f != null).max(Enum::compareTo)
        .orElse(running ? Fase.LAINNYA : Fase.SELESAI);

    List<PeopleRepository.Rating> ratings = skp == null ? List.of() : people.ratings(skp.id());
    Map<Integer, LocalDateTime> reported = skp == null ? Map.of() : people.reportedPeriods(skp.id());
    Optional<PeopleRepository.Objection> objection = skp == null ? Optional.empty() : people.objection(skp.id());
    Optional<PeopleRepository.Final> fin = skp == null ? Optional.empty() : people.finalPredikat(skp.id());
    Integer periods = null;
    Integer opened = null;
    if (running) {
      for (VariableInstance v : runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance)
          .variableNameIn(AppraisalProcess.JUMLAH_PERIODE.name(), AppraisalProcess.PERIODE_DIBUKA.name()).list()) {
        if (v.getValue() instanceof Number n && v.getExecutionId().equals(instance)) {
          if (v.getName().equals(AppraisalProcess.JUMLAH_PERIODE.name())) {
            periods = n.intValue();
          } else {
            opened = n.intValue();
          }
        }
      }
    }
    Set<String> open = new HashSet<>(places);
    List<Step> steps = new ArrayList<>();
    steps.add(skpStep(skp, open));
    steps.addAll(periodSteps(ratings, reported, periods, opened, fase, open));
    PeopleRepository.Rating self = find(ratings, "DIRI");
    PeopleRepository.Rating annual = find(ratings, "TAHUNAN");
    steps.add(self != null ? new Step("Penilaian diri", Status.SELESAI, "Diisi " + day(self.dinilai()))
        : open.contains(TASK_PENILAIAN_DIRI) ? new Step("Penilaian diri", Status.BERJALAN, "Menunggu Anda mengisi")
        : new Step("Penilaian diri", Status.BELUM, "Setelah periode terakhir"));
    // 360: only whether it runs; who rates and what they answered stays hidden from the employee
    steps.add(annual != null ? new Step("Umpan balik 360", Status.SELESAI, "Selesai")
        : fase == Fase.PENILAIAN_TAHUNAN ? new Step("Umpan balik 360", Status.BERJALAN, "Sedang berjalan")
        : new Step("Umpan balik 360", Status.BELUM, "Bersamaan dengan penilaian diri"));
    steps.add(annual != null
        ? new Step("Penilaian tahunan", Status.SELESAI, "Hasil Kerja " + Rating.labelOf(annual.hasilKerja())
            + ", Perilaku Kerja " + Rating.labelOf(annual.perilakuKerja()))
        : open.contains(TASK_NILAI_KINERJA_TAHUNAN) ? new Step("Penilaian tahunan", Status.BERJALAN, "Pejabat penilai sedang menilai")
        : new Step("Penilaian tahunan", Status.BELUM, "Setelah penilaian diri"));
    String predikat = skp == null ? null : people.currentPredikat(skp.id()).orElse(null);
    steps.add(predikat == null ? new Step("Predikat", Status.BELUM, "Dari penilaian tahunan")
        : fin.isPresent() ? new Step("Predikat", Status.SELESAI, Predikat.labelOf(predikat))
        : new Step("Predikat", Status.BERJALAN, Predikat.labelOf(predikat) + " (usulan; menunggu kalibrasi unit dan penetapan)"));

    Long daysLeft = null;
    LocalDateTime until = null;
    if (open.contains(TASK_TERIMA_HASIL) || open.contains(TIMER_OBJECTION_WINDOW)) {
      until = objectionWindowEnd(instance, tasks);
      if (until != null) {
        daysLeft = Math.max(0, ChronoUnit.DAYS.between(now.toLocalDate(), until.toLocalDate()));
      }
    }
    if (objection.isPresent()) {
      PeopleRepository.Objection o = objection.get();
      steps.add(o.keputusan() == null
          ? new Step("Keberatan", Status.BERJALAN, "Diajukan " + day(o.diajukan()) + ", menunggu putusan atasan pejabat penilai")
          : new Step("Keberatan", Status.SELESAI, ("UBAH".equals(o.keputusan()) ? "Diputus: predikat diubah menjadi "
              + Predikat.labelOf(o.predikatBaru()) : "Diputus: predikat tetap") + " (" + day(o.diputus()) + ")"));
    } else if (daysLeft != null) {
      steps.add(new Step("Masa keberatan", Status.BERJALAN, "Sisa " + daysLeft + " hari (sampai " + day(until) + ")"));
    } else if (fin.isPresent()) {
      steps.add(new Step("Masa keberatan", Status.SELESAI, "Tidak ada keberatan"));
    } else {
      steps.add(new Step("Masa keberatan", Status.BELUM, "14 hari setelah hasil disampaikan"));
    }
    steps.add(fin.isPresent()
        ? new Step("Penetapan", Status.SELESAI, "Ditetapkan " + day(fin.get().ditetapkan()))
        : open.contains(TASK_TETAPKAN_HASIL) ? new Step("Penetapan", Status.BERJALAN, "Menunggu penetapan")
        : new Step("Penetapan", Status.BELUM, "Setelah masa keberatan"));

    List<Waiting> waiting = waiting(nip.value(), tasks, now);
    return Optional.of(new MyYear(tahun.value(), person.get(), true, running, fase.label(), steps, waiting, predikat,
        fin.isPresent(), daysLeft, until, past));
  }

  private Step skpStep(PeopleRepository.Skp skp, Set<String> open) {
    if (skp == null) {
      return open.contains(TASK_DRAFT_SKP) ? new Step("SKP", Status.BERJALAN, "Menunggu Anda menyusun draf SKP")
          : new Step("SKP", Status.BELUM, "Belum disusun");
    }
    return switch (skp.status()) {
      case "DISETUJUI" -> new Step("SKP", Status.SELESAI, "Disetujui " + day(skp.disetujui()));
      case "DIAJUKAN" -> new Step("SKP", Status.BERJALAN, "Diajukan " + day(skp.diajukan()) + ", sedang diperiksa");
      case "DIKEMBALIKAN" -> new Step("SKP", Status.BERJALAN, "Dikembalikan untuk diperbaiki"
          + (skp.catatanReview() == null || skp.catatanReview().isBlank() ? "" : ": " + skp.catatanReview()));
      default -> new Step("SKP", Status.BERJALAN, "Draf");
    };
  }

  private List<Step> periodSteps(List<PeopleRepository.Rating> ratings, Map<Integer, LocalDateTime> reported,
      Integer periods, Integer opened, Fase fase, Set<String> open) {
    int last = periods == null ? 0 : periods;
    for (PeopleRepository.Rating r : ratings) {
      if ("PERIODIK".equals(r.jenis()) && r.periode() != null) {
        last = Math.max(last, r.periode());
      }
    }
    for (int p : reported.keySet()) {
      last = Math.max(last, p);
    }
    if (opened != null) {
      last = Math.max(last, opened);
    }
    List<Step> steps = new ArrayList<>();
    if (last == 0) {
      steps.add(new Step("Penilaian periodik", fase.compareTo(Fase.PELAKSANAAN) > 0 ? Status.SELESAI : Status.BELUM,
          fase.compareTo(Fase.PELAKSANAAN) > 0 ? "Selesai" : "Dibuka setelah SKP disetujui"));
      return steps;
    }
    boolean afterPeriods = fase.compareTo(Fase.PELAKSANAAN) > 0;
    for (int p = 1; p <= last; p++) {
      final int periode = p;
      PeopleRepository.Rating rated = ratings.stream()
          .filter(r -> "PERIODIK".equals(r.jenis()) && r.periode() != null && r.periode() == periode)
          .max(Comparator.comparing(PeopleRepository.Rating::dinilai)).orElse(null);
      String label = "Periode " + p;
      if (rated != null) {
        steps.add(new Step(label, Status.SELESAI, "Dinilai: Hasil Kerja " + Rating.labelOf(rated.hasilKerja())
            + ", Perilaku Kerja " + Rating.labelOf(rated.perilakuKerja())));
      } else if (reported.containsKey(p)) {
        steps.add(new Step(label, Status.BERJALAN, "Realisasi dilaporkan " + day(reported.get(p)) + ", menunggu penilaian"));
      } else if (afterPeriods) {
        steps.add(new Step(label, Status.SELESAI, "Ditutup"));
      } else if (opened != null && p <= opened || open.contains(TASK_LAPORKAN_REALISASI)) {
        steps.add(new Step(label, Status.BERJALAN, "Dibuka: laporkan realisasi"));
      } else {
        steps.add(new Step(label, Status.BELUM, "Belum dibuka"));
      }
    }
    return steps;
  }

  private LocalDateTime objectionWindowEnd(String instance, List<Task> tasks) {
    Job timer = managementService.createJobQuery().processInstanceId(instance).activityId(TIMER_OBJECTION_WINDOW)
        .timers().list().stream().findFirst().orElse(null);
    if (timer != null && timer.getDuedate() != null) {
      return LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault());
    }
    return tasks.stream().filter(t -> TASK_TERIMA_HASIL.equals(t.getTaskDefinitionKey()) && t.getDueDate() != null)
        .map(t -> LocalDateTime.ofInstant(t.getDueDate().toInstant(), ZoneId.systemDefault())).findFirst().orElse(null);
  }

  /** The open tasks of the year with the person (by name) or group they wait on. */
  List<Waiting> waiting(String me, List<Task> tasks, LocalDateTime now) {
    Set<String> nips = new HashSet<>();
    tasks.forEach(t -> {
      if (t.getAssignee() != null) {
        nips.add(t.getAssignee());
      }
    });
    Map<String, String> names = people.names(nips);
    List<Waiting> waiting = new ArrayList<>();
    for (Task t : tasks) {
      String who;
      if (t.getAssignee() != null) {
        who = t.getAssignee().equals(me) ? "Anda" : names.getOrDefault(t.getAssignee(), t.getAssignee());
      } else {
        List<String> groups = taskService.getIdentityLinksForTask(t.getId()).stream()
            .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
            .map(IdentityLink::getGroupId).map(PeopleService::groupLabel).toList();
        who = groups.isEmpty() ? "seseorang" : String.join(" / ", groups);
      }
      LocalDateTime due = t.getDueDate() == null ? null : LocalDateTime.ofInstant(t.getDueDate().toInstant(), ZoneId.systemDefault());
      waiting.add(new Waiting(t.getId(), who, t.getAssignee(), withPeriod(what(t), t.getTaskDefinitionKey(), t.getExecutionId()), due, due != null && due.isBefore(now),
          me.equals(t.getAssignee())));
    }
    return waiting;
  }

  /** "menilai periode" becomes "menilai periode 2": the period is the task's own (multi-instance) counter. */
  private String withPeriod(String what, String taskDefinitionKey, String executionId) {
    if (!TASK_NILAI_PERIODE.equals(taskDefinitionKey) && !TASK_LAPORKAN_REALISASI.equals(taskDefinitionKey)) {
      return what;
    }
    Object periode = runtimeService.getVariable(executionId, AppraisalProcess.PERIODE_KE.name());
    return periode == null ? what : what + " " + periode;
  }

  static String what(Task t) {
    return what(t.getTaskDefinitionKey(), t.getName());
  }

  /** What a task asks, as the rest of "menunggu <siapa> ...". */
  static String what(String taskDefinitionKey, String name) {
    String key = taskDefinitionKey == null ? "" : taskDefinitionKey;
    return switch (key) {
      case TASK_LENGKAPI_PEJABAT -> "melengkapi pejabat penilai";
      case TASK_DRAFT_SKP -> "menyusun SKP";
      case TASK_REVIEW_SKP -> "memeriksa SKP";
      case TASK_TINDAK_LANJUT_REVIEW -> "menindaklanjuti pemeriksaan SKP yang terlambat";
      case TASK_LAPORKAN_REALISASI -> "melaporkan realisasi periode";
      case TASK_NILAI_PERIODE -> "menilai periode";
      case TASK_PENILAIAN_DIRI -> "mengisi penilaian diri";
      case TASK_PILIH_PENILAI_360 -> "memilih penilai umpan balik 360";
      case TASK_NILAI_KINERJA_TAHUNAN -> "memberi penilaian tahunan";
      case TASK_TERIMA_HASIL -> "menerima hasil penilaian atau mengajukan keberatan";
      case TASK_TANGGAPI_KEBERATAN -> "menanggapi keberatan";
      case TASK_PUTUSKAN_KEBERATAN -> "memutuskan keberatan";
      case TASK_TINDAK_LANJUT_KEBERATAN -> "menindaklanjuti keberatan yang terlambat diputus";
      case TASK_TETAPKAN_HASIL -> "menetapkan hasil";
      default -> "menyelesaikan tugas \u201c" + name + "\u201d";
    };
  }

  private static String groupLabel(String group) {
    return switch (group) {
      case "bkpsdm" -> "BKPSDM";
      case "camunda-admin" -> "admin";
      default -> group;
    };
  }

  private static PeopleRepository.Rating find(List<PeopleRepository.Rating> ratings, String jenis) {
    return ratings.stream().filter(r -> jenis.equals(r.jenis())).reduce((a, b) -> b).orElse(null);
  }

  /** A moment as the agency's date in words ("7 Desember 2026"). */
  private String day(LocalDateTime time) {
    return time == null ? "" : waktu.tanggal(time);
  }

  // ---- Tim Saya --------------------------------------------------------------------------------

  record Member(String nip, String name, String position, String faseLabel, List<Waiting> onMe, List<Waiting> onThem,
      List<Waiting> onOthers, long overdue, LocalDate lastActivity, String predikatLabel) {}

  record Team(int tahun, List<Member> members, long waitingOnMe, long overdue) {}

  private static final Map<String, String> SKP_STATUS = Map.of("DRAFT", "draf", "DIAJUKAN", "diajukan",
      "DIKEMBALIKAN", "dikembalikan", "DISETUJUI", "disetujui");

  /** The appraiser's own active direct subordinates, nobody else's. */
  Team team(String appraiser, Tahun tahun, LocalDateTime now) {
    DashboardService.Team team = dashboards.team(appraiser, tahun, now);
    List<String> nips = team.rows().stream().map(DashboardService.SubordinateRow::nip).toList();
    Map<String, LocalDate> last = people.lastActivity(nips);
    Map<String, String> skpStatus = people.skpStatuses(nips, tahun);
    Set<String> assignees = new HashSet<>();
    team.rows().forEach(r -> r.tasks().forEach(t -> {
      if (t.assignee() != null) {
        assignees.add(t.assignee());
      }
    }));
    Map<String, String> names = people.names(assignees);
    List<Member> members = new ArrayList<>();
    long onMeTotal = 0;
    long overdueTotal = 0;
    for (DashboardService.SubordinateRow r : team.rows()) {
      List<Waiting> onMe = new ArrayList<>();
      List<Waiting> onThem = new ArrayList<>();
      List<Waiting> onOthers = new ArrayList<>();
      for (DashboardService.OpenTask t : r.tasks()) {
        String who = t.assignee() == null ? "kelompok" : t.assignee().equals(appraiser) ? "Anda"
            : names.getOrDefault(t.assignee(), t.assignee());
        Waiting w = new Waiting(t.id(), who, t.assignee(),
            withPeriod(what(t.taskDefinitionKey(), t.name()), t.taskDefinitionKey(), t.executionId()), t.due(),
            t.overdue(), appraiser.equals(t.assignee()));
        if (appraiser.equals(t.assignee())) {
          onMe.add(w);
        } else if (r.nip().equals(t.assignee())) {
          onThem.add(w);
        } else {
          onOthers.add(w);
        }
      }
      onMeTotal += onMe.size();
      overdueTotal += r.overdue();
      String fase = r.fase() == Fase.PERENCANAAN && skpStatus.containsKey(r.nip())
          ? r.faseLabel() + ": SKP " + SKP_STATUS.getOrDefault(skpStatus.get(r.nip()), skpStatus.get(r.nip()))
          : r.faseLabel();
      members.add(new Member(r.nip(), r.name(), r.position(), fase, onMe, onThem, onOthers, r.overdue(),
          last.get(r.nip()), r.predikatLabel()));
    }
    return new Team(tahun.value(), members, onMeTotal, overdueTotal);
  }
}
