package id.kinerja.dashboard;

import id.kinerja.kernel.Nip;
import id.kinerja.kernel.Predikat;
import id.kinerja.kernel.Rating;
import id.kinerja.kernel.Tahun;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The product's tables behind "Kinerja Saya" and "Tim Saya": one employee's year, or the
 * subordinates of one appraiser. Every statement is keyed by NIP (primary keys and the
 * (nip, tahun) indexes), so a page costs the same at 40,000 employees as at 25.
 */
@Repository
class PeopleRepository {

  private final JdbcClient jdbc;

  PeopleRepository(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  record Person(String nip, String name, String position, String unit, String supervisorNip, String supervisorName) {}

  Optional<Person> person(Nip nip) {
    return jdbc.sql("""
            SELECT e.nip, e.name, e.position_name, u.name, s.nip, s.name
            FROM org_employee e JOIN org_unit u ON u.code = e.unit_code
            LEFT JOIN org_employee s ON s.nip = e.supervisor_nip
            WHERE e.nip = ?""")
        .param(nip.value())
        .query((rs, i) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6)))
        .optional();
  }

  /** Names of the given NIPs (the people a task waits on). */
  Map<String, String> names(Collection<String> nips) {
    Map<String, String> names = new HashMap<>();
    if (!nips.isEmpty()) {
      jdbc.sql("SELECT nip, name FROM org_employee WHERE nip IN (:nips)").param("nips", nips)
          .query(rs -> {
            names.put(rs.getString(1), rs.getString(2));
          });
    }
    return names;
  }

  record Skp(long id, String status, String pejabatPenilai, String catatanReview, LocalDateTime diajukan,
      LocalDateTime disetujui) {}

  record Year(String processInstanceId, Skp skp) {}

  Optional<Year> year(Nip nip, Tahun tahun) {
    return jdbc.sql("""
            SELECT s.process_instance_id, skp.id, skp.status, skp.pejabat_penilai, skp.catatan_review,
                   skp.diajukan_pada, skp.disetujui_pada
            FROM siklus_penilaian s LEFT JOIN skp ON skp.nip = s.nip AND skp.tahun = s.tahun
            WHERE s.nip = ? AND s.tahun = ?""")
        .params(nip.value(), tahun.value())
        .query((rs, i) -> {
          long id = rs.getLong(2);
          Skp skp = rs.wasNull() ? null : new Skp(id, rs.getString(3), rs.getString(4), rs.getString(5),
              time(rs.getTimestamp(6)), time(rs.getTimestamp(7)));
          return new Year(rs.getString(1), skp);
        })
        .optional();
  }

  record Rating(String jenis, Integer periode, String hasilKerja, String perilakuKerja, String predikat,
      LocalDateTime dinilai) {}

  List<Rating> ratings(long skpId) {
    return jdbc.sql("""
            SELECT jenis, periode, hasil_kerja, perilaku_kerja, predikat, dinilai_pada
            FROM penilaian WHERE skp_id = ? ORDER BY dinilai_pada""")
        .param(skpId)
        .query((rs, i) -> {
          int periode = rs.getInt(2);
          Integer p = rs.wasNull() ? null : periode;
          return new Rating(rs.getString(1), p, rs.getString(3), rs.getString(4), rs.getString(5),
              time(rs.getTimestamp(6)));
        })
        .list();
  }

  /** The periods with realisasi reported, and when the last report of each came. */
  Map<Integer, LocalDateTime> reportedPeriods(long skpId) {
    Map<Integer, LocalDateTime> periods = new HashMap<>();
    jdbc.sql("SELECT periode, MAX(dilaporkan_pada) FROM realisasi WHERE skp_id = ? GROUP BY periode")
        .param(skpId)
        .query(rs -> {
          periods.put(rs.getInt(1), time(rs.getTimestamp(2)));
        });
    return periods;
  }

  record Objection(LocalDateTime diajukan, String keputusan, String predikatBaru, LocalDateTime diputus) {}

  Optional<Objection> objection(long skpId) {
    return jdbc.sql("SELECT diajukan_pada, keputusan, predikat_baru, diputus_pada FROM keberatan WHERE skp_id = ?")
        .param(skpId)
        .query((rs, i) -> new Objection(time(rs.getTimestamp(1)), rs.getString(2), rs.getString(3),
            time(rs.getTimestamp(4))))
        .optional();
  }

  record Final(String predikat, boolean melaluiKeberatan, LocalDateTime ditetapkan) {}

  Optional<Final> finalPredikat(long skpId) {
    return jdbc.sql("SELECT predikat, melalui_keberatan, ditetapkan_pada FROM predikat_kinerja WHERE skp_id = ?")
        .param(skpId)
        .query((rs, i) -> new Final(rs.getString(1), rs.getBoolean(2), time(rs.getTimestamp(3))))
        .optional();
  }

  /** The predikat the year has now (view predikat_terkini, as the dashboards, the PDF, the export and the public page). */
  Optional<String> currentPredikat(long skpId) {
    return jdbc.sql("SELECT predikat FROM predikat_terkini WHERE skp_id = ? AND predikat IS NOT NULL")
        .param(skpId).query(String.class).optional();
  }

  record PastYear(int tahun, String predikat, boolean ditetapkan) {
    public String predikatLabel() {
      return Predikat.labelOf(predikat);
    }
  }

  /** Every other year of the employee with the predikat it has now (final, else the current proposal). */
  List<PastYear> otherYears(Nip nip, Tahun tahun) {
    return jdbc.sql("""
            SELECT skp.tahun, %s, %s
            FROM skp
            %s
            WHERE skp.nip = ? AND skp.tahun <> ?
            ORDER BY skp.tahun DESC""".formatted(DashboardRepository.CURRENT_PREDIKAT,
            DashboardRepository.FINAL_PREDIKAT, DashboardRepository.CURRENT_PREDIKAT_JOINS))
        .params(nip.value(), tahun.value())
        .query((rs, i) -> new PastYear(rs.getInt(1), rs.getString(2), rs.getString(3) != null))
        .list();
  }

  /** The SKP status of the year of each of the given employees (those who have an SKP). */
  Map<String, String> skpStatuses(Collection<String> nips, Tahun tahun) {
    Map<String, String> statuses = new HashMap<>();
    if (!nips.isEmpty()) {
      jdbc.sql("SELECT nip, status FROM skp WHERE tahun = :tahun AND nip IN (:nips)")
          .param("tahun", tahun.value()).param("nips", nips)
          .query(rs -> {
            statuses.put(rs.getString(1), rs.getString(2));
          });
    }
    return statuses;
  }

  /** The last day each of the given employees logged a daily activity. */
  Map<String, LocalDate> lastActivity(Collection<String> nips) {
    Map<String, LocalDate> last = new HashMap<>();
    if (!nips.isEmpty()) {
      jdbc.sql("SELECT nip, MAX(tanggal) FROM kegiatan_harian WHERE nip IN (:nips) GROUP BY nip")
          .param("nips", nips)
          .query(rs -> {
            last.put(rs.getString(1), rs.getDate(2).toLocalDate());
          });
    }
    return last;
  }

  private static LocalDateTime time(Timestamp t) {
    return t == null ? null : t.toLocalDateTime();
  }
}
