package id.kinerja.harian;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The daily record read by many at once: an appraiser's team for a week (who filled in which day,
 * hours against the standard) and a unit's month for the allowance calculation. One grouped query
 * per view, on the (nip, tanggal) index.
 */
@Component
public class TimHarian {

  private final JdbcClient jdbc;
  private final JamKerjaStandar standar;

  TimHarian(JdbcClient jdbc, JamKerjaStandar standar) {
    this.jdbc = jdbc;
    this.standar = standar;
  }

  /** Minutes and activities of one employee on one day. */
  public record Isi(int menit, int kegiatan) {
    static final Isi KOSONG = new Isi(0, 0);
  }

  /** One subordinate: what they logged per day, and the minutes of the week (Monday to Sunday). */
  public record Anggota(String nip, String nama, String jabatan, Map<LocalDate, Isi> hari, int menitMinggu) {
    public Isi pada(LocalDate tanggal) {
      return hari.getOrDefault(tanggal, Isi.KOSONG);
    }
  }

  /** The week (Monday to Sunday) of the day, the working day before it and every direct subordinate. */
  public record Minggu(LocalDate tanggal, LocalDate kemarin, List<JamKerjaStandar.Standar> hari,
      JamKerjaStandar.Standar standarKemarin, List<Anggota> anggota) {

    public int menitStandarMinggu() {
      return hari.stream().mapToInt(JamKerjaStandar.Standar::menit).sum();
    }

    /** Those who did not fill in the working day before {@code tanggal}. */
    public List<Anggota> belumMengisiKemarin() {
      return anggota.stream().filter(a -> a.pada(kemarin).kegiatan() == 0).toList();
    }
  }

  public Minggu minggu(String penilai, LocalDate tanggal) {
    LocalDate senin = tanggal.with(DayOfWeek.MONDAY);
    LocalDate kemarin = standar.hariKerjaSebelum(tanggal);
    LocalDate dari = kemarin.isBefore(senin) ? kemarin : senin;
    LocalDate sampai = senin.plusDays(6);
    List<String[]> people = jdbc.sql("""
            SELECT nip, name, position_name FROM org_employee WHERE supervisor_nip = ? AND active = TRUE ORDER BY name""")
        .param(penilai).query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
    Map<String, Map<LocalDate, Isi>> filled = isi(people.stream().map(p -> p[0]).toList(), dari, sampai);
    List<Anggota> team = new ArrayList<>();
    for (String[] p : people) {
      Map<LocalDate, Isi> days = filled.getOrDefault(p[0], Map.of());
      int week = days.entrySet().stream().filter(e -> !e.getKey().isBefore(senin) && !e.getKey().isAfter(sampai))
          .mapToInt(e -> e.getValue().menit()).sum();
      team.add(new Anggota(p[0], p[1], p[2], days, week));
    }
    return new Minggu(tanggal, kemarin, List.copyOf(standar.antara(senin, sampai).values()), standar.untuk(kemarin), team);
  }

  private Map<String, Map<LocalDate, Isi>> isi(List<String> nips, LocalDate dari, LocalDate sampai) {
    Map<String, Map<LocalDate, Isi>> filled = new HashMap<>();
    if (nips.isEmpty()) {
      return filled;
    }
    jdbc.sql("""
            SELECT nip, tanggal, SUM(menit), COUNT(*) FROM kegiatan_harian
            WHERE nip IN (:nips) AND tanggal BETWEEN :dari AND :sampai GROUP BY nip, tanggal""")
        .param("nips", nips).param("dari", dari).param("sampai", sampai)
        .query(rs -> {
          filled.computeIfAbsent(rs.getString(1), n -> new HashMap<>())
              .put(rs.getDate(2).toLocalDate(), new Isi(rs.getInt(3), rs.getInt(4)));
        });
    return filled;
  }

  /** One employee's month for the allowance calculation. */
  public record Rekap(String nip, String nama, String unit, int hariKerja, int hariDiisi, int menit, int menitStandar,
      int kegiatan) {
    public double jam() {
      return menit / 60.0;
    }

    public double jamStandar() {
      return menitStandar / 60.0;
    }
  }

  public record Unit(String kode, String nama) {}

  public List<Unit> units() {
    return jdbc.sql("SELECT code, name FROM org_unit WHERE closed_at IS NULL ORDER BY name").query((rs, i) -> new Unit(rs.getString(1), rs.getString(2))).list();
  }

  /** Every active employee of the unit: working days, days filled in, hours and the standard's hours. */
  public List<Rekap> rekapUnit(String unit, YearMonth bulan) {
    LocalDate dari = bulan.atDay(1);
    LocalDate sampai = bulan.atEndOfMonth();
    Map<LocalDate, JamKerjaStandar.Standar> days = standar.antara(dari, sampai);
    int hariKerja = (int) days.values().stream().filter(JamKerjaStandar.Standar::hariKerja).count();
    int menitStandar = days.values().stream().mapToInt(JamKerjaStandar.Standar::menit).sum();
    Map<String, int[]> sums = new HashMap<>();
    jdbc.sql("""
            SELECT k.nip, COUNT(DISTINCT k.tanggal), SUM(k.menit), COUNT(*) FROM kegiatan_harian k
            JOIN org_employee e ON e.nip = k.nip
            WHERE e.unit_code = ? AND e.active = TRUE AND k.tanggal BETWEEN ? AND ? GROUP BY k.nip""")
        .params(unit, dari, sampai)
        .query(rs -> {
          sums.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4)});
        });
    return jdbc.sql("""
            SELECT e.nip, e.name, u.name FROM org_employee e JOIN org_unit u ON u.code = e.unit_code
            WHERE e.unit_code = ? AND e.active = TRUE ORDER BY e.name, e.nip""")
        .param(unit)
        .query((rs, i) -> {
          int[] s = sums.getOrDefault(rs.getString(1), new int[3]);
          return new Rekap(rs.getString(1), rs.getString(2), rs.getString(3), hariKerja, s[0], s[1], menitStandar, s[2]);
        })
        .list();
  }
}
