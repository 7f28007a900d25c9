package id.kinerja.harian;

import id.kinerja.harian.KegiatanHarian.Catatan;
import id.kinerja.harian.KegiatanHarian.DitolakException;
import id.kinerja.harian.KegiatanHarian.Hari;
import id.kinerja.harian.KegiatanHarian.Isian;
import id.kinerja.harian.KegiatanHarian.Kegiatan;
import id.kinerja.harian.KegiatanHarian.Masalah;
import id.kinerja.harian.KegiatanHarian.Perubahan;
import id.kinerja.kernel.Nip;
import id.kinerja.system.Waktu;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kinerja harian: an employee records each activity of a working day (start and end, or a
 * duration; the RHK of their approved SKP it serves; what they did; optionally the output and an
 * evidence file), for today and up to {@code kinerja.harian.hari-kerja-mundur} working days back,
 * then the day is locked. Overlapping times and days off are refused with the reason; every change
 * made after the day is kept with who and when. The one transaction boundary of the feature.
 */
@Service
public class KegiatanHarianService {

  static final int MIN_TEXT = 5;
  static final int MAX_TEXT = 2000;
  static final int MAX_OUTPUT = 500;
  static final int MAX_NOTE = 500;
  static final int MAX_MINUTES = 16 * 60;
  /** The most activities one request may store: a day has 96 quarter hours, nobody logs them all. */
  static final int MAX_SEKALIGUS = 50;
  /** The longest range one read may ask for: a quarter and a bit. */
  static final int MAX_RANGE_DAYS = 100;
  private static final Pattern TIME = Pattern.compile("\\d{1,2}[:.]\\d{2}");

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final JamKerjaStandar standar;
  private final Clock clock;
  private final int hariKerjaMundur;

  @Autowired
  KegiatanHarianService(JdbcTemplate jdbc, JamKerjaStandar standar, Waktu waktu, ObjectProvider<Clock> clock,
      @Value("${kinerja.harian.hari-kerja-mundur:3}") int hariKerjaMundur) {
    this(jdbc, standar, clock.getIfAvailable(Clock::systemUTC).withZone(waktu.zona()), hariKerjaMundur);
  }

  /** With the agency's clock: "today" is the agency's date. */
  KegiatanHarianService(JdbcTemplate jdbc, JamKerjaStandar standar, Clock clock, int hariKerjaMundur) {
    this.jdbc = JdbcClient.create(jdbc);
    this.template = jdbc;
    this.standar = standar;
    this.clock = clock;
    this.hariKerjaMundur = hariKerjaMundur;
  }

  public record RhkPilihan(long id, String uraian) {}

  public LocalDate hariIni() {
    return LocalDate.now(clock);
  }

  public int hariKerjaMundur() {
    return hariKerjaMundur;
  }

  /** The first day that may still be changed today: today and the last N working days before it. */
  public LocalDate batasUbah() {
    LocalDate d = hariIni();
    for (int i = 0; i < hariKerjaMundur; i++) {
      d = standar.hariKerjaSebelum(d);
    }
    return d;
  }

  public boolean dapatDiubah(LocalDate tanggal) {
    return !tanggal.isAfter(hariIni()) && !tanggal.isBefore(batasUbah());
  }

  /** The RHK of the employee's approved SKP of that year, to log against. */
  public List<RhkPilihan> rhk(Nip nip, int tahun) {
    return jdbc.sql("""
            SELECT r.id, r.uraian FROM rhk r JOIN skp s ON s.id = r.skp_id
            WHERE s.nip = ? AND s.tahun = ? AND s.status = 'DISETUJUI' ORDER BY r.urutan""")
        .params(nip.value(), tahun)
        .query((rs, i) -> new RhkPilihan(rs.getLong(1), rs.getString(2))).list();
  }

  /** The employee's evidence files of that year, to link an activity to. */
  public List<RhkPilihan> bukti(Nip nip, int tahun) {
    return jdbc.sql("SELECT id, nama_berkas FROM berkas_bukti WHERE nip = ? AND tahun = ? ORDER BY id DESC")
        .params(nip.value(), tahun).query((rs, i) -> new RhkPilihan(rs.getLong(1), rs.getString(2))).list();
  }

  // ---- writing one's own days --------------------------------------------------------------------

  @Transactional
  public Kegiatan catat(Nip pegawai, Isian isian) {
    return simpan(pegawai, check(pegawai, List.of(isian), null, false)).get(0);
  }

  /**
   * Several activities at once, typically a whole day: each checked as it would be alone and
   * against the others, then all stored, or none. A problem names its entry ({@code [2].mulai},
   * "Kegiatan ke-3: ..."). One request, one lock, one read of the days and one batch of rows.
   */
  @Transactional
  public List<Kegiatan> catatSekaligus(Nip pegawai, List<Isian> isian) {
    if (isian == null || isian.isEmpty()) {
      throw new DitolakException("kegiatan", "Tidak ada kegiatan untuk disimpan");
    }
    if (isian.size() > MAX_SEKALIGUS) {
      throw new DitolakException("kegiatan", "Paling banyak " + MAX_SEKALIGUS + " kegiatan sekali simpan, bukan " + isian.size());
    }
    return simpan(pegawai, check(pegawai, isian, null, true));
  }

  /** Every activity of one day again on another ({@link #catatSekaligus}: all, or none with the reasons). */
  @Transactional
  public List<Kegiatan> salinHari(Nip pegawai, LocalDate dari, LocalDate ke) {
    if (!wajar(dari)) {
      throw new DitolakException("dari", "Pilih hari yang akan disalin");
    }
    if (!wajar(ke)) {
      throw new DitolakException("ke", "Pilih tanggal tujuan salinan");
    }
    if (ke.equals(dari)) {
      throw new DitolakException("ke", "Tanggal tujuan sama dengan hari yang disalin; pilih tanggal lain");
    }
    List<Kegiatan> day = between(pegawai, dari, dari);
    if (day.isEmpty()) {
      throw new DitolakException("dari", "Tidak ada kegiatan pada " + Waktu.tanggal(dari) + " untuk disalin");
    }
    return catatSekaligus(pegawai, day.stream().map(k -> Isian.salinan(k, ke)).toList());
  }

  private List<Kegiatan> simpan(Nip pegawai, List<Checked> entries) {
    String nip = pegawai.value();
    var keys = new GeneratedKeyHolder();
    template.batchUpdate(connection -> connection.prepareStatement("""
            INSERT INTO kegiatan_harian (nip, tanggal, jam_mulai, jam_selesai, menit, rhk_id, uraian, keluaran, bukti_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"}),
        new BatchPreparedStatementSetter() {
          @Override
          public void setValues(PreparedStatement ps, int i) throws SQLException {
            Checked ok = entries.get(i);
            ps.setString(1, nip);
            ps.setObject(2, ok.isian().tanggal());
            ps.setTime(3, time(ok.mulai()));
            ps.setTime(4, time(ok.selesai()));
            ps.setInt(5, ok.menit());
            ps.setLong(6, ok.isian().rhkId());
            ps.setString(7, ok.uraian());
            ps.setString(8, ok.keluaran());
            ps.setObject(9, ok.isian().buktiId(), Types.BIGINT);
          }

          @Override
          public int getBatchSize() {
            return entries.size();
          }
        }, keys);
    List<Map<String, Object>> ids = keys.getKeyList();
    List<Kegiatan> saved = new ArrayList<>();
    LocalDate today = hariIni();
    List<Kegiatan> past = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Checked ok = entries.get(i);
      Isian in = ok.isian();
      long id = ((Number) ids.get(i).values().iterator().next()).longValue();
      // what was stored, without reading it back: the most written path of the product
      Kegiatan k = new Kegiatan(id, nip, in.tanggal(), ok.mulai(), ok.selesai(), ok.menit(), in.rhkId(), ok.rhk(),
          ok.uraian(), ok.keluaran(), in.buktiId(), ok.bukti());
      saved.add(k);
      if (in.tanggal().isBefore(today)) {
        past.add(k);
      }
    }
    if (!past.isEmpty()) {
      template.batchUpdate(RIWAYAT, past.stream()
          .map(k -> new Object[] {k.id(), k.nip(), k.tanggal(), "TAMBAH", null, describe(k), nip}).toList());
    }
    return saved;
  }

  @Transactional
  public Kegiatan ubah(Nip pegawai, long id, Isian isian) {
    Kegiatan before = kegiatan(pegawai, id).orElseThrow(() -> new DitolakException("id", "Kegiatan tidak ditemukan"));
    if (!dapatDiubah(before.tanggal())) {
      throw new DitolakException("tanggal", terkunci(before.tanggal()));
    }
    Checked ok = check(pegawai, List.of(isian), id, false).get(0);
    jdbc.sql("""
            UPDATE kegiatan_harian SET tanggal = ?, jam_mulai = ?, jam_selesai = ?, menit = ?, rhk_id = ?, uraian = ?,
                   keluaran = ?, bukti_id = ?, diubah_pada = CURRENT_TIMESTAMP
            WHERE id = ? AND nip = ?""")
        .params(isian.tanggal(), time(ok.mulai()), time(ok.selesai()), ok.menit(), isian.rhkId(), ok.uraian(),
            ok.keluaran(), isian.buktiId(), id, pegawai.value())
        .update();
    Kegiatan after = kegiatan(pegawai, id).orElseThrow();
    if (before.tanggal().isBefore(hariIni()) || after.tanggal().isBefore(hariIni())) {
      riwayat(after, "UBAH", before, after, pegawai.value());
    }
    return after;
  }

  @Transactional
  public void hapus(Nip pegawai, long id) {
    Kegiatan before = kegiatan(pegawai, id).orElseThrow(() -> new DitolakException("id", "Kegiatan tidak ditemukan"));
    if (!dapatDiubah(before.tanggal())) {
      throw new DitolakException("tanggal", terkunci(before.tanggal()));
    }
    jdbc.sql("DELETE FROM kegiatan_harian WHERE id = ? AND nip = ?").params(id, pegawai.value()).update();
    if (before.tanggal().isBefore(hariIni())) {
      riwayat(before, "HAPUS", before, null, pegawai.value());
    }
  }

  private String terkunci(LocalDate tanggal) {
    return "Kegiatan tanggal " + Waktu.tanggal(tanggal) + " sudah terkunci: kegiatan dapat dicatat atau diubah paling lama "
        + hariKerjaMundur + " hari kerja ke belakang (sejak " + Waktu.tanggal(batasUbah()) + ")";
  }

  private record Checked(Isian isian, LocalTime mulai, LocalTime selesai, int menit, String uraian, String keluaran,
      String rhk, String bukti) {}

  /**
   * Every rule of every entry, all problems at once. Alone ({@code batch} false) a problem names its
   * field ({@code mulai}); in a batch also its entry ({@code [2].mulai}, "Kegiatan ke-3: ...").
   * {@code self} is the activity being changed, which no entry may overlap with.
   */
  private List<Checked> check(Nip pegawai, List<Isian> entries, Long self, boolean batch) {
    List<Masalah> problems = new ArrayList<>();
    List<Checked> checked = new ArrayList<>();
    Map<Integer, Map<Long, String>> rhkByYear = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      List<Masalah> own = new ArrayList<>();
      Isian isian = entries.get(i);
      Checked ok = isian == null ? null : checkAlone(pegawai, isian, rhkByYear, own);
      if (isian == null) {
        own.add(new Masalah("tanggal", "Kegiatan kosong"));
      }
      checked.add(ok);
      for (Masalah m : own) {
        problems.add(named(m, i, batch));
      }
    }
    if (problems.isEmpty()) {
      // one writer per employee at a time, so two tabs cannot store overlapping activities
      jdbc.sql("SELECT nip FROM org_employee WHERE nip = ? FOR UPDATE").param(pegawai.value()).query(String.class).optional();
      LocalDate first = checked.stream().map(c -> c.isian().tanggal()).min(LocalDate::compareTo).orElseThrow();
      LocalDate last = checked.stream().map(c -> c.isian().tanggal()).max(LocalDate::compareTo).orElseThrow();
      Map<LocalDate, List<Kegiatan>> byDay = new HashMap<>();
      between(pegawai, first, last).stream().filter(k -> self == null || k.id() != self)
          .forEach(k -> byDay.computeIfAbsent(k.tanggal(), d -> new ArrayList<>()).add(k));
      for (int i = 0; i < checked.size(); i++) {
        Checked ok = checked.get(i);
        List<Kegiatan> sameDay = byDay.computeIfAbsent(ok.isian().tanggal(), d -> new ArrayList<>());
        Masalah problem = clash(ok, sameDay);
        if (problem != null) {
          problems.add(named(problem, i, batch));
        }
        // the entries before this one count as stored for the ones after it
        sameDay.add(new Kegiatan(-1, pegawai.value(), ok.isian().tanggal(), ok.mulai(), ok.selesai(), ok.menit(), 0, ok.rhk(),
            ok.uraian(), null, null, null));
      }
    }
    if (!problems.isEmpty()) {
      throw new DitolakException(problems);
    }
    return checked;
  }

  private static Masalah named(Masalah m, int i, boolean batch) {
    return batch ? new Masalah("[" + i + "]." + m.field(), "Kegiatan ke-" + (i + 1) + ": " + m.message()) : m;
  }

  /** An overlap with an activity of the same day, or a day of more than 24 hours. */
  private static Masalah clash(Checked ok, List<Kegiatan> sameDay) {
    if (ok.mulai() != null) {
      for (Kegiatan other : sameDay) {
        if (other.mulai() != null && other.selesai() != null
            && ok.mulai().isBefore(other.selesai()) && ok.selesai().isAfter(other.mulai())) {
          return new Masalah("mulai", "Waktu " + KegiatanHarian.jam(ok.mulai()) + "–" + KegiatanHarian.jam(ok.selesai())
              + " bertumpang tindih dengan kegiatan " + KegiatanHarian.jam(other.mulai()) + "–"
              + KegiatanHarian.jam(other.selesai()) + " \"" + shorten(other.uraian()) + "\"");
        }
      }
    }
    int total = sameDay.stream().mapToInt(Kegiatan::menit).sum() + ok.menit();
    return total > 24 * 60 ? new Masalah("menit", "Jumlah kegiatan satu hari tidak boleh lebih dari 24 jam") : null;
  }

  /** The rules of one entry on its own; the RHK of a year read once per check. */
  private Checked checkAlone(Nip pegawai, Isian isian, Map<Integer, Map<Long, String>> rhkByYear, List<Masalah> problems) {
    LocalDate tanggal = isian.tanggal();
    LocalDate today = hariIni();
    int before = problems.size();
    if (tanggal == null) {
      problems.add(new Masalah("tanggal", "Tanggal wajib diisi"));
    } else if (tanggal.isAfter(today)) {
      problems.add(new Masalah("tanggal", "Tanggal tidak boleh di masa depan"));
    } else if (tanggal.isBefore(batasUbah())) {
      problems.add(new Masalah("tanggal", terkunci(tanggal)));
    } else {
      JamKerjaStandar.Standar day = standar.untuk(tanggal);
      if (!day.hariKerja()) {
        problems.add(new Masalah("tanggal", Waktu.tanggal(tanggal) + " bukan hari kerja (" + day.keterangan()
            + "): kegiatan harian dicatat pada hari kerja"));
      }
    }
    // the RHK are those of the day's year: looked up only for a day that may be written
    boolean dayOk = problems.size() == before;
    LocalTime mulai = parse(isian.mulai(), "mulai", "Jam mulai", problems);
    LocalTime selesai = parse(isian.selesai(), "selesai", "Jam selesai", problems);
    int menit = 0;
    if (mulai != null && selesai != null) {
      if (!selesai.isAfter(mulai)) {
        problems.add(new Masalah("selesai", "Jam selesai harus sesudah jam mulai"));
      } else {
        menit = (int) java.time.Duration.between(mulai, selesai).toMinutes();
      }
    } else if (mulai != null || selesai != null) {
      problems.add(new Masalah(mulai == null ? "mulai" : "selesai", "Isi jam mulai dan jam selesai, atau hanya lamanya"));
    } else if (isian.menit() == null) {
      problems.add(new Masalah("mulai", "Isi jam mulai dan jam selesai, atau lamanya dalam menit"));
    } else if (isian.menit() < 1 || isian.menit() > MAX_MINUTES) {
      problems.add(new Masalah("menit", "Lamanya 1 sampai " + MAX_MINUTES + " menit"));
    } else {
      menit = isian.menit();
    }
    String text = isian.uraian() == null ? "" : isian.uraian().strip();
    if (text.length() < MIN_TEXT || text.length() > MAX_TEXT) {
      problems.add(new Masalah("uraian", "Uraian kegiatan " + MIN_TEXT + " sampai " + MAX_TEXT + " karakter"));
    }
    String keluaran = isian.keluaran() == null || isian.keluaran().isBlank() ? null : isian.keluaran().strip();
    if (keluaran != null && keluaran.length() > MAX_OUTPUT) {
      problems.add(new Masalah("keluaran", "Keluaran paling banyak " + MAX_OUTPUT + " karakter"));
    }
    String rhkName = null;
    if (isian.rhkId() == null) {
      problems.add(new Masalah("rhkId", "RHK wajib dipilih"));
    } else if (dayOk) {
      rhkName = rhkByYear.computeIfAbsent(tanggal.getYear(), year -> {
        Map<Long, String> names = new HashMap<>();
        rhk(pegawai, year).forEach(r -> names.put(r.id(), r.uraian()));
        return names;
      }).get(isian.rhkId());
      if (rhkName == null) {
        problems.add(new Masalah("rhkId", "RHK tidak ada dalam SKP Anda yang telah disetujui untuk tahun " + tanggal.getYear()));
      }
    }
    String buktiName = null;
    if (isian.buktiId() != null) {
      buktiName = jdbc.sql("SELECT nama_berkas FROM berkas_bukti WHERE id = ? AND nip = ?")
          .params(isian.buktiId(), pegawai.value()).query(String.class).optional().orElse(null);
      if (buktiName == null) {
        problems.add(new Masalah("buktiId", "Bukti dukung tidak ditemukan di antara berkas Anda"));
      }
    }
    return new Checked(isian, mulai, selesai, menit, text, keluaran, rhkName, buktiName);
  }

  private static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 59) + "…";
  }

  private static LocalTime parse(String text, String field, String label, List<Masalah> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    if (!TIME.matcher(t).matches()) {
      problems.add(new Masalah(field, label + " ditulis seperti 08:30"));
      return null;
    }
    try {
      return LocalTime.parse((t.length() == 4 ? "0" + t : t).replace('.', ':'));
    } catch (DateTimeParseException e) {
      problems.add(new Masalah(field, label + " \"" + t + "\" bukan jam yang ada"));
      return null;
    }
  }

  private static Time time(LocalTime t) {
    return t == null ? null : Time.valueOf(t);
  }

  private static final String RIWAYAT = """
      INSERT INTO kegiatan_harian_riwayat (kegiatan_id, nip, tanggal, aksi, sebelum, sesudah, oleh)
      VALUES (?, ?, ?, ?, ?, ?, ?)""";

  private void riwayat(Kegiatan k, String aksi, Kegiatan before, Kegiatan after, String oleh) {
    jdbc.sql(RIWAYAT).params(k.id(), k.nip(), k.tanggal(), aksi, describe(before), describe(after), oleh).update();
  }

  private static String describe(Kegiatan k) {
    if (k == null) {
      return null;
    }
    String text = Waktu.tanggal(k.tanggal()) + ", " + k.waktu() + ": " + k.uraian() + " (RHK: " + k.rhk() + ")"
        + (k.keluaran() == null ? "" : "; keluaran: " + k.keluaran());
    return text.length() <= 3000 ? text : text.substring(0, 2999) + "…";
  }

  // ---- reading ------------------------------------------------------------------------------------

  private static final String SELECT = """
      SELECT k.id, k.nip, k.tanggal, k.jam_mulai, k.jam_selesai, k.menit, k.rhk_id, r.uraian AS rhk, k.uraian,
             k.keluaran, k.bukti_id, b.nama_berkas
      FROM kegiatan_harian k JOIN rhk r ON r.id = k.rhk_id LEFT JOIN berkas_bukti b ON b.id = k.bukti_id
      """;

  private static Kegiatan row(ResultSet rs, int i) throws SQLException {
    Time mulai = rs.getTime("jam_mulai");
    Time selesai = rs.getTime("jam_selesai");
    long bukti = rs.getLong("bukti_id");
    Long buktiId = rs.wasNull() ? null : bukti;
    return new Kegiatan(rs.getLong("id"), rs.getString("nip"), rs.getDate("tanggal").toLocalDate(),
        mulai == null ? null : mulai.toLocalTime(), selesai == null ? null : selesai.toLocalTime(), rs.getInt("menit"),
        rs.getLong("rhk_id"), rs.getString("rhk"), rs.getString("uraian"), rs.getString("keluaran"),
        buktiId, rs.getString("nama_berkas"));
  }

  public Optional<Kegiatan> kegiatan(Nip nip, long id) {
    return jdbc.sql(SELECT + " WHERE k.id = ? AND k.nip = ?").params(id, nip.value()).query(KegiatanHarianService::row).optional();
  }

  /** The employee's activities between two days (inclusive), by day and time. */
  public List<Kegiatan> between(Nip nip, LocalDate dari, LocalDate sampai) {
    return jdbc.sql(SELECT + " WHERE k.nip = ? AND k.tanggal BETWEEN ? AND ? ORDER BY k.tanggal, k.jam_mulai NULLS LAST, k.id")
        .params(nip.value(), dari, sampai).query(KegiatanHarianService::row).list();
  }

  /** Dates a person can mean: an address with year 999999999 answers 400, not an overflow. */
  static boolean wajar(LocalDate tanggal) {
    return tanggal != null && tanggal.getYear() >= 1900 && tanggal.getYear() <= 2200;
  }

  static void checkRange(LocalDate dari, LocalDate sampai) {
    if (!wajar(dari) || !wajar(sampai)) {
      throw new DitolakException(wajar(dari) ? "sampai" : "dari", "Tanggal di luar tahun 1900 sampai 2200");
    }
    if (sampai.isBefore(dari)) {
      throw new DitolakException("sampai", "Tanggal 'sampai' harus sesudah tanggal 'dari'");
    }
    if (dari.plusDays(MAX_RANGE_DAYS).isBefore(sampai)) {
      throw new DitolakException("sampai", "Rentang paling panjang " + MAX_RANGE_DAYS + " hari");
    }
  }

  /** Every day from one date to another with its standard, activities and notes. */
  public List<Hari> hari(Nip nip, LocalDate dari, LocalDate sampai) {
    checkRange(dari, sampai);
    Map<LocalDate, List<Kegiatan>> byDay = new HashMap<>();
    between(nip, dari, sampai).forEach(k -> byDay.computeIfAbsent(k.tanggal(), d -> new ArrayList<>()).add(k));
    Map<LocalDate, List<Catatan>> notes = new HashMap<>();
    catatan(nip, dari, sampai).forEach(c -> notes.computeIfAbsent(c.tanggal(), d -> new ArrayList<>()).add(c));
    LocalDate batas = batasUbah();
    LocalDate today = hariIni();
    List<Hari> days = new ArrayList<>();
    for (JamKerjaStandar.Standar s : standar.antara(dari, sampai).values()) {
      List<Catatan> dayNotes = notes.getOrDefault(s.tanggal(), List.of());
      Map<Long, List<Catatan>> perActivity = new HashMap<>();
      List<Catatan> onDay = new ArrayList<>();
      for (Catatan c : dayNotes) {
        if (c.kegiatanId() == null) {
          onDay.add(c);
        } else {
          perActivity.computeIfAbsent(c.kegiatanId(), id -> new ArrayList<>()).add(c);
        }
      }
      days.add(new Hari(s, byDay.getOrDefault(s.tanggal(), List.of()), onDay, perActivity,
          s.hariKerja() && !s.tanggal().isAfter(today) && !s.tanggal().isBefore(batas), s.tanggal().isAfter(today)));
    }
    return days;
  }

  public List<Catatan> catatan(Nip nip, LocalDate dari, LocalDate sampai) {
    return jdbc.sql("""
            SELECT c.id, c.tanggal, c.kegiatan_id, c.penulis, e.name, c.catatan, c.dibuat_pada
            FROM catatan_kegiatan_harian c LEFT JOIN org_employee e ON e.nip = c.penulis
            WHERE c.nip = ? AND c.tanggal BETWEEN ? AND ? ORDER BY c.dibuat_pada, c.id""")
        .params(nip.value(), dari, sampai)
        .query((rs, i) -> {
          long kegiatan = rs.getLong(3);
          Long kegiatanId = rs.wasNull() ? null : kegiatan;
          return new Catatan(rs.getLong(1), rs.getDate(2).toLocalDate(), kegiatanId, rs.getString(4),
              rs.getString(5) == null ? rs.getString(4) : rs.getString(5), rs.getString(6),
              rs.getTimestamp(7).toLocalDateTime());
        })
        .list();
  }

  public List<Perubahan> riwayat(Nip nip, LocalDate dari, LocalDate sampai) {
    return jdbc.sql("""
            SELECT r.kegiatan_id, r.tanggal, r.aksi, r.sebelum, r.sesudah, r.oleh, e.name, r.pada
            FROM kegiatan_harian_riwayat r LEFT JOIN org_employee e ON e.nip = r.oleh
            WHERE r.nip = ? AND r.tanggal BETWEEN ? AND ? ORDER BY r.pada, r.id""")
        .params(nip.value(), dari, sampai)
        .query((rs, i) -> new Perubahan(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7) == null ? rs.getString(6) : rs.getString(7),
            rs.getTimestamp(8).toLocalDateTime()))
        .list();
  }

  // ---- the appraiser's notes and acknowledgement -------------------------------------------------

  /** A note on a day of the employee's (kegiatanId null) or on one of its activities. */
  @Transactional
  public Catatan beriCatatan(String penulis, Nip pegawai, LocalDate tanggal, Long kegiatanId, String teks) {
    List<Masalah> problems = new ArrayList<>();
    String text = teks == null ? "" : teks.strip();
    if (text.isEmpty() || text.length() > MAX_NOTE) {
      problems.add(new Masalah("catatan", "Catatan 1 sampai " + MAX_NOTE + " karakter"));
    }
    if (tanggal == null) {
      problems.add(new Masalah("tanggal", "Tanggal wajib diisi"));
    } else if (tanggal.isAfter(hariIni())) {
      problems.add(new Masalah("tanggal", "Tanggal tidak boleh di masa depan"));
    } else if (!wajar(tanggal)) {
      problems.add(new Masalah("tanggal", "Tanggal di luar tahun 1900 sampai 2200"));
    }
    if (kegiatanId != null && tanggal != null && kegiatan(pegawai, kegiatanId).filter(k -> k.tanggal().equals(tanggal)).isEmpty()) {
      problems.add(new Masalah("kegiatanId", "Kegiatan itu tidak ada pada hari tersebut"));
    }
    if (!problems.isEmpty()) {
      throw new DitolakException(problems);
    }
    var keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO catatan_kegiatan_harian (nip, tanggal, kegiatan_id, penulis, catatan) VALUES (?, ?, ?, ?, ?)")
        .params(pegawai.value(), tanggal, kegiatanId, penulis, text).update(keys, "id");
    long id = keys.getKey().longValue();
    return catatan(pegawai, tanggal, tanggal).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
  }

  public record Pengakuan(String oleh, String namaOleh, java.time.LocalDateTime pada) {}

  @Transactional
  public void akui(String penilai, Nip pegawai, YearMonth bulan) {
    if (!wajar(bulan.atDay(1))) {
      throw new DitolakException("bulan", "Bulan di luar tahun 1900 sampai 2200");
    }
    if (bulan.atDay(1).isAfter(hariIni())) {
      throw new DitolakException("bulan", "Bulan yang belum dimulai belum dapat diakui");
    }
    jdbc.sql("DELETE FROM pengakuan_bulan_harian WHERE nip = ? AND tahun = ? AND bulan = ?")
        .params(pegawai.value(), bulan.getYear(), bulan.getMonthValue()).update();
    jdbc.sql("INSERT INTO pengakuan_bulan_harian (nip, tahun, bulan, oleh) VALUES (?, ?, ?, ?)")
        .params(pegawai.value(), bulan.getYear(), bulan.getMonthValue(), penilai).update();
  }

  public Optional<Pengakuan> pengakuan(Nip nip, YearMonth bulan) {
    return jdbc.sql("""
            SELECT p.oleh, e.name, p.pada FROM pengakuan_bulan_harian p LEFT JOIN org_employee e ON e.nip = p.oleh
            WHERE p.nip = ? AND p.tahun = ? AND p.bulan = ?""")
        .params(nip.value(), bulan.getYear(), bulan.getMonthValue())
        .query((rs, i) -> new Pengakuan(rs.getString(1), rs.getString(2) == null ? rs.getString(1) : rs.getString(2),
            rs.getTimestamp(3).toLocalDateTime()))
        .optional();
  }

  // ---- per RHK, for the appraisal ----------------------------------------------------------------

  /** Per RHK of the period: minutes, activities and the notes on them, in RHK order. */
  public record PerRhk(long rhkId, String rhk, int menit, List<Kegiatan> kegiatan) {}

  public List<PerRhk> perRhk(Nip nip, LocalDate dari, LocalDate sampai) {
    Map<Long, PerRhk> byRhk = new LinkedHashMap<>();
    List<Kegiatan> all = jdbc.sql(SELECT + " WHERE k.nip = ? AND k.tanggal BETWEEN ? AND ? ORDER BY r.urutan, k.tanggal, k.jam_mulai NULLS LAST, k.id")
        .params(nip.value(), dari, sampai).query(KegiatanHarianService::row).list();
    for (Kegiatan k : all) {
      PerRhk sum = byRhk.get(k.rhkId());
      List<Kegiatan> list = sum == null ? new ArrayList<>() : new ArrayList<>(sum.kegiatan());
      list.add(k);
      byRhk.put(k.rhkId(), new PerRhk(k.rhkId(), k.rhk(), (sum == null ? 0 : sum.menit()) + k.menit(), list));
    }
    return List.copyOf(byRhk.values());
  }

  /** Employees' words shown as text, never as markup, in the form's markdown. */
  static String plain(String text) {
    return text.replaceAll("[\\r\\n]+", " ").replaceAll("([\\\\`*_{}\\[\\]()#+!<>|~-])", "\\\\$1");
  }

  /** Markdown for the appraiser's periodic rating form: per RHK the hours, the activities and the notes. */
  public String digest(Nip pegawai, LocalDate dari, LocalDate sampai) {
    List<PerRhk> perRhk = perRhk(pegawai, dari, sampai);
    if (perRhk.isEmpty()) {
      return "Tidak ada laporan kegiatan harian pada periode ini.";
    }
    Map<Long, List<Catatan>> notes = new HashMap<>();
    List<Catatan> dayNotes = new ArrayList<>();
    for (Catatan c : catatan(pegawai, dari, sampai)) {
      if (c.kegiatanId() == null) {
        dayNotes.add(c);
      } else {
        notes.computeIfAbsent(c.kegiatanId(), id -> new ArrayList<>()).add(c);
      }
    }
    StringBuilder text = new StringBuilder();
    int total = perRhk.stream().mapToInt(PerRhk::menit).sum();
    long days = perRhk.stream().flatMap(r -> r.kegiatan().stream()).map(Kegiatan::tanggal).distinct().count();
    text.append("Jumlah: **").append(KegiatanHarian.durasi(total)).append("** pada ").append(days).append(" hari.\n\n");
    for (PerRhk r : perRhk) {
      text.append("**RHK: ").append(plain(r.rhk())).append("** — ").append(KegiatanHarian.durasi(r.menit()))
          .append(", ").append(r.kegiatan().size()).append(" kegiatan\n\n");
      int shown = 0;
      for (Kegiatan k : r.kegiatan()) {
        if (shown++ == 30) {
          text.append("- … dan ").append(r.kegiatan().size() - 30).append(" kegiatan lain\n");
          break;
        }
        text.append("- ").append(Waktu.tanggal(k.tanggal())).append(", ").append(plain(k.waktu())).append(": ")
            .append(plain(k.uraian())).append("\n");
        for (Catatan c : notes.getOrDefault(k.id(), List.of())) {
          text.append("  - Catatan ").append(plain(c.namaPenulis())).append(": ").append(plain(c.catatan())).append("\n");
        }
      }
      text.append("\n");
    }
    if (!dayNotes.isEmpty()) {
      text.append("**Catatan harian penilai**\n\n");
      for (Catatan c : dayNotes) {
        text.append("- ").append(Waktu.tanggal(c.tanggal())).append(", ").append(plain(c.namaPenulis())).append(": ")
            .append(plain(c.catatan())).append("\n");
      }
    }
    return text.toString();
  }
}
