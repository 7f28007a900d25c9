package id.kinerja.harian;

import id.kinerja.system.Waktu;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Words for the daily record's pages ({@code @harianTeks} in the templates). */
@Component("harianTeks")
public class HarianTeks {

  private static final DateTimeFormatter HARI = DateTimeFormatter.ofPattern("EEEE, d MMM", Waktu.INDONESIA);
  private static final DateTimeFormatter NAMA_HARI = DateTimeFormatter.ofPattern("EEEE", Waktu.INDONESIA);

  /** "Senin, 7 Des". */
  public String hari(LocalDate tanggal) {
    return HARI.format(tanggal);
  }

  public String namaHari(LocalDate tanggal) {
    return NAMA_HARI.format(tanggal);
  }

  public String durasi(int menit) {
    return KegiatanHarian.durasi(menit);
  }

  public String jam(LocalTime time) {
    return KegiatanHarian.jam(time);
  }

  /** "November 2026". */
  public String bulan(YearMonth bulan) {
    return RekapBulanan.BULAN.format(bulan);
  }
}
