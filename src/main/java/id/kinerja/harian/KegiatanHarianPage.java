package id.kinerja.harian;

import id.kinerja.harian.KegiatanHarian.DitolakException;
import id.kinerja.harian.KegiatanHarian.Hari;
import id.kinerja.harian.KegiatanHarian.Isian;
import id.kinerja.harian.KegiatanHarian.Kegiatan;
import id.kinerja.harian.KegiatanHarian.Masalah;
import id.kinerja.kernel.Nip;
import id.kinerja.navigation.Navigation;
import id.kinerja.system.Waktu;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Kegiatan harian": the employee's own week or month as a calendar, each day with its activities
 * and hours against the standard, the appraiser's notes, and the form to add, change or copy an
 * activity. There is no NIP in the address: it is always the signed-in person's own record. A
 * login that is no NIP (admin, BKPSDM) has no calendar: it gets a page that says so and links to
 * where it reads employees' days.
 */
@Controller
class KegiatanHarianPage {

  /** Where a login without a calendar of its own reads employees' days, as far as its menu offers them. */
  private static final Set<String> UNTUK_BUKAN_PEGAWAI = Set.of("/kegiatan-harian/tim", "/admin/kalender-kerja",
      "/dasbor/bkpsdm");

  private final KegiatanHarianService service;
  private final Navigation navigasi;

  KegiatanHarianPage(KegiatanHarianService service, Navigation navigasi) {
    this.service = service;
    this.navigasi = navigasi;
  }

  /** The form's fields, as the browser sends them (date inputs always send ISO dates). */
  record Form(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal, String mulai, String selesai,
      Integer menit, Long rhkId, String uraian, String keluaran, Long buktiId) {
    Isian isian() {
      return new Isian(tanggal, mulai, selesai, menit, rhkId, uraian, keluaran, buktiId);
    }
  }

  @GetMapping("/kegiatan-harian")
  String page(Authentication user, Model model,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
      @RequestParam(defaultValue = "minggu") String tampilan,
      @RequestParam(required = false) Long ubah, @RequestParam(required = false) Long salin) {
    Nip nip = pegawai(user);
    LocalDate day = KegiatanHarianService.wajar(tanggal) ? tanggal : service.hariIni();
    Isian isian = Isian.kosong(day);
    Long editing = null;
    if (ubah != null) {
      Kegiatan k = service.kegiatan(nip, ubah).filter(a -> service.dapatDiubah(a.tanggal())).orElse(null);
      if (k != null) {
        isian = Isian.salinan(k, k.tanggal());
        editing = k.id();
        day = k.tanggal();
      }
    } else if (salin != null) {
      LocalDate target = KegiatanHarianService.wajar(tanggal) ? tanggal : service.hariIni();
      isian = service.kegiatan(nip, salin).map(k -> Isian.salinan(k, target)).orElse(isian);
      model.addAttribute("disalin", true);
    }
    return show(nip, model, day, tampilan, isian, editing, List.of());
  }

  /** Every activity of one day again on another, all or none: "my day was like yesterday". */
  @PostMapping("/kegiatan-harian/salin-hari")
  String copyDay(Authentication user, Model model, RedirectAttributes redirect,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate ke) {
    Nip nip = pegawai(user);
    try {
      List<Kegiatan> saved = service.salinHari(nip, dari, ke);
      redirect.addFlashAttribute("pesan", saved.size() + " kegiatan dari " + Waktu.tanggal(dari) + " disalin ke "
          + Waktu.tanggal(ke) + ".");
      return "redirect:/kegiatan-harian?tanggal=" + ke;
    } catch (DitolakException e) {
      LocalDate day = KegiatanHarianService.wajar(dari) ? dari : service.hariIni();
      return show(nip, model, day, "minggu", Isian.kosong(KegiatanHarianService.wajar(ke) ? ke : day), null,
          e.problems());
    }
  }

  @PostMapping("/kegiatan-harian")
  String add(Authentication user, @ModelAttribute Form form, Model model, RedirectAttributes redirect) {
    Nip nip = pegawai(user);
    try {
      Kegiatan saved = service.catat(nip, form.isian());
      redirect.addFlashAttribute("pesan", "Kegiatan tersimpan: " + saved.waktu() + ", " + saved.uraian());
      return "redirect:/kegiatan-harian?tanggal=" + saved.tanggal();
    } catch (DitolakException e) {
      return show(nip, model, KegiatanHarianService.wajar(form.tanggal()) ? form.tanggal() : service.hariIni(), "minggu",
          form.isian(), null, e.problems());
    }
  }

  @PostMapping("/kegiatan-harian/{id}")
  String change(Authentication user, @PathVariable long id, @ModelAttribute Form form, Model model,
      RedirectAttributes redirect) {
    Nip nip = pegawai(user);
    try {
      Kegiatan saved = service.ubah(nip, id, form.isian());
      redirect.addFlashAttribute("pesan", "Perubahan tersimpan: " + saved.waktu() + ", " + saved.uraian());
      return "redirect:/kegiatan-harian?tanggal=" + saved.tanggal();
    } catch (DitolakException e) {
      return show(nip, model, KegiatanHarianService.wajar(form.tanggal()) ? form.tanggal() : service.hariIni(), "minggu",
          form.isian(), id, e.problems());
    }
  }

  @PostMapping("/kegiatan-harian/{id}/hapus")
  String delete(Authentication user, @PathVariable long id, Model model, RedirectAttributes redirect) {
    Nip nip = pegawai(user);
    LocalDate day = service.kegiatan(nip, id).map(Kegiatan::tanggal).orElse(service.hariIni());
    try {
      service.hapus(nip, id);
      redirect.addFlashAttribute("pesan", "Kegiatan dihapus.");
      return "redirect:/kegiatan-harian?tanggal=" + day;
    } catch (DitolakException e) {
      return show(nip, model, day, "minggu", Isian.kosong(day), null, e.problems());
    }
  }

  /** A login that is no NIP has no calendar of its own. */
  private static final class BukanPegawaiException extends RuntimeException {
    BukanPegawaiException() {
      super(null, null, false, false);
    }
  }

  /** The signed-in employee, whose calendar every handler of this page shows or writes. */
  private static Nip pegawai(Authentication user) {
    return Nip.parse(user.getName()).orElseThrow(BukanPegawaiException::new);
  }

  /**
   * The calendar is the employee's own: a login that is no NIP gets this page instead, with where it
   * reads employees' days; after a POST (writing, copying, deleting) with the refusal as well.
   */
  @ExceptionHandler(BukanPegawaiException.class)
  ModelAndView bukanPegawai(Authentication user, HttpServletRequest request) {
    List<Masalah> problems = HttpMethod.POST.matches(request.getMethod())
        ? AksesHarian.bukanPenulis(user).problems() : List.of();
    return new ModelAndView("harian/bukan-pegawai", Map.of("login", user.getName(),
        "tautan", navigasi.menu(user).links().stream().filter(link -> UNTUK_BUKAN_PEGAWAI.contains(link.href())).toList(),
        "masalah", problems));
  }

  private String show(Nip pegawai, Model model, LocalDate day, String tampilan, Isian isian, Long editing,
      List<Masalah> problems) {
    boolean month = "bulan".equals(tampilan);
    LocalDate from;
    LocalDate to;
    if (month) {
      YearMonth ym = YearMonth.from(day);
      from = ym.atDay(1).with(DayOfWeek.MONDAY);
      to = ym.atEndOfMonth().with(DayOfWeek.SUNDAY);
      model.addAttribute("bulan", ym);
      model.addAttribute("sebelumnya", ym.minusMonths(1).atDay(1));
      model.addAttribute("berikutnya", ym.plusMonths(1).atDay(1));
    } else {
      from = day.with(DayOfWeek.MONDAY);
      to = from.plusDays(6);
      model.addAttribute("sebelumnya", from.minusDays(7));
      model.addAttribute("berikutnya", from.plusDays(7));
    }
    List<Hari> days = service.hari(pegawai, from, to);
    List<Hari> counted = month ? days.stream().filter(h -> YearMonth.from(h.tanggal()).equals(YearMonth.from(day))).toList() : days;
    model.addAttribute("tampilan", month ? "bulan" : "minggu");
    model.addAttribute("tanggal", day);
    model.addAttribute("hariIni", service.hariIni());
    model.addAttribute("hari", days);
    model.addAttribute("minggu", weeks(days));
    model.addAttribute("menit", counted.stream().mapToInt(Hari::menit).sum());
    model.addAttribute("menitStandar", counted.stream().mapToInt(h -> h.standar().menit()).sum());
    model.addAttribute("hariKerja", counted.stream().filter(h -> h.standar().hariKerja() && !h.tanggal().isAfter(service.hariIni())).count());
    model.addAttribute("hariDiisi", counted.stream().filter(h -> h.standar().hariKerja() && !h.kegiatan().isEmpty()).count());
    int year = (isian.tanggal() == null ? day : isian.tanggal()).getYear();
    model.addAttribute("rhk", service.rhk(pegawai, year));
    model.addAttribute("bukti", service.bukti(pegawai, year));
    model.addAttribute("isian", isian);
    model.addAttribute("ubahId", editing);
    model.addAttribute("masalah", problems);
    model.addAttribute("batasUbah", service.batasUbah());
    model.addAttribute("hariKerjaMundur", service.hariKerjaMundur());
    return "harian/saya";
  }

  private static List<List<Hari>> weeks(List<Hari> days) {
    List<List<Hari>> weeks = new ArrayList<>();
    for (int i = 0; i < days.size(); i += 7) {
      weeks.add(days.subList(i, Math.min(days.size(), i + 7)));
    }
    return weeks;
  }
}
