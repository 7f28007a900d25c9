package id.kinerja.skp;

import id.kinerja.system.Waktu;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Laporan kegiatan harian: an employee logs what they did on a day against one RHK of their
 * approved SKP. The rules: a day of the SKP's year, not in the future and at most
 * {@value #MAX_DAYS_BACK} days back, an RHK of the employee's own approved SKP, a description of
 * 5 to 2,000 characters.
 */
@Service
public class DailyActivityService {

  static final int MAX_DAYS_BACK = 31;
  static final int MIN_TEXT = 5;
  static final int MAX_TEXT = 2000;

  private final JdbcClient jdbc;
  private final Clock clock;

  @Autowired
  public DailyActivityService(JdbcClient jdbc) {
    this(jdbc, Clock.systemDefaultZone());
  }

  DailyActivityService(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public record Activity(long id, LocalDate tanggal, long rhkId, String rhk, String uraian) {}

  public record RhkChoice(long id, String uraian) {}

  /** A rule the entry breaks, in words the employee understands. */
  public static class InvalidActivityException extends IllegalArgumentException {
    private final List<String> problems;

    InvalidActivityException(List<String> problems) {
      super(String.join("; ", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  /** The RHK of the employee's approved SKP of that year, to log against. */
  public List<RhkChoice> rhkChoices(String nip, int tahun) {
    return jdbc.sql("""
            SELECT r.id, r.uraian FROM rhk r JOIN skp s ON s.id = r.skp_id
            WHERE s.nip = ? AND s.tahun = ? AND s.status = 'DISETUJUI' ORDER BY r.urutan""")
        .params(nip, tahun)
        .query((rs, i) -> new RhkChoice(rs.getLong(1), rs.getString(2))).list();
  }

  @Transactional
  public Activity record(String nip, LocalDate tanggal, Long rhkId, String uraian) {
    List<String> problems = new ArrayList<>();
    LocalDate today = LocalDate.now(clock);
    if (tanggal == null) {
      problems.add("Tanggal wajib diisi");
    } else if (tanggal.isAfter(today)) {
      problems.add("Tanggal tidak boleh di masa depan");
    } else if (tanggal.isBefore(today.minusDays(MAX_DAYS_BACK))) {
      problems.add("Kegiatan paling lama " + MAX_DAYS_BACK + " hari ke belakang");
    }
    String text = uraian == null ? "" : uraian.strip();
    if (text.length() < MIN_TEXT || text.length() > MAX_TEXT) {
      problems.add("Uraian kegiatan " + MIN_TEXT + " sampai " + MAX_TEXT + " karakter");
    }
    String rhk = null;
    if (rhkId == null) {
      problems.add("RHK wajib dipilih");
    } else if (tanggal != null) {
      rhk = rhkChoices(nip, tanggal.getYear()).stream().filter(c -> c.id() == rhkId)
          .map(RhkChoice::uraian).findFirst().orElse(null);
      if (rhk == null) {
        problems.add("RHK tidak ada dalam SKP Anda yang telah disetujui untuk tahun " + tanggal.getYear());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidActivityException(problems);
    }
    var keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO kegiatan_harian (nip, tanggal, rhk_id, uraian) VALUES (?, ?, ?, ?)")
        .params(nip, tanggal, rhkId, text)
        .update(keys, "id");
    return new Activity(keys.getKey().longValue(), tanggal, rhkId, rhk, text);
  }

  /** The employee's activities between two days (inclusive), oldest first. */
  public List<Activity> between(String nip, LocalDate from, LocalDate to) {
    return jdbc.sql("""
            SELECT k.id, k.tanggal, k.rhk_id, r.uraian AS rhk, k.uraian FROM kegiatan_harian k
            JOIN rhk r ON r.id = k.rhk_id
            WHERE k.nip = ? AND k.tanggal BETWEEN ? AND ? ORDER BY k.tanggal, k.id""")
        .params(nip, from, to)
        .query((rs, i) -> new Activity(rs.getLong("id"), rs.getDate("tanggal").toLocalDate(), rs.getLong("rhk_id"),
            rs.getString("rhk"), rs.getString("uraian")))
        .list();
  }

  /** Employees' words shown as text, never as markup, in the form's markdown. */
  private static String plain(String text) {
    return text.replaceAll("[\\r\\n]+", " ").replaceAll("([\\\\`*_{}\\[\\]()#+!<>|~-])", "\\\\$1");
  }

  /** A plain-text digest for the appraiser's periodic review form (one line per activity). */
  public String digest(String nip, LocalDate from, LocalDate to) {
    List<Activity> activities = between(nip, from, to);
    if (activities.isEmpty()) {
      return "Tidak ada laporan kegiatan harian pada periode ini.";
    }
    StringBuilder text = new StringBuilder();
    for (Activity a : activities) {
      text.append("- ").append(Waktu.tanggal(a.tanggal())).append(" — ").append(plain(a.uraian()))
          .append(" (RHK: ").append(plain(a.rhk())).append(")\n");
    }
    return text.toString();
  }
}
