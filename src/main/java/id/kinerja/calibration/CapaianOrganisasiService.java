package id.kinerja.calibration;

import id.kinerja.kernel.CapaianOrganisasi;
import id.kinerja.kernel.Tahun;
import id.kinerja.organisation.OrganisationLookup;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * BKPSDM records each unit's capaian kinerja organisasi per year. Every change is kept with who
 * and when; a unit waiting for its capaian is checked again at once.
 */
@Service
@Transactional
public class CapaianOrganisasiService {

  public record Capaian(String unitKode, String unitNama, int tahun, String capaian, String catatan,
      String ditetapkanOleh, Instant ditetapkanPada) {}

  /** A refused recording; the messages are shown as they are (HTTP 400). */
  public static class InvalidCapaianException extends RuntimeException {
    private final List<String> problems;

    public InvalidCapaianException(List<String> problems) {
      super(String.join("; ", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  private final JdbcClient jdbc;
  private final OrganisationLookup organisasi;
  private final KalibrasiService kalibrasi;

  public CapaianOrganisasiService(JdbcClient jdbc, OrganisationLookup organisasi, KalibrasiService kalibrasi) {
    this.jdbc = jdbc;
    this.organisasi = organisasi;
    this.kalibrasi = kalibrasi;
  }

  /**
   * @throws InvalidCapaianException a value that is not a capaian, a note too long (the year is a {@link Tahun},
   *     checked at the edge: {@link #year})
   * @throws IllegalArgumentException an unknown unit
   * @throws IllegalStateException the unit's results of that year are already released
   */
  public Capaian record(String unit, Tahun tahun, String capaian, String catatan, String oleh) {
    List<String> problems = new ArrayList<>();
    Optional<CapaianOrganisasi> value = CapaianOrganisasi.parse(capaian);
    if (value.isEmpty()) {
      problems.add("Capaian kinerja organisasi wajib salah satu dari: Istimewa (ISTIMEWA), Baik (BAIK), "
          + "Butuh Perbaikan (BUTUH_PERBAIKAN), Kurang (KURANG), Sangat Kurang (SANGAT_KURANG).");
    }
    if (catatan != null && catatan.length() > 2000) {
      problems.add("Catatan paling banyak 2000 karakter.");
    }
    if (!problems.isEmpty()) {
      throw new InvalidCapaianException(problems);
    }
    organisasi.unitHeadOf(unit); // refuses an unknown unit
    kalibrasi.holdUnit(unit); // a release being committed right now is seen below
    if (kalibrasi.released(unit, tahun) > 0) {
      throw new IllegalStateException("Hasil penilaian unit " + unit + " tahun " + tahun
          + " sudah dilepas setelah kalibrasi: capaian organisasi tidak dapat diubah lagi.");
    }
    String note = catatan == null || catatan.isBlank() ? null : catatan.strip();
    Timestamp now = Timestamp.from(Instant.now());
    int updated = jdbc.sql("""
            UPDATE capaian_organisasi SET capaian = ?, catatan = ?, ditetapkan_oleh = ?, ditetapkan_pada = ?
            WHERE unit_code = ? AND tahun = ?""")
        .params(value.get().name(), note, oleh, now, unit, tahun.value()).update();
    if (updated == 0) {
      jdbc.sql("""
              INSERT INTO capaian_organisasi (unit_code, tahun, capaian, catatan, ditetapkan_oleh, ditetapkan_pada)
              VALUES (?, ?, ?, ?, ?, ?)""")
          .params(unit, tahun.value(), value.get().name(), note, oleh, now).update();
    }
    jdbc.sql("""
            INSERT INTO capaian_organisasi_riwayat (unit_code, tahun, capaian, catatan, ditetapkan_oleh, ditetapkan_pada)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(unit, tahun.value(), value.get().name(), note, oleh, now).update();
    kalibrasi.dataChanged(unit, tahun);
    return find(unit, tahun).orElseThrow();
  }

  /** The year asked for at the page or the API, refused as a capaian would be (HTTP 400) when implausible. */
  static Tahun year(int tahun) {
    if (tahun < Tahun.FIRST || tahun > Tahun.LAST) {
      throw new InvalidCapaianException(List.of("Tahun " + tahun + " tidak masuk akal."));
    }
    return Tahun.of(tahun);
  }

  @Transactional(readOnly = true)
  public Optional<Capaian> find(String unit, Tahun tahun) {
    return jdbc.sql("""
            SELECT c.unit_code, u.name, c.tahun, c.capaian, c.catatan, c.ditetapkan_oleh, c.ditetapkan_pada
            FROM capaian_organisasi c JOIN org_unit u ON u.code = c.unit_code
            WHERE c.unit_code = ? AND c.tahun = ?""")
        .params(unit, tahun.value()).query(CapaianOrganisasiService::capaian).optional();
  }

  /** Every unit with its capaian of the year (null where none is recorded yet), by unit code. */
  @Transactional(readOnly = true)
  public List<Capaian> forYear(Tahun tahun) {
    return jdbc.sql("""
            SELECT u.code, u.name, ?, c.capaian, c.catatan, c.ditetapkan_oleh, c.ditetapkan_pada
            FROM org_unit u LEFT JOIN capaian_organisasi c ON c.unit_code = u.code AND c.tahun = ?
            ORDER BY u.code""")
        .params(tahun.value(), tahun.value()).query(CapaianOrganisasiService::capaian).list();
  }

  /** Who recorded what, oldest first. */
  @Transactional(readOnly = true)
  public List<Capaian> history(String unit, Tahun tahun) {
    return jdbc.sql("""
            SELECT r.unit_code, u.name, r.tahun, r.capaian, r.catatan, r.ditetapkan_oleh, r.ditetapkan_pada
            FROM capaian_organisasi_riwayat r JOIN org_unit u ON u.code = r.unit_code
            WHERE r.unit_code = ? AND r.tahun = ? ORDER BY r.id""")
        .params(unit, tahun.value()).query(CapaianOrganisasiService::capaian).list();
  }

  private static Capaian capaian(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    Timestamp pada = rs.getTimestamp(7);
    return new Capaian(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
        rs.getString(6), pada == null ? null : pada.toInstant());
  }
}
