package id.kinerja.publication;

import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.kernel.Predikat;
import id.kinerja.kernel.Tahun;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the documents show from the product's tables (skp, rhk, indikator, realisasi,
 * penilaian, keberatan, predikat_kinerja, kalibrasi_usulan, capaian_organisasi, organisation). Writes
 * nothing.
 */
@Repository
@Transactional(readOnly = true)
class DocumentData {

  private final JdbcClient jdbc;
  private final IdentityService identityService;

  DocumentData(DataSource dataSource, IdentityService identityService) {
    this.jdbc = JdbcClient.create(dataSource);
    this.identityService = identityService;
  }

  /** Somebody named on a document; officials outside the organisation have only their account's name. */
  record Person(String nip, String nama, String jabatan, String unitKode, String unitNama) {}

  record Skp(long id, String nip, int tahun, String status, String pejabatPenilai, String atasanPejabatPenilai,
      String processInstanceId, String catatanReview, LocalDateTime diajukanPada, LocalDateTime disetujuiPada) {}

  record Indikator(String uraian, String aspek, String target, String realisasi) {}

  record Rhk(int urutan, String jenis, String uraian, String rhkAtasan, List<Indikator> indikator) {}

  record Penilaian(long id, String jenis, Integer periode, String penilai, String hasilKerja, String alasanHasilKerja,
      String perilakuKerja, String alasanPerilakuKerja, String predikat, String catatan, LocalDateTime dinilaiPada) {}

  record NilaiPerilaku(String rating, String alasan) {}

  record Keberatan(String alasan, LocalDateTime diajukanPada, String tanggapanPenilai, String keputusan,
      String hasilKerjaBaru, String perilakuKerjaBaru, String predikatBaru, String alasanPutusan, String diputusOleh,
      LocalDateTime diputusPada) {}

  record HasilAkhir(String hasilKerja, String perilakuKerja, String predikat, boolean melaluiKeberatan,
      String ditetapkanOleh, String catatan, LocalDateTime ditetapkanPada) {}

  record CapaianOrganisasi(String unitKode, String capaian, String catatan, String ditetapkanOleh,
      LocalDateTime ditetapkanPada) {}

  /** A year's documents of one employee, as the /dokumen page lists them. */
  record Entry(String nip, String nama, int tahun, String peran, String skpUrl, String evaluasiUrl, boolean adaEvaluasi) {}

  /** The user's own documents and those of the employees they appraise or countersign, newest year first. */
  List<Entry> entriesFor(String me) {
    return jdbc.sql("""
            SELECT s.nip, COALESCE(e.name, s.nip) AS nama, s.tahun,
                   CASE WHEN s.nip = :me THEN 'Pegawai' WHEN s.pejabat_penilai = :me THEN 'Pejabat penilai'
                        WHEN s.atasan_pejabat_penilai = :me THEN 'Atasan pejabat penilai'
                        WHEN EXISTS (SELECT 1 FROM skp_pejabat_sebelumnya x WHERE x.skp_id = s.id AND x.nip = :me
                                     AND x.peran = 'PEJABAT_PENILAI') THEN 'Pejabat penilai sebelum mutasi'
                        ELSE 'Atasan pejabat penilai sebelum mutasi' END AS peran,
                   EXISTS (SELECT 1 FROM penilaian p WHERE p.skp_id = s.id AND p.jenis = 'TAHUNAN') AS ada_evaluasi
            FROM skp s LEFT JOIN org_employee e ON e.nip = s.nip
            WHERE (s.nip = :me OR s.pejabat_penilai = :me OR s.atasan_pejabat_penilai = :me
                   OR s.id IN (SELECT x.skp_id FROM skp_pejabat_sebelumnya x WHERE x.nip = :me))
              AND EXISTS (SELECT 1 FROM rhk r WHERE r.skp_id = s.id)
            ORDER BY s.tahun DESC, CASE WHEN s.nip = :me THEN 0 ELSE 1 END, nama""")
        .param("me", me)
        .query((rs, n) -> new Entry(rs.getString("nip"), rs.getString("nama"), rs.getInt("tahun"), rs.getString("peran"),
            "/dokumen/skp/" + rs.getString("nip") + "/" + rs.getInt("tahun") + ".pdf",
            "/dokumen/evaluasi/" + rs.getString("nip") + "/" + rs.getInt("tahun") + ".pdf",
            rs.getBoolean("ada_evaluasi")))
        .list();
  }

  /** Whether a mutasi during the year replaced this person as pejabat penilai or atasan on the SKP. */
  boolean wasPejabatBeforeMutasi(long skpId, String nip) {
    return jdbc.sql("SELECT COUNT(*) FROM skp_pejabat_sebelumnya WHERE skp_id = ? AND nip = ?")
        .params(skpId, nip).query(Long.class).single() > 0;
  }

  Optional<Skp> skp(PenilaianTahunan appraisal) {
    return jdbc.sql("""
            SELECT id, nip, tahun, status, pejabat_penilai, atasan_pejabat_penilai, process_instance_id,
                   catatan_review, diajukan_pada, disetujui_pada
            FROM skp WHERE nip = ? AND tahun = ?""")
        .params(appraisal.nip().value(), appraisal.tahun().value())
        .query((rs, n) -> new Skp(rs.getLong("id"), rs.getString("nip"), rs.getInt("tahun"), rs.getString("status"),
            rs.getString("pejabat_penilai"), rs.getString("atasan_pejabat_penilai"),
            rs.getString("process_instance_id"), rs.getString("catatan_review"),
            time(rs, "diajukan_pada"), time(rs, "disetujui_pada")))
        .optional();
  }

  /** The employee as the organisation knows them; for an account outside it, the account's name. */
  Person person(String nip) {
    if (nip == null) {
      return new Person(null, "-", null, null, null);
    }
    return jdbc.sql("""
            SELECT e.nip, e.name, e.position_name, e.unit_code, u.name AS unit_name
            FROM org_employee e JOIN org_unit u ON u.code = e.unit_code WHERE e.nip = ?""")
        .param(nip)
        .query((rs, n) -> new Person(rs.getString("nip"), rs.getString("name"), rs.getString("position_name"),
            rs.getString("unit_code"), rs.getString("unit_name")))
        .optional()
        .orElseGet(() -> {
          User user = identityService.createUserQuery().userId(nip).singleResult();
          String name = user == null ? nip
              : String.join(" ", java.util.stream.Stream.of(user.getFirstName(), user.getLastName())
                  .filter(s -> s != null && !s.isBlank()).toList());
          return new Person(nip, name.isBlank() ? nip : name, null, null, null);
        });
  }

  /** RHK in order with their indicators and, per indicator, the latest period's reported realisasi. */
  List<Rhk> rhk(long skpId) {
    Map<Long, Rhk> byId = new LinkedHashMap<>();
    jdbc.sql("SELECT id, urutan, jenis, uraian, rhk_atasan FROM rhk WHERE skp_id = ? ORDER BY urutan")
        .param(skpId)
        .query(rs -> {
          byId.put(rs.getLong("id"), new Rhk(rs.getInt("urutan"), rs.getString("jenis"), rs.getString("uraian"),
              rs.getString("rhk_atasan"), new ArrayList<>()));
        });
    jdbc.sql("""
            SELECT i.rhk_id, i.uraian, i.aspek, i.target,
                   (SELECT r.capaian FROM realisasi r WHERE r.indikator_id = i.id
                    AND r.periode = (SELECT MAX(r2.periode) FROM realisasi r2 WHERE r2.indikator_id = i.id)
                    ORDER BY r.id DESC FETCH FIRST 1 ROWS ONLY) AS realisasi
            FROM indikator i JOIN rhk h ON h.id = i.rhk_id
            WHERE h.skp_id = ? ORDER BY h.urutan, i.urutan""")
        .param(skpId)
        .query(rs -> {
          Rhk rhk = byId.get(rs.getLong("rhk_id"));
          rhk.indikator().add(new Indikator(rs.getString("uraian"), rs.getString("aspek"), rs.getString("target"),
              rs.getString("realisasi")));
        });
    return List.copyOf(byId.values());
  }

  /** Ekspektasi khusus pimpinan per BerAKHLAK value (enum name). */
  Map<String, String> ekspektasiKhusus(long skpId) {
    Map<String, String> result = new LinkedHashMap<>();
    jdbc.sql("SELECT nilai, ekspektasi FROM ekspektasi_khusus WHERE skp_id = ?").param(skpId)
        .query(rs -> {
          result.put(rs.getString("nilai"), rs.getString("ekspektasi"));
        });
    return result;
  }

  List<Penilaian> penilaian(long skpId) {
    return jdbc.sql("""
            SELECT id, jenis, periode, penilai, hasil_kerja, alasan_hasil_kerja, perilaku_kerja, alasan_perilaku_kerja,
                   predikat, catatan, dinilai_pada
            FROM penilaian WHERE skp_id = ? ORDER BY jenis, periode, id""")
        .param(skpId)
        .query((rs, n) -> new Penilaian(rs.getLong("id"), rs.getString("jenis"), (Integer) rs.getObject("periode", Integer.class),
            rs.getString("penilai"), rs.getString("hasil_kerja"), rs.getString("alasan_hasil_kerja"),
            rs.getString("perilaku_kerja"), rs.getString("alasan_perilaku_kerja"), rs.getString("predikat"),
            rs.getString("catatan"), time(rs, "dinilai_pada")))
        .list();
  }

  /** Ratings per BerAKHLAK value of an annual rating, by value name. */
  Map<String, NilaiPerilaku> perilakuPerNilai(long penilaianId) {
    Map<String, NilaiPerilaku> result = new LinkedHashMap<>();
    jdbc.sql("SELECT nilai, rating, alasan FROM penilaian_perilaku WHERE penilaian_id = ?").param(penilaianId)
        .query(rs -> {
          result.put(rs.getString("nilai"), new NilaiPerilaku(rs.getString("rating"), rs.getString("alasan")));
        });
    return result;
  }

  Optional<Keberatan> keberatan(long skpId) {
    return jdbc.sql("""
            SELECT alasan, diajukan_pada, tanggapan_penilai, keputusan, hasil_kerja_baru, perilaku_kerja_baru,
                   predikat_baru, alasan_putusan, diputus_oleh, diputus_pada
            FROM keberatan WHERE skp_id = ?""")
        .param(skpId)
        .query((rs, n) -> new Keberatan(rs.getString("alasan"), time(rs, "diajukan_pada"),
            rs.getString("tanggapan_penilai"), rs.getString("keputusan"), rs.getString("hasil_kerja_baru"),
            rs.getString("perilaku_kerja_baru"), rs.getString("predikat_baru"), rs.getString("alasan_putusan"),
            rs.getString("diputus_oleh"), time(rs, "diputus_pada")))
        .optional();
  }

  Optional<HasilAkhir> hasilAkhir(long skpId) {
    return jdbc.sql("""
            SELECT hasil_kerja, perilaku_kerja, predikat, melalui_keberatan, ditetapkan_oleh, catatan, ditetapkan_pada
            FROM predikat_kinerja WHERE skp_id = ?""")
        .param(skpId)
        .query((rs, n) -> new HasilAkhir(rs.getString("hasil_kerja"), rs.getString("perilaku_kerja"),
            rs.getString("predikat"), rs.getBoolean("melalui_keberatan"), rs.getString("ditetapkan_oleh"),
            rs.getString("catatan"), time(rs, "ditetapkan_pada")))
        .optional();
  }

  Optional<CapaianOrganisasi> capaianOrganisasi(String unitKode, Tahun tahun) {
    if (unitKode == null) {
      return Optional.empty();
    }
    return jdbc.sql("""
            SELECT unit_code, capaian, catatan, ditetapkan_oleh, ditetapkan_pada
            FROM capaian_organisasi WHERE unit_code = ? AND tahun = ?""")
        .params(unitKode, tahun.value())
        .query((rs, n) -> new CapaianOrganisasi(rs.getString("unit_code"), rs.getString("capaian"),
            rs.getString("catatan"), rs.getString("ditetapkan_oleh"), time(rs, "ditetapkan_pada")))
        .optional();
  }

  /**
   * The unit's predikat of the year, counted per employee now in the unit by the predikat each has
   * now (view predikat_terkini). Employees without an annual rating are not counted.
   */
  /** What an employee's year has now (view predikat_terkini): the ratings and predikat and their source. */
  record PredikatTerkini(String sumber, String hasilKerja, String perilakuKerja, String predikat) {

    boolean finalSet() {
      return "FINAL".equals(sumber);
    }
  }

  Optional<PredikatTerkini> predikatTerkini(long skpId) {
    return jdbc.sql("SELECT sumber, hasil_kerja, perilaku_kerja, predikat FROM predikat_terkini WHERE skp_id = ?"
            + " AND predikat IS NOT NULL")
        .param(skpId)
        .query((rs, i) -> new PredikatTerkini(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .optional();
  }

  Map<Predikat, Integer> sebaranPredikat(String unitKode, Tahun tahun) {
    Map<Predikat, Integer> counts = new EnumMap<>(Predikat.class);
    for (Predikat p : Predikat.values()) {
      counts.put(p, 0);
    }
    jdbc.sql("""
            SELECT pt.predikat
            FROM predikat_terkini pt
            JOIN org_employee e ON e.nip = pt.nip
            WHERE e.unit_code = ? AND pt.tahun = ?""")
        .params(unitKode, tahun.value())
        .query(rs -> {
          Predikat.parse(rs.getString("predikat")).ifPresent(p -> counts.merge(p, 1, Integer::sum));
        });
    return counts;
  }

  private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toLocalDateTime();
  }
}
