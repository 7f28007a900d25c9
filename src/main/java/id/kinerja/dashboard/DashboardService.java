package id.kinerja.dashboard;

import id.kinerja.kernel.KurvaDistribusi;
import id.kinerja.kernel.Predikat;
import id.kinerja.kernel.Tahun;
import id.kinerja.system.Waktu;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The figures behind the dashboards, read-only. */
@Service
@Transactional(readOnly = true)
class DashboardService {

  static final int WORKLOAD_ROWS = 50;
  static final int LENIENCY_ROWS = 100;
  static final int VIOLATION_ROWS = 100;

  private final DashboardRepository repository;
  private final CurveEvaluator curveEvaluator;
  private final RepositoryService repositoryService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final Waktu waktu;
  /** Curve rows by decision definition id and capaian: a deployed decision version never changes. */
  private final Map<String, List<KurvaDistribusi.Batas>> curveRules = new java.util.concurrent.ConcurrentHashMap<>();

  DashboardService(DashboardRepository repository, CurveEvaluator curveEvaluator, RepositoryService repositoryService,
      TaskService taskService, RuntimeService runtimeService, Waktu waktu) {
    this.waktu = waktu;
    this.repository = repository;
    this.curveEvaluator = curveEvaluator;
    this.repositoryService = repositoryService;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
  }

  // ---- progress per unit -------------------------------------------------------------------

  record Crumb(String code, String name) {}

  record ProgressRow(String code, String name, boolean drillable, boolean ownStaff, long employees, long appraisals,
      Map<Fase, Long> phases, long overdue, long objections, long openObjections, String chart) {}

  record Progress(int tahun, String unit, String unitName, List<Crumb> path, List<ProgressRow> rows,
      ProgressRow total, List<Fase> fases) {}

  /**
   * Figures of each unit below {@code unitCode} (default: the top of the tree) with everything
   * under it, plus a row for the unit's own staff. Units are counted by the employee's unit.
   */
  Progress progress(Tahun tahun, String unitCode, LocalDateTime now) {
    UnitTree tree = new UnitTree(repository.units());
    String selected = selectedUnit(tree, unitCode);
    Map<String, long[]> own = new HashMap<>(); // employees, appraisals, overdue, objections, open objections
    Map<String, Map<Fase, Long>> ownPhases = new HashMap<>();
    repository.activeEmployeesPerUnit().forEach(c -> figures(own, c.unit())[0] += c.count());
    for (DashboardRepository.UnitPhaseCount c : repository.phasesPerUnit(tahun)) {
      figures(own, c.unit())[1] += c.count();
      ownPhases.computeIfAbsent(c.unit(), u -> new EnumMap<>(Fase.class)).merge(c.fase(), c.count(), Long::sum);
    }
    repository.overduePerUnit(tahun, now).forEach(c -> figures(own, c.unit())[2] += c.count());
    repository.objectionsPerUnit(tahun).forEach(c -> {
      figures(own, c.unit())[3] += c.total();
      figures(own, c.unit())[4] += c.open();
    });
    // add each unit's own figures to the unit itself and every unit above it
    Map<String, long[]> subtree = new HashMap<>();
    Map<String, Map<Fase, Long>> subtreePhases = new HashMap<>();
    own.forEach((unit, f) -> {
      for (String up : tree.selfAndAncestors(unit)) {
        long[] s = figures(subtree, up);
        for (int i = 0; i < f.length; i++) {
          s[i] += f[i];
        }
      }
    });
    ownPhases.forEach((unit, phases) -> {
      for (String up : tree.selfAndAncestors(unit)) {
        Map<Fase, Long> s = subtreePhases.computeIfAbsent(up, u -> new EnumMap<>(Fase.class));
        phases.forEach((fase, count) -> s.merge(fase, count, Long::sum));
      }
    });
    List<ProgressRow> rows = new ArrayList<>();
    List<String> listed = selected == null ? tree.roots() : tree.children(selected);
    if (selected != null) {
      rows.add(progressRow(selected, "Staf langsung " + tree.name(selected), false, true,
          own.get(selected), ownPhases.get(selected)));
    }
    for (String code : listed) {
      rows.add(progressRow(code, tree.name(code), !tree.children(code).isEmpty(), false,
          subtree.get(code), subtreePhases.get(code)));
    }
    ProgressRow total;
    if (selected != null) {
      total = progressRow(selected, tree.name(selected), false, false, subtree.get(selected), subtreePhases.get(selected));
    } else {
      long[] sum = new long[5];
      Map<Fase, Long> phases = new EnumMap<>(Fase.class);
      for (String root : tree.roots()) {
        long[] f = subtree.getOrDefault(root, new long[5]);
        for (int i = 0; i < 5; i++) {
          sum[i] += f[i];
        }
        subtreePhases.getOrDefault(root, Map.of()).forEach((fase, c) -> phases.merge(fase, c, Long::sum));
      }
      total = progressRow(null, "Seluruh instansi", false, false, sum, phases);
    }
    return new Progress(tahun.value(), selected, selected == null ? null : tree.name(selected), crumbs(tree, selected),
        rows, total, List.of(Fase.values()));
  }

  private static ProgressRow progressRow(String code, String name, boolean drillable, boolean ownStaff, long[] f,
      Map<Fase, Long> phases) {
    long[] figures = f == null ? new long[5] : f;
    Map<Fase, Long> counts = new EnumMap<>(Fase.class);
    for (Fase fase : Fase.values()) {
      counts.put(fase, phases == null ? 0L : phases.getOrDefault(fase, 0L));
    }
    String chart = Svg.stackedBar(counts.entrySet().stream()
        .map(e -> new Svg.Segment(e.getKey().label(), e.getValue(), e.getKey().warna())).toList(), 220, 14);
    return new ProgressRow(code, name, drillable, ownStaff, figures[0], figures[1], counts, figures[2], figures[3],
        figures[4], chart);
  }

  private static long[] figures(Map<String, long[]> map, String unit) {
    return map.computeIfAbsent(unit, u -> new long[5]);
  }

  private static String selectedUnit(UnitTree tree, String unitCode) {
    if (unitCode != null && !unitCode.isBlank()) {
      if (!tree.contains(unitCode)) {
        throw new IllegalArgumentException("Unit kerja '" + unitCode + "' tidak dikenal");
      }
      return unitCode;
    }
    return tree.roots().size() == 1 ? tree.roots().get(0) : null;
  }

  private static List<Crumb> crumbs(UnitTree tree, String selected) {
    return selected == null ? List.of() : tree.path(selected).stream().map(c -> new Crumb(c, tree.name(c))).toList();
  }

  // ---- predikat distribution against the curve ------------------------------------------------

  record UnitCurve(String code, String name, boolean drillable, String capaian, long employees, int rated,
      Map<Predikat, Long> counts, List<KurvaDistribusi.Baris> checks, String chart) {

    public boolean ok() {
      return checks.stream().allMatch(KurvaDistribusi.Baris::terpenuhi);
    }

    public boolean checked() {
      return capaian != null && rated > 0;
    }
  }

  /**
   * An objection decision that changed a released predikat and broke its unit's curve: it stands
   * (the decision is final), BKPSDM is shown it; {@code masihDiLuarKurva} is the unit as it is now.
   */
  record ObjectionCurveChange(long id, String unit, String unitName, String nip, String name, Predikat sebelum,
      Predikat sesudah, LocalDateTime dicatatPada, boolean masihDiLuarKurva, DashboardRepository.FollowUp tindakLanjut) {}

  record Curves(int tahun, String unit, String unitName, List<Crumb> path, List<UnitCurve> rows,
      List<UnitCurve> violations, long violationCount, long unitsChecked, List<Predikat> predikat,
      List<ObjectionCurveChange> objections, long objectionsOpen, Map<String, List<String>> behind) {

    /** What stands behind a unit being outside its curve, in sentences; empty when nothing does. */
    public List<String> behind(String unit) {
      return behind.getOrDefault(unit, List.of());
    }
  }

  /** A flagged objection entry that does not exist (or never broke a curve). */
  static class UnknownObjectionEntryException extends RuntimeException {
    UnknownObjectionEntryException(long id) {
      super("Tidak ada catatan putusan keberatan di luar kurva dengan nomor " + id);
    }
  }

  /** The entry was followed up already; the first record stands. */
  static class AlreadyFollowedUpException extends RuntimeException {
    AlreadyFollowedUpException(String message) {
      super(message);
    }
  }

  static final int FOLLOW_UP_MIN = 10;
  static final int FOLLOW_UP_MAX = 1000;

  /**
   * BKPSDM records how it followed up an objection decision that left a unit outside its curve (the
   * decision stands; e.g. talked the unit's distribution through with its head). Once per entry.
   * Returns the entry's year. The one write of the dashboards: not in the class's read-only
   * transaction, which PostgreSQL enforces.
   */
  @Transactional
  Tahun followUpObjection(long id, String catatan, String user, LocalDateTime now) {
    String text = catatan == null ? "" : catatan.strip();
    if (text.length() < FOLLOW_UP_MIN || text.length() > FOLLOW_UP_MAX) {
      throw new IllegalArgumentException("Catatan tindak lanjut wajib diisi, " + FOLLOW_UP_MIN + " sampai "
          + FOLLOW_UP_MAX + " karakter: tuliskan apa yang dilakukan (sekarang " + text.length() + " karakter)");
    }
    Tahun tahun = repository.flaggedObjectionYear(id).orElseThrow(() -> new UnknownObjectionEntryException(id));
    if (!repository.recordFollowUp(id, user, now, text)) {
      throw new AlreadyFollowedUpException("Catatan ini sudah ditindaklanjuti" + repository.followUpOf(id)
          .map(first -> " oleh " + first.olehNama() + " pada " + waktu.tanggalJam(first.pada())).orElse(""));
    }
    return tahun;
  }

  Curves curves(Tahun tahun, String unitCode) {
    UnitTree tree = new UnitTree(repository.units());
    String selected = selectedUnit(tree, unitCode);
    Map<String, Map<Predikat, Long>> counts = new HashMap<>();
    repository.predikatPerUnit(tahun).forEach(c -> counts.computeIfAbsent(c.unit(), u -> new EnumMap<>(Predikat.class))
        .merge(Predikat.parse(c.predikat()).orElseThrow(() -> new IllegalStateException(
            "unknown predikat '" + c.predikat() + "'")), c.count(), Long::sum));
    Map<String, Long> employees = new HashMap<>();
    repository.activeEmployeesPerUnit().forEach(c -> employees.put(c.unit(), c.count()));
    Map<String, String> capaian = repository.capaianPerUnit(tahun);
    Map<String, List<KurvaDistribusi.Batas>> rulesByCapaian = new HashMap<>();

    Set<String> all = new LinkedHashSet<>(capaian.keySet());
    all.addAll(counts.keySet());
    List<UnitCurve> violations = new ArrayList<>();
    long violationCount = 0;
    long checked = 0;
    Map<String, UnitCurve> byUnit = new HashMap<>();
    for (String unit : all) {
      // charts only for the rows shown (below); thousands of units are checked, a few dozen drawn
      UnitCurve curve = unitCurve(tree, unit, capaian.get(unit), counts.getOrDefault(unit, Map.of()),
          employees.getOrDefault(unit, 0L), rulesByCapaian, false);
      byUnit.put(unit, curve);
      if (curve.checked()) {
        checked++;
        if (!curve.ok()) {
          violationCount++;
          if (violations.size() < VIOLATION_ROWS) {
            violations.add(withChart(curve));
          }
        }
      }
    }
    List<UnitCurve> rows = new ArrayList<>();
    List<String> listed = new ArrayList<>();
    if (selected != null) {
      listed.add(selected);
      listed.addAll(tree.children(selected));
    } else {
      listed.addAll(tree.roots());
    }
    for (String unit : listed) {
      UnitCurve curve = byUnit.get(unit);
      rows.add(curve != null ? withChart(curve)
          : unitCurve(tree, unit, null, Map.of(), employees.getOrDefault(unit, 0L), rulesByCapaian, true));
    }
    violations.sort(java.util.Comparator.comparing(UnitCurve::name));
    List<ObjectionCurveChange> objections = repository.objectionsBreakingTheCurve(tahun, VIOLATION_ROWS).stream()
        .map(o -> {
          UnitCurve now = byUnit.get(o.unit());
          return new ObjectionCurveChange(o.id(), o.unit(), tree.name(o.unit()), o.nip(), o.name(),
              Predikat.valueOf(o.predikatSebelum()), Predikat.valueOf(o.predikatSesudah()), o.dicatatPada(),
              now != null && now.checked() && !now.ok(), o.tindakLanjut());
        })
        .toList();
    return new Curves(tahun.value(), selected, selected == null ? null : tree.name(selected), crumbs(tree, selected), rows,
        violations, violationCount, checked, List.of(Predikat.values()), objections,
        objections.isEmpty() ? 0 : repository.objectionsBreakingTheCurveOpen(tahun), behind(tahun, rows, violations));
  }

  /**
   * For each shown unit outside its curve: an accepted justification of its head, the objection
   * decisions that changed predikat after its release (both legitimately keep a unit outside).
   */
  private Map<String, List<String>> behind(Tahun tahun, List<UnitCurve> rows, List<UnitCurve> violations) {
    Set<String> outside = new LinkedHashSet<>();
    java.util.stream.Stream.concat(rows.stream(), violations.stream())
        .filter(u -> u.checked() && !u.ok()).forEach(u -> outside.add(u.code()));
    if (outside.isEmpty()) {
      return Map.of();
    }
    Map<String, DashboardRepository.AcceptedJustification> justified = repository.acceptedJustifications(tahun);
    Map<String, Long> decisions = repository.objectionDecisionsPerUnit(tahun);
    Map<String, List<String>> behind = new HashMap<>();
    for (String unit : outside) {
      List<String> sentences = new ArrayList<>();
      DashboardRepository.AcceptedJustification j = justified.get(unit);
      if (j != null) {
        sentences.add("Justifikasi kepala unit diterima BKPSDM (" + j.olehNama() + ", " + waktu.tanggal(j.pada()) + ").");
      }
      long n = decisions.getOrDefault(unit, 0L);
      if (n > 0) {
        sentences.add(n + " putusan keberatan mengubah predikat setelah kalibrasi (putusan final).");
      }
      if (!sentences.isEmpty()) {
        behind.put(unit, sentences);
      }
    }
    return behind;
  }

  private UnitCurve unitCurve(UnitTree tree, String unit, String capaian, Map<Predikat, Long> counts, long employees,
      Map<String, List<KurvaDistribusi.Batas>> rulesByCapaian, boolean chart) {
    int rated = (int) counts.values().stream().mapToLong(Long::longValue).sum();
    Map<Predikat, Long> byPredikat = new EnumMap<>(Predikat.class);
    for (Predikat p : Predikat.values()) {
      byPredikat.put(p, counts.getOrDefault(p, 0L));
    }
    List<KurvaDistribusi.Baris> checks = capaian != null && rated > 0
        ? KurvaDistribusi.periksa(rulesByCapaian.computeIfAbsent(capaian, this::curveRules), byPredikat).baris()
        : List.of();
    UnitCurve curve = new UnitCurve(unit, tree.name(unit), !tree.children(unit).isEmpty(), capaian, employees, rated,
        byPredikat, checks, null);
    return chart ? withChart(curve) : curve;
  }

  private static UnitCurve withChart(UnitCurve c) {
    String chart = Svg.stackedBar(c.counts().entrySet().stream()
        .map(e -> new Svg.Segment(e.getKey().label(), e.getValue(), e.getKey().warna())).toList(), 220, 14);
    return new UnitCurve(c.code(), c.name(), c.drillable(), c.capaian(), c.employees(), c.rated(), c.counts(),
        c.checks(), chart);
  }

  /** The limits of DMN kurva-distribusi (its latest version) for one organisation result. */
  List<KurvaDistribusi.Batas> curveRules(String capaian) {
    String definitionId = curveEvaluator.latestVersionId();
    return curveRules.computeIfAbsent(definitionId + "|" + capaian, key -> curveEvaluator.evaluate(definitionId, capaian));
  }

  // ---- workload ---------------------------------------------------------------------------------

  record WorkloadRow(String nip, String name, long openTasks, long overdueTasks, double oldestDays, double meanDays) {}

  record Workload(int tahun, long people, long openTasks, List<WorkloadRow> rows, String chart) {}

  Workload workload(Tahun tahun, LocalDateTime now) {
    long nowEpoch = now.toEpochSecond(ZoneOffset.UTC);
    List<WorkloadRow> rows = repository.workload(tahun, now, WORKLOAD_ROWS).stream()
        .map(w -> new WorkloadRow(w.assignee(), w.name() == null ? w.assignee() : w.name(), w.openTasks(),
            w.overdueTasks(), Duration.between(w.oldestTask(), now).toMinutes() / 1440.0,
            (nowEpoch - w.meanCreatedEpochSecond()) / 86400.0))
        .toList();
    long[] totals = repository.workloadTotals(tahun);
    String chart = Svg.bars(rows.stream().limit(20)
        .map(r -> new Svg.Bar(r.name(), Math.round(r.oldestDays() * 10) / 10.0, "#d9534f")).toList(),
        720, 0, rows.stream().mapToDouble(WorkloadRow::oldestDays).max().orElse(1), "hari");
    return new Workload(tahun.value(), totals[0], totals[1], rows, chart);
  }

  // ---- leniency ---------------------------------------------------------------------------------

  record LeniencyView(int tahun, boolean has360, long appraisers, List<Leniency.Row> rows, String chart) {}

  LeniencyView leniency(Tahun tahun) {
    UnitTree tree = new UnitTree(repository.units());
    List<DashboardRepository.RatingSums> sums = repository.annualRatingSums(tahun);
    List<String> appraisers = sums.stream().map(DashboardRepository.RatingSums::penilai).distinct().toList();
    boolean has360 = repository.has360Answers(tahun);
    List<Leniency.Row> all = Leniency.compute(sums, tree, repository.people(appraisers),
        has360 ? repository.perilakuAgainst360(tahun) : List.of());
    List<Leniency.Row> rows = all.stream().limit(LENIENCY_ROWS).toList();
    String chart = Svg.bars(rows.stream().limit(20)
        .map(r -> new Svg.Bar(r.name(), Math.round(r.selisih() * 100) / 100.0, r.selisih() >= 0 ? "#f0a030" : "#5b8def"))
        .toList(), 720, -2, 2, "");
    return new LeniencyView(tahun.value(), has360, all.size(), rows, chart);
  }

  // ---- the appraiser's subordinates -----------------------------------------------------------

  record OpenTask(String id, String executionId, String name, String taskDefinitionKey, LocalDateTime due, boolean overdue, String assignee) {}

  record SubordinateRow(String nip, String name, String position, Fase fase, List<OpenTask> tasks, long overdue,
      DashboardRepository.Ratings ratings) {

    public String faseLabel() {
      return fase == null ? "Belum dibuka" : fase.label();
    }

    public String predikatLabel() {
      return ratings == null ? null : Predikat.labelOf(ratings.predikat());
    }
  }

  record Team(int tahun, String appraiser, List<SubordinateRow> rows, Map<String, Long> perFase, String chart) {}

  /**
   * The appraiser's own active subordinates only. A handful of instances, so Camunda's public
   * query API serves: open tasks by process instance ids, and the active activities of instances
   * that wait without a task.
   */
  Team team(String appraiser, Tahun tahun, LocalDateTime now) {
    List<DashboardRepository.Subordinate> subordinates = repository.subordinates(appraiser, tahun);
    List<String> instanceIds = subordinates.stream().map(DashboardRepository.Subordinate::processInstanceId)
        .filter(id -> id != null).toList();
    Map<String, List<Task>> tasksByInstance = new HashMap<>();
    Set<String> running = new java.util.HashSet<>();
    if (!instanceIds.isEmpty()) {
      String[] ids = instanceIds.toArray(String[]::new);
      taskService.createTaskQuery().processInstanceIdIn(ids).list()
          .forEach(task -> tasksByInstance.computeIfAbsent(task.getProcessInstanceId(), k -> new ArrayList<>()).add(task));
      runtimeService.createProcessInstanceQuery().processInstanceIds(Set.copyOf(instanceIds)).list()
          .stream().map(ProcessInstance::getId).forEach(running::add);
    }
    Map<String, DashboardRepository.Ratings> ratings = repository.ratings(
        subordinates.stream().map(DashboardRepository.Subordinate::nip).toList(), tahun);
    Map<String, Fase> byElement = Fase.byElement();
    List<SubordinateRow> rows = new ArrayList<>();
    for (DashboardRepository.Subordinate s : subordinates) {
      String instance = s.processInstanceId();
      List<Task> tasks = instance == null ? List.of() : tasksByInstance.getOrDefault(instance, List.of());
      Fase fase = null;
      if (instance != null) {
        Collection<String> places = tasks.isEmpty() && running.contains(instance)
            ? runtimeService.getActiveActivityIds(instance)
            : tasks.stream().map(Task::getTaskDefinitionKey).toList();
        fase = places.stream().map(byElement::get).filter(f -> f != null).max(Enum::compareTo)
            .orElse(running.contains(instance) ? Fase.LAINNYA : Fase.SELESAI);
      }
      List<OpenTask> open = tasks.stream().map(t -> {
        LocalDateTime due = t.getDueDate() == null ? null
            : LocalDateTime.ofInstant(t.getDueDate().toInstant(), java.time.ZoneId.systemDefault());
        return new OpenTask(t.getId(), t.getExecutionId(), t.getName(), t.getTaskDefinitionKey(), due, due != null && due.isBefore(now), t.getAssignee());
      }).toList();
      rows.add(new SubordinateRow(s.nip(), s.name(), s.position(), fase, open,
          open.stream().filter(OpenTask::overdue).count(), ratings.get(s.nip())));
    }
    Map<String, Long> perFase = rows.stream().collect(Collectors.groupingBy(SubordinateRow::faseLabel,
        java.util.LinkedHashMap::new, Collectors.counting()));
    String chart = Svg.stackedBar(java.util.Arrays.stream(Fase.values())
        .map(f -> new Svg.Segment(f.label(), rows.stream().filter(r -> r.fase() == f).count(), f.warna())).toList(), 320, 16);
    return new Team(tahun.value(), appraiser, rows, perFase, chart);
  }

}
