package id.kinerja.harian;

import id.kinerja.harian.KegiatanHarian.DitolakException;
import id.kinerja.kernel.Nip;
import id.kinerja.system.web.KinerjaErrorAttributes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Kegiatan tim": the appraiser's team live (today, the working day before, this week per direct
 * subordinate), and one employee's week opened to read it, leave notes and acknowledge the month;
 * the month's PDF. One employee's week is open to those who may read it (appraiser, atasan, BKPSDM);
 * notes and the acknowledgement to the appraiser and atasan only.
 */
@Controller
class TimHarianPage {

  private final KegiatanHarianService service;
  private final TimHarian tim;
  private final AksesHarian akses;
  private final RekapBulanan rekap;

  TimHarianPage(KegiatanHarianService service, TimHarian tim, AksesHarian akses, RekapBulanan rekap) {
    this.service = service;
    this.tim = tim;
    this.akses = akses;
    this.rekap = rekap;
  }

  @GetMapping("/kegiatan-harian/tim")
  @PreAuthorize(AksesHarian.APPRAISER_OR_ADMIN)
  String team(Authentication user, Model model,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal) {
    LocalDate day = KegiatanHarianService.wajar(tanggal) ? tanggal : service.hariIni();
    model.addAttribute("tim", tim.minggu(user.getName(), day));
    model.addAttribute("hariIni", service.hariIni());
    model.addAttribute("sebelumnya", day.with(DayOfWeek.MONDAY).minusDays(7));
    model.addAttribute("berikutnya", day.with(DayOfWeek.MONDAY).plusDays(7));
    return "harian/tim";
  }

  @GetMapping("/kegiatan-harian/pegawai/{nip}")
  String employee(Authentication user, @PathVariable String nip, Model model,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal) {
    akses.mayRead(user, nip);
    Nip pegawai = AksesHarian.pegawai(nip);
    LocalDate day = KegiatanHarianService.wajar(tanggal) ? tanggal : service.hariIni();
    LocalDate monday = day.with(DayOfWeek.MONDAY);
    YearMonth month = YearMonth.from(day);
    model.addAttribute("nip", pegawai.value());
    model.addAttribute("nama", akses.nameOf(pegawai));
    model.addAttribute("tanggal", day);
    model.addAttribute("hariIni", service.hariIni());
    model.addAttribute("hari", service.hari(pegawai, monday, monday.plusDays(6)));
    model.addAttribute("perRhk", service.perRhk(pegawai, monday, monday.plusDays(6)));
    model.addAttribute("riwayat", service.riwayat(pegawai, monday, monday.plusDays(6)));
    model.addAttribute("bulan", month);
    model.addAttribute("pengakuan", service.pengakuan(pegawai, month).orElse(null));
    model.addAttribute("bolehCatat", akses.isAppraiserOrAtasan(user, pegawai.value()) && !user.getName().equals(pegawai.value()));
    model.addAttribute("sebelumnya", monday.minusDays(7));
    model.addAttribute("berikutnya", monday.plusDays(7));
    return "harian/pegawai";
  }

  @PostMapping("/kegiatan-harian/pegawai/{nip}/catatan")
  String note(Authentication user, @PathVariable String nip,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
      @RequestParam(required = false) Long kegiatanId, @RequestParam(required = false) String catatan,
      RedirectAttributes redirect) {
    akses.mayGiveFeedback(user, nip);
    if (!KegiatanHarianService.wajar(tanggal)) {
      tanggal = service.hariIni();
    }
    try {
      service.beriCatatan(user.getName(), AksesHarian.pegawai(nip), tanggal, kegiatanId, catatan);
      redirect.addFlashAttribute("pesan", "Catatan tersimpan; pegawai melihatnya pada kegiatan hariannya.");
    } catch (DitolakException e) {
      redirect.addFlashAttribute("masalah", e.problems().stream().map(KegiatanHarian.Masalah::message).toList());
      redirect.addFlashAttribute("catatanTertolak", catatan);
    }
    return "redirect:/kegiatan-harian/pegawai/" + nip + "?tanggal=" + tanggal;
  }

  @PostMapping("/kegiatan-harian/pegawai/{nip}/pengakuan")
  String acknowledge(Authentication user, @PathVariable String nip, @RequestParam YearMonth bulan,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
      RedirectAttributes redirect) {
    akses.mayGiveFeedback(user, nip);
    try {
      service.akui(user.getName(), AksesHarian.pegawai(nip), bulan);
      redirect.addFlashAttribute("pesan", "Kegiatan harian " + RekapBulanan.BULAN.format(bulan) + " telah Anda akui.");
    } catch (DitolakException e) {
      redirect.addFlashAttribute("masalah", List.of(e.getMessage()));
    }
    return "redirect:/kegiatan-harian/pegawai/" + nip + "?tanggal="
        + (tanggal != null && YearMonth.from(tanggal).equals(bulan) ? tanggal : bulan.atDay(1));
  }

  /** The month's record as PDF: the employee's own, or one they may read. */
  @GetMapping("/kegiatan-harian/rekap/{bulan}")
  ResponseEntity<byte[]> pdf(Authentication user, @PathVariable YearMonth bulan, @RequestParam(required = false) String nip) {
    if (!KegiatanHarianService.wajar(bulan.atDay(1))) {
      throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST,
          "Bulan di luar tahun 1900 sampai 2200");
    }
    Nip employee = akses.dibaca(user, nip);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition", "inline; filename=\"kinerja-harian-" + employee + "-" + bulan + ".pdf\"")
        .body(rekap.pdf(employee, akses.nameOf(employee), bulan));
  }

  /**
   * A NIP in the address or {@code ?nip=} that is none, or a login that is no NIP asking for "its
   * own" month: the error page with the reason, a 400 (a 500 before).
   */
  @ExceptionHandler(DitolakException.class)
  void ditolak(DitolakException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
    request.setAttribute(KinerjaErrorAttributes.MESSAGE, e.getMessage());
    response.sendError(HttpStatus.BAD_REQUEST.value(), e.getMessage());
  }
}
