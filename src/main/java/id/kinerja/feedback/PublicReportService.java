package id.kinerja.feedback;

import static id.kinerja.feedback.PublicReportProcess.KIND_COMPLAINT;
import static id.kinerja.feedback.PublicReportProcess.KIND_PRAISE;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import id.kinerja.kernel.JsonValues;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.system.Waktu;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints and praise (pengaduan dan apresiasi) from the public: filing (which starts the
 * handling process by its message), the public status behind a tracking code, what the process
 * records, the unit's figures and the evidence for annual appraisals.
 */
@Service
public class PublicReportService {

  public static final int MIN_TEXT = 20;
  public static final int MAX_TEXT = 2000;
  public static final Set<String> KINDS = Set.of(KIND_COMPLAINT, KIND_PRAISE);
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"]{1,64}@[A-Za-z0-9.-]{1,185}\\.[A-Za-z]{2,}$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 -]{6,18}[0-9]$");

  private final JdbcClient jdbc;
  private final ServiceUnits units;
  private final RuntimeService runtime;
  private final Clock clock;

  private final Waktu waktu;

  PublicReportService(JdbcClient jdbc, ServiceUnits units, RuntimeService runtime, Optional<Clock> clock, Waktu waktu) {
    this.waktu = waktu;
    this.jdbc = jdbc;
    this.units = units;
    this.runtime = runtime;
    this.clock = clock.orElse(Clock.systemDefaultZone());
  }

  /** What the public form sends; {@code loket} is a position name from {@link ServiceUnits#desks}. */
  public record NewReport(String jenis, String unitCode, String loket, String isi, String email, String telepon) {}

  /** The status a reporter may see: nothing about people, nothing internal. */
  public record PublicStatus(String kodeLacak, String jenis, String unit, String status, LocalDate diterima,
      LocalDate selesai, String tanggapan) {}

  /** A closed report, as evidence in an annual appraisal; {@code peran} says why it counts for that employee. */
  public record HandledReport(String kodeLacak, String jenis, String unitCode, String loket, LocalDate diterima,
      LocalDate selesai, String peran, String tanggapan) {}

  public record Figures(long received, long handled, Double medianHandlingDays) {}

  /** Files a report and starts its handling process; returns the tracking code. */
  @Transactional
  public String file(NewReport report) {
    List<String> problems = new ArrayList<>();
    String jenis = report.jenis() == null ? "" : report.jenis().strip();
    if (!KINDS.contains(jenis)) {
      problems.add("Jenis laporan: pilih pengaduan atau apresiasi");
    }
    Optional<ServiceUnits.Unit> unit = units.find(report.unitCode());
    if (unit.isEmpty()) {
      problems.add("Unit layanan tidak dikenal");
    }
    String loket = blankToNull(report.loket());
    if (loket != null && unit.isPresent() && !units.desks(unit.get().code()).contains(loket)) {
      problems.add("Loket/jabatan layanan: pilihan tidak dikenal");
    }
    String isi = report.isi() == null ? "" : report.isi().strip();
    if (isi.length() < MIN_TEXT || isi.length() > MAX_TEXT) {
      problems.add("Isi laporan: tulis " + MIN_TEXT + " sampai " + MAX_TEXT + " karakter (sekarang " + isi.length() + ")");
    }
    String email = blankToNull(report.email());
    if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
      problems.add("Email: bukan alamat email yang sah");
    }
    String telepon = blankToNull(report.telepon());
    if (telepon != null && !PHONE.matcher(telepon).matches()) {
      problems.add("Telepon: tulis 8 sampai 20 angka (boleh diawali +)");
    }
    if (!problems.isEmpty()) {
      throw new InvalidPublicInputException(problems);
    }
    String unitCode = unit.get().code();
    String head = units.headOf(unitCode)
        .orElseThrow(() -> new IllegalStateException("Unit " + unitCode + " tidak punya kepala untuk mentriase laporan"));
    String pegawai = loket == null ? null : units.holderOf(unitCode, loket).orElse(null);
    String code = uniqueCode();
    LocalDateTime now = LocalDateTime.now(clock);
    jdbc.sql("""
            INSERT INTO laporan_publik (kode_lacak, jenis, unit_code, loket, pegawai_nip, isi, kontak_email,
              kontak_telepon, status, kepala_unit_nip, diterima_pada)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'DITERIMA', ?, ?)""")
        .params(code, jenis, unitCode, loket, pegawai, isi, email, telepon, head, now)
        .update();
    ProcessInstance instance = runtime.createMessageCorrelation(PublicReportProcess.MESSAGE_RECEIVED)
        .processInstanceBusinessKey(code)
        .setVariable(PublicReportProcess.KODE_LACAK.name(), code)
        .setVariable(PublicReportProcess.JENIS.name(), jenis)
        .setVariable(PublicReportProcess.UNIT.name(), unitCode)
        .setVariable(PublicReportProcess.NAMA_UNIT.name(), unit.get().name())
        .setVariable(PublicReportProcess.LOKET.name(), loket == null ? "(tidak disebut)" : loket)
        .setVariable(PublicReportProcess.ISI.name(), isi)
        .setVariable(PublicReportProcess.KONTAK.name(), contact(email, telepon))
        .setVariable(PublicReportProcess.KEPALA_UNIT.name(), head)
        .setVariable(PublicReportProcess.PILIHAN_PENANGAN.name(),
            SpinValues.jsonValue(JsonValues.text(handlerChoices(unitCode, head))).create())
        .correlateStartMessage();
    jdbc.sql("UPDATE laporan_publik SET process_instance_id = ? WHERE kode_lacak = ?")
        .params(instance.getId(), code).update();
    return code;
  }

  /** What the public sees behind a tracking code; empty for an unknown or malformed code. */
  public Optional<PublicStatus> status(String typedCode) {
    return TrackingCodes.normalise(typedCode).flatMap(code -> jdbc.sql("""
            SELECT l.kode_lacak, l.jenis, u.name, l.status, l.diterima_pada, l.selesai_pada, l.tanggapan_publik
            FROM laporan_publik l JOIN org_unit u ON u.code = l.unit_code WHERE l.kode_lacak = ?""")
        .param(code)
        .query((rs, n) -> new PublicStatus(TrackingCodes.display(rs.getString(1)), rs.getString(2), rs.getString(3),
            rs.getString(4), waktu.tanggalLokal(rs.getTimestamp(5)),
            waktu.tanggalLokal(rs.getTimestamp(6)),
            // the response is public only once the report is closed
            "SELESAI".equals(rs.getString(4)) || "TIDAK_VALID".equals(rs.getString(4)) ? rs.getString(7) : null))
        .optional());
  }

  public void recordTriage(String code, boolean valid, String handler, String note) {
    jdbc.sql("""
            UPDATE laporan_publik SET status = ?, penangan_nip = ?, catatan_internal = ?, ditriase_pada = ?
            WHERE kode_lacak = ?""")
        .params(valid ? "DITANGANI" : "DITERIMA", handler, note, LocalDateTime.now(clock), code)
        .update();
  }

  public void recordClosure(String code, boolean valid, String publicResponse, String internalNote) {
    jdbc.sql("""
            UPDATE laporan_publik SET status = ?, tanggapan_publik = ?,
              catatan_internal = COALESCE(?, catatan_internal), selesai_pada = ?
            WHERE kode_lacak = ?""")
        .params(valid ? "SELESAI" : "TIDAK_VALID", publicResponse, internalNote, LocalDateTime.now(clock), code)
        .update();
  }

  public void recordEscalation(String recipient, String message, String processInstanceId) {
    jdbc.sql("INSERT INTO notifikasi (penerima, pesan, tautan, process_instance_id) VALUES (?, ?, ?, ?)")
        .params(recipient, message, "/camunda/app/tasklist/", processInstanceId)
        .update();
  }

  /**
   * The reports closed as handled (SELESAI) in a year that count for an employee: every report of a
   * unit they head, and those that named their desk or that they handled.
   */
  public List<HandledReport> handledFor(PenilaianTahunan penilaian) {
    String nip = penilaian.nip().value();
    int year = penilaian.tahun().value();
    return jdbc.sql("""
            SELECT l.kode_lacak, l.jenis, l.unit_code, l.loket, l.diterima_pada, l.selesai_pada, l.tanggapan_publik,
              l.kepala_unit_nip, l.pegawai_nip, l.penangan_nip
            FROM laporan_publik l
            WHERE l.status = 'SELESAI' AND l.selesai_pada >= ? AND l.selesai_pada < ?
              AND (l.kepala_unit_nip = ? OR l.pegawai_nip = ? OR l.penangan_nip = ?)
            ORDER BY l.selesai_pada""")
        .params(LocalDateTime.of(year, 1, 1, 0, 0), LocalDateTime.of(year + 1, 1, 1, 0, 0), nip, nip, nip)
        .query((rs, n) -> {
          String role = nip.equals(rs.getString(8)) ? "kepala unit"
              : nip.equals(rs.getString(9)) ? "loket yang disebut" : "penangan";
          return new HandledReport(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              waktu.tanggalLokal(rs.getTimestamp(5)), waktu.tanggalLokal(rs.getTimestamp(6)),
              role, rs.getString(7));
        }).list();
  }

  /** Reports received in a year, those closed as handled, and the median days from receipt to closure. */
  public Figures figures(String unitCode, int year) {
    LocalDateTime from = LocalDateTime.of(year, 1, 1, 0, 0);
    LocalDateTime until = from.plusYears(1);
    long received = jdbc.sql("SELECT COUNT(*) FROM laporan_publik WHERE unit_code = ? AND diterima_pada >= ? AND diterima_pada < ?")
        .params(unitCode, from, until).query(Long.class).single();
    List<Double> days = jdbc.sql("""
            SELECT diterima_pada, selesai_pada FROM laporan_publik
            WHERE unit_code = ? AND status = 'SELESAI' AND diterima_pada >= ? AND diterima_pada < ?""")
        .params(unitCode, from, until)
        .query((rs, n) -> Duration.between(rs.getTimestamp(1).toLocalDateTime(), rs.getTimestamp(2).toLocalDateTime())
            .toMinutes() / (24.0 * 60))
        .list();
    return new Figures(received, days.size(), median(days));
  }

  static Double median(List<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int mid = sorted.size() / 2;
    double median = sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    return Math.round(median * 10) / 10.0;
  }

  private ArrayNode handlerChoices(String unitCode, String head) {
    ArrayNode choices = JsonNodeFactory.instance.arrayNode();
    choices.addObject().put("label", "Ditangani sendiri oleh kepala unit").put("value", head);
    for (ServiceUnits.Employee e : units.employees(unitCode)) {
      if (!e.nip().equals(head)) {
        choices.addObject().put("label", e.name() + " — " + e.position()).put("value", e.nip());
      }
    }
    return choices;
  }

  private String uniqueCode() {
    for (int attempt = 0; attempt < 5; attempt++) {
      String code = TrackingCodes.next();
      if (jdbc.sql("SELECT COUNT(*) FROM laporan_publik WHERE kode_lacak = ?").param(code).query(Long.class).single() == 0) {
        return code;
      }
    }
    throw new IllegalStateException("No free tracking code after 5 attempts");
  }

  private static String contact(String email, String telepon) {
    if (email == null && telepon == null) {
      return "(pelapor tidak meninggalkan kontak)";
    }
    return (email == null ? "" : "Email: " + email) + (email != null && telepon != null ? "; " : "")
        + (telepon == null ? "" : "Telepon: " + telepon);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
