package id.kinerja.harian;

import id.kinerja.notification.DigestReminders;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The morning digest's reminder: on a working day, everybody with an approved SKP who logged no
 * activity on the previous working day gets one line, once per missed day, pointing at that day.
 */
@Component
class PengingatKegiatanHarian implements DigestReminders {

  private final JdbcClient jdbc;
  private final JamKerjaStandar standar;
  private final KegiatanHarianService service;
  private final HarianTeks teks;

  PengingatKegiatanHarian(JdbcClient jdbc, JamKerjaStandar standar, KegiatanHarianService service, HarianTeks teks) {
    this.jdbc = jdbc;
    this.standar = standar;
    this.service = service;
    this.teks = teks;
  }

  @Override
  public List<Reminder> due() {
    LocalDate today = service.hariIni();
    if (!standar.untuk(today).hariKerja()) {
      return List.of();
    }
    LocalDate missed = standar.hariKerjaSebelum(today);
    String title = "Kegiatan harian " + teks.hari(missed) + " belum Anda isi: masih dapat dicatat sampai "
        + service.hariKerjaMundur() + " hari kerja ke belakang";
    return belumMengisi(missed).stream()
        .map(nip -> new Reminder("KEGIATAN_HARIAN:" + nip + ":" + missed, nip, title, "/kegiatan-harian?tanggal=" + missed))
        .toList();
  }

  /** Active employees with an approved SKP of that year and no activity on that day. */
  List<String> belumMengisi(LocalDate day) {
    return jdbc.sql("""
            SELECT s.nip FROM skp s JOIN org_employee e ON e.nip = s.nip
            WHERE s.tahun = ? AND s.status = 'DISETUJUI' AND e.active = TRUE
              AND NOT EXISTS (SELECT 1 FROM kegiatan_harian k WHERE k.nip = s.nip AND k.tanggal = ?)
            ORDER BY s.nip""")
        .params(day.getYear(), day).query(String.class).list();
  }
}
