package id.kinerja.harian;

import id.kinerja.harian.KegiatanHarian.Hari;
import id.kinerja.kernel.Nip;
import java.time.YearMonth;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in person's month at a glance, for Kinerja Saya ({@code @harianRingkas} in the templates). */
@Component("harianRingkas")
public class RingkasBulanIni {

  private final KegiatanHarianService service;

  RingkasBulanIni(KegiatanHarianService service) {
    this.service = service;
  }

  public record Ringkas(YearMonth bulan, List<Hari> hari, int menit, int menitStandar, long hariKerja, long hariDiisi) {}

  /** Null for a login that is no NIP (admin, BKPSDM): it keeps no daily activities, the template shows none. */
  public Ringkas bulanIni() {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    Nip nip = auth == null ? null : Nip.parse(auth.getName()).orElse(null);
    if (nip == null) {
      return null;
    }
    YearMonth month = YearMonth.from(service.hariIni());
    List<Hari> days = service.hari(nip, month.atDay(1), month.atEndOfMonth());
    List<Hari> sofar = days.stream().filter(h -> !h.akanDatang()).toList();
    return new Ringkas(month, days, sofar.stream().mapToInt(Hari::menit).sum(),
        sofar.stream().mapToInt(h -> h.standar().menit()).sum(),
        sofar.stream().filter(h -> h.standar().hariKerja()).count(),
        sofar.stream().filter(h -> h.standar().hariKerja() && !h.kegiatan().isEmpty()).count());
  }
}
