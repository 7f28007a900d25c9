package id.kinerja.dashboard;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.Tahun;
import id.kinerja.notification.Reminders;
import id.kinerja.organisation.OrganisationLookup;
import id.kinerja.system.Waktu;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Chasing the late: per unit, whose SKP is not submitted, whose periodic report is not sent and
 * whose rating is not given by its deadline (open tasks of the year's appraisal-cycle past their
 * due date), and BKPSDM's reminder to them and, as a copy, to their appraiser, once per person per
 * day ({@link Reminders}). Read from the documented columns of ACT_RU_TASK, as the other dashboards.
 */
@Service
class LateWork {

  /** What is late, from the task that waits for it (names that are no word of the pages: never shown). */
  enum Kind {
    SKP_TERLAMBAT("SKP belum diajukan", AppraisalProcess.Elements.TASK_DRAFT_SKP),
    LAPORAN_TERLAMBAT("Laporan realisasi periode belum dikirim", AppraisalProcess.Elements.TASK_LAPORKAN_REALISASI),
    PENILAIAN_PERIODE_TERLAMBAT("Penilaian periode belum diberikan", AppraisalProcess.Elements.TASK_NILAI_PERIODE),
    PENILAIAN_TAHUNAN_TERLAMBAT("Penilaian kinerja tahunan belum diberikan", AppraisalProcess.Elements.TASK_NILAI_KINERJA_TAHUNAN);

    private final String label;
    private final String task;

    Kind(String label, String task) {
      this.label = label;
      this.task = task;
    }

    public String label() {
      return label;
    }

    static Optional<Kind> ofTask(String key) {
      for (Kind kind : values()) {
        if (kind.task.equals(key)) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * One late item: {@code who} is the person the task waits for (the employee, or for a rating their
   * appraiser), {@code employee} whose year it is.
   */
  record Late(Kind kind, String taskId, String taskName, String unit, String employeeNip, String employeeName,
      String who, String whoName, LocalDateTime due, long daysLate, Reminders.LastReminder lastReminder) {

    public boolean remindedOn(LocalDate day) {
      return lastReminder != null && lastReminder.tanggal().equals(day);
    }
  }

  record UnitLate(String code, String name, List<Late> items) {

    public long people() {
      return items.stream().map(Late::who).distinct().count();
    }
  }

  record View(int tahun, List<UnitLate> units, long total, LocalDate today, boolean mailed) {}

  /** How many people were reminded, and how many had been reminded today already. */
  record Sent(int sent, int alreadyToday) {}

  private final JdbcClient jdbc;
  private final Reminders reminders;
  private final OrganisationLookup organisasi;
  private final Waktu waktu;

  LateWork(JdbcClient jdbc, Reminders reminders, OrganisationLookup organisasi, Waktu waktu) {
    this.jdbc = jdbc;
    this.reminders = reminders;
    this.organisasi = organisasi;
    this.waktu = waktu;
  }

  View view(Tahun tahun, LocalDateTime now) {
    List<Late> items = late(tahun, now);
    Map<String, UnitLate> units = new LinkedHashMap<>();
    for (Late item : items) {
      units.computeIfAbsent(item.unit(), u -> new UnitLate(u, unitName(u), new ArrayList<>())).items().add(item);
    }
    List<UnitLate> sorted = new ArrayList<>(units.values());
    sorted.sort(java.util.Comparator.comparing(UnitLate::name));
    return new View(tahun.value(), sorted, items.size(), today(now), reminders.mailed());
  }

  /**
   * Reminds everybody late in the unit (or the one person {@code nip} there, when given) who has not
   * been reminded today; the list is worked out again here, whatever the page showed. {@code nip} is
   * the login the late task is assigned to, which for a configured head appraiser is no NIP: text.
   */
  Sent remind(Tahun tahun, String unit, String nip, String operator, LocalDateTime now) {
    if (unit == null || unit.isBlank()) {
      throw new IllegalArgumentException("Pilih unit kerja yang diingatkan");
    }
    Map<String, List<Late>> byPerson = new LinkedHashMap<>();
    for (Late item : late(tahun, now)) {
      if (item.unit().equals(unit) && (nip == null || nip.isBlank() || nip.equals(item.who()))) {
        byPerson.computeIfAbsent(item.who(), w -> new ArrayList<>()).add(item);
      }
    }
    if (byPerson.isEmpty()) {
      throw new IllegalArgumentException("Tidak ada yang terlambat di unit ini" + (nip == null || nip.isBlank() ? "" : " dengan NIP " + nip)
          + " untuk tahun " + tahun + ": tidak ada pengingat yang dikirim");
    }
    LocalDate today = today(now);
    int sent = 0;
    int already = 0;
    for (Map.Entry<String, List<Late>> person : byPerson.entrySet()) {
      List<Late> items = person.getValue();
      Late first = items.get(0);
      String what = items.stream().map(i -> i.kind().label() + " (" + i.employeeName() + ", tenggat "
          + waktu.tanggal(i.due()) + ")").distinct().reduce((a, b) -> a + "; " + b).orElse("");
      String appraiser = organisasi.appraiserOf(person.getKey());
      Optional<Reminders.Copy> copy = appraiser == null || appraiser.equals(person.getKey()) ? Optional.empty()
          : Optional.of(new Reminders.Copy(appraiser, "Tembusan untuk Anda sebagai atasan " + first.whoName() + ": " + what));
      Reminders.Reminder reminder = new Reminders.Reminder(person.getKey(), "Sudah lewat tenggat: " + what, first.taskId(),
          first.due(), copy);
      if (reminders.send(reminder, today, operator, now)) {
        sent++;
      } else {
        already++;
      }
    }
    return new Sent(sent, already);
  }

  private LocalDate today(LocalDateTime now) {
    // the agency's calendar day (WIB by default), not the server's
    return waktu.tanggalLokal(now);
  }

  private String unitName(String code) {
    return jdbc.sql("SELECT name FROM org_unit WHERE code = ?").param(code).query(String.class).optional().orElse(code);
  }

  private List<Late> late(Tahun tahun, LocalDateTime now) {
    List<String> keys = java.util.Arrays.stream(Kind.values()).map(k -> k.task).toList();
    record Row(String taskId, String key, String name, String assignee, LocalDateTime due, String nip, String employee,
        String unit, String assigneeName) {}
    List<Row> rows = jdbc.sql("""
            SELECT t.ID_, t.TASK_DEF_KEY_, t.NAME_, t.ASSIGNEE_, t.DUE_DATE_, s.nip, e.name, e.unit_code,
                   COALESCE(a.name, t.ASSIGNEE_)
            FROM ACT_RU_TASK t
                 JOIN siklus_penilaian s ON s.process_instance_id = t.PROC_INST_ID_
                 JOIN org_employee e ON e.nip = s.nip
                 LEFT JOIN org_employee a ON a.nip = t.ASSIGNEE_
            WHERE s.tahun = :tahun AND t.DUE_DATE_ < :now AND t.ASSIGNEE_ IS NOT NULL AND t.TASK_DEF_KEY_ IN (:keys)
            ORDER BY e.unit_code, t.DUE_DATE_, e.name""")
        .param("tahun", tahun.value()).param("now", Timestamp.valueOf(now)).param("keys", keys)
        .query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getTimestamp(5).toLocalDateTime(), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
        .list();
    Map<String, Reminders.LastReminder> last = reminders.lastReminders(rows.stream().map(Row::assignee).distinct().toList());
    List<Late> items = new ArrayList<>();
    for (Row r : rows) {
      Kind kind = Kind.ofTask(r.key()).orElseThrow();
      long days = Math.max(1, Duration.between(r.due(), now).toDays());
      items.add(new Late(kind, r.taskId(), r.name(), r.unit(), r.nip(), r.employee(), r.assignee(), r.assigneeName(),
          r.due(), days, last.get(r.assignee())));
    }
    return items;
  }
}
