package id.kinerja.pegawai;

import id.kinerja.dashboard.Fase;
import id.kinerja.feedback.FeedbackRequestProcess;
import id.kinerja.feedback.PeerFeedbackProcess;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.Nip;
import id.kinerja.organisation.ImportRejectedException;
import id.kinerja.organisation.ImportSummary;
import id.kinerja.organisation.Mutasi;
import id.kinerja.organisation.OrganisationImport;
import id.kinerja.organisation.OrganisationLookup;
import id.kinerja.pegawai.PegawaiRepository.Detail;
import id.kinerja.pegawai.PegawaiRepository.Person;
import id.kinerja.system.Kode;
import id.kinerja.system.Waktu;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The BKPSDM operator's employee desk: search, an employee's page, and every change previewed
 * before it is saved. A change is made by the organisation's own services (Mutasi, the import of
 * one row), so the desk's screens and the REST API behave alike. A preview is the change itself,
 * made in a transaction that is always rolled back: what it shows is exactly what saving does now.
 */
@Service
class MejaPegawai {

  static final int HASIL_MAKS = 20;
  static final int PANJANG_MAKS = 100;

  /** The engine's variable of the employee an instance or task is about. */
  private static final String NIP_VARIABLE = AppraisalProcess.NIP.name();
  /** 360 raters stay anonymous: their tasks are not listed on the employee's page. */
  private static final Set<String> HIDDEN_PROCESSES = Set.of(PeerFeedbackProcess.KEY, FeedbackRequestProcess.KEY);

  record Hasil(List<PegawaiRepository.Hit> hasil, boolean lebih) {}

  record Tugas(String id, String nama, String menunggu, Date tenggat, boolean terlambat) {}

  record TahunIni(int tahun, boolean dibuka, String fase, List<Tugas> tugas) {}

  record TahunLalu(int tahun, String predikat, boolean dokumen) {}

  record Perubahan(String jenis, String oleh, Object pada, List<String> sebelum, List<String> sesudah) {}

  record Profil(Detail pegawai, List<Person> rantaiAtasan, List<Person> bawahan, TahunIni tahunIni,
      List<TahunLalu> tahun, List<Perubahan> perubahan) {}

  /** An open task that changes hands: its name, and from whom to whom (in words). */
  record Pindah(String tugas, String pegawai, String dari, String ke) {}

  record PratinjauMutasi(Detail pegawai, Person atasanBaru, String unitLama, String unitBaru, List<Pindah> tugas,
      List<String> berikutnya, Mutasi.Moved hasil) {}

  record PratinjauKeluar(Detail pegawai, List<String> penilaianBerakhir, List<Person> bawahanAktif) {}

  record PegawaiBaru(String nip, String nama, String status, String jabatan, String jenisJabatan, String unitKode,
      String email, String nipAtasan) {}

  record PratinjauBaru(PegawaiBaru data, String unit, String atasan, String pejabatPenilai, boolean jabatanBaru) {}

  record GantiJabatan(String jabatan, String jenisJabatan, String unitKode) {}

  record PratinjauJabatan(Detail pegawai, List<String> sebelum, List<String> sesudah, List<Pindah> tugas,
      List<String> berikutnya) {}

  /** A change the desk refuses, in words for the operator; nothing was stored. */
  static class Ditolak extends RuntimeException {
    private final List<String> alasan;

    Ditolak(List<String> alasan) {
      super(String.join("; ", alasan));
      this.alasan = List.copyOf(alasan);
    }

    Ditolak(String alasan) {
      this(List.of(alasan));
    }

    List<String> alasan() {
      return alasan;
    }
  }

  private final PegawaiRepository repository;
  private final AuditPerubahan audit;
  private final Mutasi mutasi;
  private final OrganisationImport organisationImport;
  private final OrganisationLookup organisasi;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final PlatformTransactionManager transactions;
  private final Kode kode;
  private final Waktu waktu;

  MejaPegawai(PegawaiRepository repository, AuditPerubahan audit, Mutasi mutasi, OrganisationImport organisationImport,
      OrganisationLookup organisasi, TaskService taskService, RuntimeService runtimeService,
      RepositoryService repositoryService, PlatformTransactionManager transactions, Kode kode, Waktu waktu) {
    this.repository = repository;
    this.audit = audit;
    this.mutasi = mutasi;
    this.organisationImport = organisationImport;
    this.organisasi = organisasi;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.transactions = transactions;
    this.kode = kode;
    this.waktu = waktu;
  }

  // ---- search ------------------------------------------------------------------------------------

  /**
   * Every word of the query must begin a word of the name, position or unit, the NIP or a part of
   * it. Fewer than two letters find nothing yet (as the operator types); more than
   * {@value #PANJANG_MAKS} is refused.
   */
  @Transactional(readOnly = true)
  Hasil cari(String q) {
    if (q == null) {
      return new Hasil(List.of(), false);
    }
    if (q.length() > PANJANG_MAKS) {
      throw new Ditolak("Kata pencarian terlalu panjang: paling banyak " + PANJANG_MAKS + " huruf.");
    }
    List<String> words = PegawaiIndeks.words(q).stream().distinct().limit(6).toList();
    if (String.join("", words).length() < 2) {
      return new Hasil(List.of(), false);
    }
    List<PegawaiRepository.Hit> hits = repository.search(words, HASIL_MAKS + 1);
    return hits.size() > HASIL_MAKS ? new Hasil(hits.subList(0, HASIL_MAKS), true) : new Hasil(hits, false);
  }

  // ---- the employee's page -----------------------------------------------------------------------

  @Transactional(readOnly = true)
  Optional<Profil> profil(Nip nip) {
    Optional<Detail> found = repository.detail(nip);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Detail pegawai = found.get();
    List<Person> chain = new ArrayList<>();
    // the chain is read from the organisation, whose NIPs the import has checked
    Set<Nip> seen = new HashSet<>(Set.of(nip));
    for (Nip up = nipOrNull(pegawai.atasanNip()); up != null && seen.add(up);
        up = nipOrNull(repository.supervisorOf(up).orElse(null))) {
      repository.person(up).ifPresent(chain::add);
    }
    int tahunIni = LocalDate.now(waktu.zona()).getYear();
    List<PegawaiRepository.Tahun> years = repository.years(nip);
    String instance = years.stream().filter(y -> y.tahun() == tahunIni).map(PegawaiRepository.Tahun::processInstanceId)
        .filter(Objects::nonNull).findFirst().orElse(null);
    List<TahunLalu> past = years.stream()
        .map(y -> new TahunLalu(y.tahun(), y.predikat() == null ? "Belum ditetapkan" : kode.predikat(y.predikat()),
            y.processInstanceId() != null))
        .toList();
    List<Perubahan> changes = repository.changes(nip).stream()
        .map(c -> new Perubahan(JenisPerubahan.labelOf(c.jenis()), c.olehNama() == null ? c.oleh()
            : c.olehNama() + " (" + c.oleh() + ")", c.pada(), lines(c.sebelum()), lines(c.sesudah())))
        .toList();
    return Optional.of(new Profil(pegawai, chain, repository.activeSubordinates(nip),
        thisYear(nip, tahunIni, instance, pegawai.aktif()), past, changes));
  }

  private static List<String> lines(String text) {
    return text == null ? List.of() : List.of(text.split("\n"));
  }

  private TahunIni thisYear(Nip nip, int tahun, String instance, boolean aktif) {
    List<Tugas> open = openTasks(nip);
    if (instance == null) {
      return new TahunIni(tahun, false, aktif ? "Belum dibuka" : "-", open);
    }
    boolean running = runtimeService.createProcessInstanceQuery().processInstanceId(instance).count() > 0;
    String fase;
    if (running) {
      Set<String> places = new HashSet<>();
      taskService.createTaskQuery().processInstanceId(instance).list().forEach(t -> places.add(t.getTaskDefinitionKey()));
      if (places.isEmpty()) {
        places.addAll(runtimeService.getActiveActivityIds(instance));
      }
      Map<String, Fase> byElement = Fase.byElement();
      fase = places.stream().map(byElement::get).filter(Objects::nonNull).max(Enum::compareTo).orElse(Fase.LAINNYA)
          .label();
    } else {
      fase = aktif ? Fase.SELESAI.label() : "Diakhiri (pegawai keluar)";
    }
    return new TahunIni(tahun, true, fase, open);
  }

  /** The open tasks of the employee's processes, on whom each waits in words, soonest due first. */
  private List<Tugas> openTasks(Nip nip) {
    List<Task> tasks = taskService.createTaskQuery().processVariableValueEquals(NIP_VARIABLE, nip.value()).active().list()
        .stream().filter(t -> !HIDDEN_PROCESSES.contains(processKeyOf(t))).toList();
    Map<String, String> names = repository.names(tasks.stream().map(Task::getAssignee).filter(Objects::nonNull).toList());
    Date now = new Date();
    List<Tugas> open = new ArrayList<>();
    for (Task task : tasks) {
      String who;
      if (task.getAssignee() != null) {
        who = names.getOrDefault(task.getAssignee(), task.getAssignee());
      } else {
        List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
            .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
            .map(IdentityLink::getGroupId).map(MejaPegawai::groupName).toList();
        who = groups.isEmpty() ? "belum ada yang ditunjuk" : String.join(", ", groups);
      }
      open.add(new Tugas(task.getId(), task.getName(), who, task.getDueDate(),
          task.getDueDate() != null && task.getDueDate().before(now)));
    }
    open.sort((a, b) -> a.tenggat() == null ? (b.tenggat() == null ? 0 : 1)
        : b.tenggat() == null ? -1 : a.tenggat().compareTo(b.tenggat()));
    return open;
  }

  private static String processKeyOf(Task task) {
    String id = task.getProcessDefinitionId();
    return id == null ? "" : id.substring(0, Math.max(0, id.indexOf(':')));
  }

  private static String groupName(String group) {
    return switch (group) {
      case AppraisalProcess.GROUP_BKPSDM -> "BKPSDM";
      default -> "grup " + group;
    };
  }

  // ---- mutasi ------------------------------------------------------------------------------------

  PratinjauMutasi pratinjauMutasi(Nip nip, String nipAtasan, String unitKode, String operator) {
    Detail pegawai = activeEmployee(nip);
    Nip atasan = requiredNip(nipAtasan, "NIP atasan baru", "Atasan baru");
    String unit = blankToNull(unitKode);
    return dryRun(() -> {
      List<String> concerned = concerned(nip);
      Map<String, Task> before = tasksOf(concerned);
      Mutasi.Moved moved = refusing(() -> mutasi.changeSupervisor(nip, atasan, unit, operator));
      List<Pindah> pindah = handedOver(before, tasksOf(concerned));
      Person atasanBaru = repository.person(atasan).orElseThrow();
      String unitBaru = unit == null ? pegawai.unit() : repository.unit(unit).map(PegawaiRepository.UnitRow::nama).orElse(unit);
      return new PratinjauMutasi(pegawai, atasanBaru, pegawai.unit(), unitBaru, pindah,
          nextTasks(nip, moved), moved);
    });
  }

  @Transactional
  Mutasi.Moved simpanMutasi(Nip nip, String nipAtasan, String unitKode, String operator) {
    activeEmployee(nip);
    Nip atasan = requiredNip(nipAtasan, "NIP atasan baru", "Atasan baru");
    return refusing(() -> mutasi.changeSupervisor(nip, atasan, blankToNull(unitKode), operator));
  }

  /** The employee and their direct subordinates: whose tasks a change of the employee's supervisor may move. */
  private List<String> concerned(Nip nip) {
    List<String> nips = new ArrayList<>(List.of(nip.value()));
    repository.activeSubordinates(nip).forEach(p -> nips.add(p.nip()));
    return nips;
  }

  private Map<String, Task> tasksOf(List<String> nips) {
    Map<String, Task> tasks = new LinkedHashMap<>();
    for (String nip : nips) {
      taskService.createTaskQuery().processVariableValueEquals(NIP_VARIABLE, nip).list().stream()
          .filter(t -> !HIDDEN_PROCESSES.contains(processKeyOf(t)))
          .forEach(t -> tasks.put(t.getId(), t));
    }
    return tasks;
  }

  private List<Pindah> handedOver(Map<String, Task> before, Map<String, Task> after) {
    List<Pindah> moved = new ArrayList<>();
    Set<String> people = new HashSet<>();
    before.values().forEach(t -> people.add(t.getAssignee()));
    after.values().forEach(t -> people.add(t.getAssignee()));
    for (Task task : before.values()) {
      Task now = after.get(task.getId());
      if (now != null && !Objects.equals(task.getAssignee(), now.getAssignee())) {
        people.add(String.valueOf(taskService.getVariable(task.getId(), NIP_VARIABLE)));
      }
    }
    people.remove(null);
    Map<String, String> names = repository.names(people);
    for (Task task : before.values()) {
      Task now = after.get(task.getId());
      if (now != null && !Objects.equals(task.getAssignee(), now.getAssignee())) {
        Object whose = taskService.getVariable(task.getId(), NIP_VARIABLE);
        moved.add(new Pindah(task.getName(), whose == null ? "-" : names.getOrDefault(whose.toString(), whose.toString()),
            who(task.getAssignee(), names), who(now.getAssignee(), names)));
      }
    }
    return moved;
  }

  private static String who(String nip, Map<String, String> names) {
    return nip == null ? "belum ada yang ditunjuk" : names.getOrDefault(nip, nip);
  }

  /** What the rest of the running year will give to whom, in words. */
  private List<String> nextTasks(Nip nip, Mutasi.Moved moved) {
    boolean running = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(AppraisalProcess.KEY).variableValueEquals(NIP_VARIABLE, nip.value()).count() > 0;
    Map<String, String> names = repository.names(java.util.Arrays.asList(moved.formerAppraiser(), moved.newAppraiser(),
        moved.formerAtasan(), moved.newAtasan()));
    List<String> lines = new ArrayList<>();
    if (!running) {
      lines.add("Pegawai ini tidak mempunyai penilaian yang sedang berjalan: tidak ada tugas berikutnya yang berpindah.");
      return lines;
    }
    if (!Objects.equals(moved.formerAppraiser(), moved.newAppraiser())) {
      lines.add("Tugas pejabat penilai yang masih akan datang tahun ini (pemeriksaan SKP, penilaian periodik, penilaian "
          + "tahunan) diberikan kepada " + who(moved.newAppraiser(), names) + " (tidak lagi kepada "
          + who(moved.formerAppraiser(), names) + ")");
    } else {
      lines.add("Pejabat penilai tetap: " + who(moved.newAppraiser(), names));
    }
    if (!Objects.equals(moved.formerAtasan(), moved.newAtasan())) {
      lines.add("Tugas atasan pejabat penilai yang masih akan datang (keputusan keberatan, eskalasi) diberikan kepada "
          + who(moved.newAtasan(), names) + " (tidak lagi kepada " + who(moved.formerAtasan(), names) + ")");
    } else {
      lines.add("Atasan pejabat penilai tetap: " + who(moved.newAtasan(), names));
    }
    if (moved.subordinatesFollowed() > 0) {
      lines.add(moved.subordinatesFollowed() + " bawahan langsung pegawai ini mendapat atasan pejabat penilai baru.");
    }
    return lines;
  }

  // ---- departure ---------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  PratinjauKeluar pratinjauKeluar(Nip nip) {
    Detail pegawai = activeEmployee(nip);
    List<String> ending = new ArrayList<>();
    for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
        .variableValueEquals(NIP_VARIABLE, nip.value()).list()) {
      String name = repositoryService.getProcessDefinition(instance.getProcessDefinitionId()).getName();
      ending.add((name == null ? "Proses" : name) + (instance.getBusinessKey() == null ? ""
          : " (" + instance.getBusinessKey().replace(nip.value() + "-", "tahun ") + ")"));
    }
    return new PratinjauKeluar(pegawai, ending, repository.activeSubordinates(nip));
  }

  @Transactional
  Mutasi.Left simpanKeluar(Nip nip, String alasan, String operator) {
    Detail pegawai = activeEmployee(nip);
    String reason = alasan == null ? "" : alasan.trim();
    if (reason.isEmpty()) {
      throw new Ditolak("Alasan keluar wajib diisi (misalnya pensiun, pindah instansi, berhenti).");
    }
    if (reason.length() > 500) {
      throw new Ditolak("Alasan keluar terlalu panjang: paling banyak 500 huruf.");
    }
    return refusing(() -> mutasi.recordDeparture(nip, reason, operator));
  }

  // ---- a new employee ----------------------------------------------------------------------------

  PratinjauBaru pratinjauBaru(PegawaiBaru data, String operator) {
    PegawaiBaru checked = checkNew(data);
    boolean newPosition = repository.position(checked.jabatan()).isEmpty();
    return dryRun(() -> {
      importRow(checked, checked.unitKode(), false);
      String atasan = AuditPerubahan.person(checked.nipAtasan(), repository.names(List.of(checked.nipAtasan())));
      String appraiser = organisasi.appraiserOf(checked.nip());
      String pejabat = AuditPerubahan.person(appraiser, repository.names(appraiser == null ? List.of() : List.of(appraiser)));
      return new PratinjauBaru(checked, repository.unit(checked.unitKode()).orElseThrow().nama(), atasan, pejabat,
          newPosition);
    });
  }

  @Transactional
  ImportSummary simpanBaru(PegawaiBaru data, String operator) {
    PegawaiBaru checked = checkNew(data);
    boolean newPosition = repository.position(checked.jabatan()).isEmpty();
    ImportSummary summary = importRow(checked, checked.unitKode(), false);
    Map<String, String> names = repository.names(List.of(checked.nipAtasan()));
    audit.newEmployee(Nip.of(checked.nip()), operator, "Nama: " + checked.nama() + "\nStatus: " + checked.status()
        + "\nJabatan: " + checked.jabatan() + " (" + kode.label(checked.jenisJabatan()) + (newPosition ? ", jabatan baru" : "")
        + ")\nUnit kerja: " + repository.unit(checked.unitKode()).orElseThrow().nama()
        + "\nAtasan langsung: " + AuditPerubahan.person(checked.nipAtasan(), names)
        + (checked.email() == null ? "" : "\nSurel: " + checked.email()));
    return summary;
  }

  private PegawaiBaru checkNew(PegawaiBaru data) {
    List<String> problems = new ArrayList<>();
    String nip = data.nip() == null ? null : Nip.normalise(data.nip());
    Nip.problemOf(data.nip()).ifPresent(p -> problems.add(p.startsWith("NIP") ? p + "." : "NIP: " + p + "."));
    if (nip != null && problems.isEmpty()) {
      repository.person(Nip.of(nip)).ifPresent(p -> problems.add("NIP " + nip + " sudah terdaftar atas nama " + p.nama()
          + (p.aktif() ? "" : " (sudah keluar)") + "."));
    }
    String nama = blankToNull(data.nama());
    if (nama == null) {
      problems.add("Nama wajib diisi.");
    } else if (nama.length() > 200) {
      problems.add("Nama terlalu panjang: paling banyak 200 huruf.");
    }
    String status = blankToNull(data.status());
    if (status == null || !Set.of("PNS", "PPPK").contains(status.toUpperCase(Locale.ROOT))) {
      problems.add("Status harus PNS atau PPPK.");
    }
    String jenis = position(data.jabatan(), data.jenisJabatan(), problems);
    String unit = blankToNull(data.unitKode());
    if (unit == null || repository.unit(unit).isEmpty() || repository.unitClosed(unit)) {
      problems.add("Pilih unit kerja dari daftar.");
    }
    String email = blankToNull(data.email());
    if (email != null && (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
      problems.add("Alamat surel '" + email + "' tidak sah.");
    }
    String atasan = blankToNull(data.nipAtasan()) == null ? null : Nip.normalise(data.nipAtasan());
    if (atasan == null) {
      problems.add("Pilih atasan langsung.");
    } else {
      // an atasan that is no NIP is no employee: not known, as any other
      Optional<Person> supervisor = Nip.parse(atasan).flatMap(repository::person);
      if (supervisor.isEmpty()) {
        problems.add("Atasan dengan NIP " + atasan + " tidak dikenal.");
      } else if (!supervisor.get().aktif()) {
        problems.add("Atasan " + supervisor.get().nama() + " sudah tidak aktif.");
      }
    }
    if (!problems.isEmpty()) {
      throw new Ditolak(problems);
    }
    return new PegawaiBaru(nip, nama, status.toUpperCase(Locale.ROOT), data.jabatan().trim(), jenis, unit, email, atasan);
  }

  /** The kind of the position: the stored one for a known position, else the one chosen. */
  private String position(String jabatan, String jenisJabatan, List<String> problems) {
    String name = blankToNull(jabatan);
    if (name == null) {
      problems.add("Jabatan wajib diisi.");
      return null;
    }
    if (name.length() > 200) {
      problems.add("Nama jabatan terlalu panjang: paling banyak 200 huruf.");
      return null;
    }
    Optional<PegawaiRepository.Jabatan> known = repository.position(name);
    if (known.isPresent()) {
      return known.get().jenis();
    }
    String jenis = blankToNull(jenisJabatan);
    if (jenis == null || !Set.of("STRUKTURAL", "FUNGSIONAL", "PELAKSANA").contains(jenis.toUpperCase(Locale.ROOT))) {
      problems.add("Jabatan '" + name + "' belum ada: pilih jenisnya (struktural, fungsional atau pelaksana).");
      return null;
    }
    return jenis.toUpperCase(Locale.ROOT);
  }

  // ---- a change of position or unit --------------------------------------------------------------

  PratinjauJabatan pratinjauJabatan(Nip nip, GantiJabatan change, String operator) {
    Detail pegawai = activeEmployee(nip);
    GantiJabatan checked = checkChange(pegawai, change);
    return dryRun(() -> {
      List<String> concerned = concerned(nip);
      Map<String, Task> before = tasksOf(concerned);
      Mutasi.Moved moved = applyChange(nip, pegawai, checked, operator);
      List<Pindah> pindah = handedOver(before, tasksOf(concerned));
      String unitBaru = repository.unit(checked.unitKode()).orElseThrow().nama();
      List<String> next = moved == null ? List.of() : nextTasks(nip, moved);
      return new PratinjauJabatan(pegawai,
          List.of("Jabatan: " + pegawai.jabatan(), "Unit kerja: " + pegawai.unit()),
          List.of("Jabatan: " + checked.jabatan() + (pegawai.jabatan().equals(checked.jabatan()) ? " (tetap)" : ""),
              "Unit kerja: " + unitBaru + (pegawai.unitKode().equals(checked.unitKode()) ? " (tetap)" : "")),
          pindah, next);
    });
  }

  @Transactional
  void simpanJabatan(Nip nip, GantiJabatan change, String operator) {
    Detail pegawai = activeEmployee(nip);
    applyChange(nip, pegawai, checkChange(pegawai, change), operator);
  }

  private GantiJabatan checkChange(Detail pegawai, GantiJabatan change) {
    List<String> problems = new ArrayList<>();
    String jenis = position(change.jabatan(), change.jenisJabatan(), problems);
    String unit = blankToNull(change.unitKode());
    if (unit == null || repository.unit(unit).isEmpty() || repository.unitClosed(unit)) {
      problems.add("Pilih unit kerja dari daftar.");
    }
    if (problems.isEmpty() && pegawai.jabatan().equals(change.jabatan().trim()) && pegawai.unitKode().equals(unit)) {
      problems.add("Jabatan dan unit kerja sama dengan yang tercatat: tidak ada yang berubah.");
    }
    if (problems.isEmpty() && !pegawai.unitKode().equals(unit) && pegawai.atasanNip() == null) {
      problems.add("Pegawai ini tidak mempunyai atasan (kepala instansi): unit kerjanya diubah melalui impor organisasi.");
    }
    if (!problems.isEmpty()) {
      throw new Ditolak(problems);
    }
    return new GantiJabatan(change.jabatan().trim(), jenis, unit);
  }

  /** The new position through the import of the employee's own row; a new unit through a mutasi to the same supervisor. */
  private Mutasi.Moved applyChange(Nip nip, Detail pegawai, GantiJabatan change, String operator) {
    if (!pegawai.jabatan().equals(change.jabatan())) {
      importRow(new PegawaiBaru(pegawai.nip(), pegawai.nama(), pegawai.status(), change.jabatan(), change.jenisJabatan(),
          pegawai.unitKode(), pegawai.email(), pegawai.atasanNip()), pegawai.unitKode(), pegawai.kepalaUnit());
      renameInRunningYears(nip, change.jabatan());
      audit.newPosition(nip, operator, "Jabatan: " + pegawai.jabatan() + " (" + kode.label(pegawai.jenisJabatan()) + ")",
          "Jabatan: " + change.jabatan() + " (" + kode.label(change.jenisJabatan()) + ")");
    }
    if (!pegawai.unitKode().equals(change.unitKode())) {
      Nip atasan = nipOrNull(pegawai.atasanNip());
      return refusing(() -> mutasi.changeSupervisor(nip, atasan, change.unitKode(), operator));
    }
    return null;
  }

  /** Task headers of the running years show the position (variable jabatanPegawai). */
  private void renameInRunningYears(Nip nip, String jabatan) {
    for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
        .variableValueEquals(NIP_VARIABLE, nip.value()).list()) {
      if (runtimeService.getVariable(instance.getId(), AppraisalProcess.JABATAN_PEGAWAI.name()) != null) {
        runtimeService.setVariable(instance.getId(), AppraisalProcess.JABATAN_PEGAWAI.name(), jabatan);
      }
    }
  }

  /** One row of the organisation file, imported like any other: the same checks, the same Camunda user. */
  private ImportSummary importRow(PegawaiBaru row, String unitKode, boolean kepalaUnit) {
    PegawaiRepository.UnitRow unit = repository.unit(unitKode).orElseThrow();
    StringWriter csv = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
      printer.printRecord("nip", "nama", "status", "jabatan", "jenis_jabatan", "unit_kode", "unit_nama", "unit_induk_kode",
          "instansi_kode", "instansi_nama", "email", "nip_atasan", "kepala_unit");
      printer.printRecord(row.nip(), row.nama(), row.status(), row.jabatan(), row.jenisJabatan(), unit.kode(), unit.nama(),
          unit.indukKode(), unit.instansiKode(), unit.instansiNama(), row.email(), row.nipAtasan(), kepalaUnit ? "Y" : "N");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return organisationImport.importCsv(new StringReader(csv.toString()));
    } catch (ImportRejectedException e) {
      throw new Ditolak(e.errors().stream().map(error -> error.reason()).toList());
    }
  }

  // ---- shared ------------------------------------------------------------------------------------

  private Detail activeEmployee(Nip nip) {
    Detail pegawai = repository.detail(nip).orElseThrow(() -> new TidakAda(nip));
    if (!pegawai.aktif()) {
      throw new Ditolak(pegawai.nama() + " sudah keluar: datanya tidak dapat diubah lagi.");
    }
    return pegawai;
  }

  /** An unknown employee: the page answers 404. */
  static class TidakAda extends RuntimeException {
    TidakAda(Nip nip) {
      super("Pegawai dengan NIP " + nip + " tidak ditemukan.");
    }
  }

  /** A NIP the operator typed or picked; one that is no NIP is nobody the organisation knows, with the reason. */
  private static Nip requiredNip(String text, String what, String who) {
    String value = blankToNull(text);
    if (value == null) {
      throw new Ditolak(what + " wajib diisi: cari dan pilih orangnya.");
    }
    return Nip.parse(value).orElseThrow(() -> new Ditolak(who + " dengan NIP " + value + " tidak dikenal: "
        + Nip.problemOf(value).orElseThrow() + "."));
  }

  /** A NIP the organisation holds (checked by its import); null for none. */
  private static Nip nipOrNull(String stored) {
    return stored == null ? null : Nip.of(stored);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** The organisation's refusals (unknown people, a loop in the chain, ...) in the desk's words. */
  private static <T> T refusing(Supplier<T> change) {
    try {
      return change.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new Ditolak(e.getMessage());
    }
  }

  /**
   * Makes the change and shows its effect, then rolls all of it back: nothing of a preview is stored.
   * Its own transaction from a page; a savepoint inside a caller's transaction (a test's).
   */
  private <T> T dryRun(Supplier<T> change) {
    TransactionTemplate template = new TransactionTemplate(transactions);
    template.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    return template.execute(status -> {
      status.setRollbackOnly();
      return change.get();
    });
  }
}
