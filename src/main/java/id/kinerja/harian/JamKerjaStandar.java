package id.kinerja.harian;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many hours a day asks: the DMN {@value #DECISION} on the day of the week and the kind of day
 * in the working calendar BKPSDM keeps (table hari_khusus). Each date is decided once and kept a few
 * minutes, so a team's week or a unit's month asks the engine a handful of times, and a redeployed
 * DMN or a changed calendar counts within minutes (the calendar's own changes at once).
 */
@Component
public class JamKerjaStandar {

  static final String DECISION = "jam-kerja-standar";
  private static final long KEEP_MILLIS = 5 * 60_000;

  /** The day's standard: hours expected (0 on a day off) and the day's kind in words. */
  public record Standar(LocalDate tanggal, double jam, String keterangan, String namaHari) {
    public boolean hariKerja() {
      return jam > 0;
    }

    public int menit() {
      return (int) Math.round(jam * 60);
    }
  }

  private record Kept(Standar standar, long at) {}

  private final DecisionService decisions;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final Map<LocalDate, Kept> kept = new ConcurrentHashMap<>();

  JamKerjaStandar(DecisionService decisions, JdbcClient jdbc) {
    this.decisions = decisions;
    this.jdbc = jdbc;
    this.clock = Clock.systemUTC();
  }

  public Standar untuk(LocalDate tanggal) {
    long now = Instant.now(clock).toEpochMilli();
    Kept k = kept.get(tanggal);
    if (k != null && now - k.at() < KEEP_MILLIS) {
      return k.standar();
    }
    Standar s = antara(tanggal, tanggal).get(tanggal);
    return s;
  }

  /** Every day from one date to another, inclusive, in order. */
  public Map<LocalDate, Standar> antara(LocalDate dari, LocalDate sampai) {
    long now = Instant.now(clock).toEpochMilli();
    Map<LocalDate, Standar> days = new LinkedHashMap<>();
    Map<LocalDate, String[]> special = null;
    for (LocalDate d = dari; !d.isAfter(sampai); d = d.plusDays(1)) {
      Kept k = kept.get(d);
      if (k == null || now - k.at() >= KEEP_MILLIS) {
        if (special == null) {
          special = hariKhusus(dari, sampai);
        }
        String[] kind = special.get(d);
        Standar decided = decide(d, kind == null ? "BIASA" : kind[0], kind == null ? null : kind[1]);
        k = new Kept(decided, now);
        kept.put(d, k);
      }
      days.put(d, k.standar());
    }
    return days;
  }

  /** The working day before the given date (skipping weekends, holidays and cuti bersama). */
  public LocalDate hariKerjaSebelum(LocalDate tanggal) {
    LocalDate d = tanggal.minusDays(1);
    for (int i = 0; i < 60 && !untuk(d).hariKerja(); i++) {
      d = d.minusDays(1);
    }
    return d;
  }

  /** The calendar changed: decide again. */
  void lupakan() {
    kept.clear();
  }

  private Standar decide(LocalDate d, String jenis, String nama) {
    var result = decisions.evaluateDecisionTableByKey(DECISION,
        Variables.putValue("jenisHari", jenis).putValue("hari", d.getDayOfWeek().getValue())).getSingleResult();
    double jam = result == null || result.getEntry("jamKerja") == null ? 0
        : ((Number) result.getEntry("jamKerja")).doubleValue();
    String keterangan = result == null ? "Tidak ada aturan jam kerja" : result.getEntry("keterangan");
    return new Standar(d, jam, nama != null ? nama : keterangan, keterangan);
  }

  private Map<LocalDate, String[]> hariKhusus(LocalDate dari, LocalDate sampai) {
    Map<LocalDate, String[]> special = new java.util.HashMap<>();
    jdbc.sql("SELECT tanggal, jenis, nama FROM hari_khusus WHERE tanggal BETWEEN ? AND ?").params(dari, sampai)
        .query(rs -> {
          special.put(rs.getDate(1).toLocalDate(), new String[] {rs.getString(2), rs.getString(3)});
        });
    return special;
  }

  /** The calendar's special days between two dates, for BKPSDM's page. */
  List<HariKhusus> daftar(int tahun) {
    return jdbc.sql("SELECT tanggal, jenis, nama FROM hari_khusus WHERE tanggal BETWEEN ? AND ? ORDER BY tanggal")
        .params(LocalDate.of(tahun, 1, 1), LocalDate.of(tahun, 12, 31))
        .query((rs, i) -> new HariKhusus(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3))).list();
  }

  record HariKhusus(LocalDate tanggal, String jenis, String nama) {
    public String jenisDalamKata() {
      return switch (jenis) {
        case "LIBUR_NASIONAL" -> "Libur nasional";
        case "CUTI_BERSAMA" -> "Cuti bersama";
        case "RAMADAN" -> "Ramadan (jam kerja lebih pendek)";
        default -> jenis;
      };
    }
  }
}
