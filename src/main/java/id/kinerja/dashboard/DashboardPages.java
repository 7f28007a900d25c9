package id.kinerja.dashboard;

import id.kinerja.kernel.Tahun;
import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dashboards: BKPSDM (and admins) see the whole agency's cycle; an appraiser sees their own
 * subordinates only. Server-rendered pages with inline SVG charts.
 */
@Controller
class DashboardPages {

  static final String BKPSDM_OR_ADMIN = "hasAnyAuthority('GROUP_bkpsdm', 'GROUP_camunda-admin')";
  static final String APPRAISER_OR_ADMIN = "hasAnyAuthority('GROUP_pejabat-penilai', 'GROUP_camunda-admin')";

  private final DashboardService dashboards;
  private final LateWork lateWork;

  DashboardPages(DashboardService dashboards, LateWork lateWork) {
    this.dashboards = dashboards;
    this.lateWork = lateWork;
  }

  @GetMapping("/dasbor/bkpsdm/terlambat")
  @PreAuthorize(BKPSDM_OR_ADMIN)
  String late(@RequestParam(required = false) Integer tahun, CsrfToken csrf, Model model) {
    LateWork.View view = lateWork.view(year(tahun), LocalDateTime.now());
    if (csrf != null) {
      csrf.getToken(); // the reminder forms: the token must exist before the page streams
    }
    model.addAttribute("view", view);
    model.addAttribute("page", "terlambat");
    return "dashboard/terlambat";
  }

  /** Reminds the late of a unit (or one person of it): once per person per day. */
  @PostMapping("/dasbor/bkpsdm/terlambat/ingatkan")
  @PreAuthorize(BKPSDM_OR_ADMIN)
  String remind(@RequestParam(required = false) Integer tahun, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String nip, Principal user, RedirectAttributes redirect) {
    Tahun year = year(tahun);
    try {
      LateWork.Sent sent = lateWork.remind(year, unit, nip, user.getName(), LocalDateTime.now());
      redirect.addFlashAttribute("pesan", sent.sent() == 0
          ? "Tidak ada pengingat baru: semua sudah diingatkan hari ini (paling banyak sekali sehari per orang)."
          : sent.sent() + " orang diingatkan (dengan tembusan ke atasannya)"
              + (sent.alreadyToday() > 0 ? "; " + sent.alreadyToday() + " sudah diingatkan hari ini dan dilewati." : "."));
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("masalah", List.of(e.getMessage()));
    }
    redirect.addAttribute("tahun", year.value());
    return "redirect:/dasbor/bkpsdm/terlambat" + (unit != null && unit.matches("[A-Za-z0-9._-]{1,32}") ? "#unit-" + unit : "");
  }

  @GetMapping("/dasbor/bkpsdm")
  @PreAuthorize(BKPSDM_OR_ADMIN)
  String progress(@RequestParam(required = false) Integer tahun, @RequestParam(required = false) String unit, Model model) {
    model.addAttribute("view", dashboards.progress(year(tahun), unit, LocalDateTime.now()));
    model.addAttribute("page", "progres");
    return "dashboard/progres";
  }

  @GetMapping("/dasbor/bkpsdm/kurva")
  @PreAuthorize(BKPSDM_OR_ADMIN)
  String curves(@RequestParam(required = false) Integer tahun, @RequestParam(required = false) String unit,
      CsrfToken csrf, Model model) {
    DashboardService.Curves view = dashboards.curves(year(tahun), unit);
    if (!view.objections().isEmpty() && csrf != null) {
      // the follow-up forms sit at the end of a long page: the token (and its session) must exist
      // before the response starts streaming
      csrf.getToken();
    }
    model.addAttribute("view", view);
    model.addAttribute("page", "kurva");
    return "dashboard/kurva";
  }

  /** BKPSDM records how it followed up an objection decision that left a unit outside its curve. */
  @PostMapping("/dasbor/bkpsdm/kurva/keberatan/{id}/tindak-lanjut")
  @PreAuthorize(BKPSDM_OR_ADMIN)
  String followUpObjection(@PathVariable long id, @RequestParam(required = false) String catatan,
      @RequestParam(required = false) Integer tahun, Principal user, RedirectAttributes redirect) {
    int year = tahun == null ? LocalDate.now().getYear() : tahun;
    try {
      year = dashboards.followUpObjection(id, catatan, user.getName(), LocalDateTime.now()).value();
      redirect.addFlashAttribute("pesan", "Tindak lanjut tercatat.");
    } catch (IllegalArgumentException | DashboardService.AlreadyFollowedUpException e) {
      redirect.addFlashAttribute("masalah", List.of(e.getMessage()));
      redirect.addFlashAttribute("catatanDitolak", Map.of(id, catatan == null ? "" : catatan));
    }
    redirect.addAttribute("tahun", year);
    return "redirect:/dasbor/bkpsdm/kurva#keberatan-kurva";
  }

  @ExceptionHandler(DashboardService.UnknownObjectionEntryException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String unknownObjectionEntry(Exception e, Model model) {
    model.addAttribute("problem", e.getMessage());
    return "dashboard/salah";
  }

  @GetMapping("/dasbor/bkpsdm/beban-kerja")
  @PreAuthorize(BKPSDM_OR_ADMIN)
  String workload(@RequestParam(required = false) Integer tahun, Model model) {
    model.addAttribute("view", dashboards.workload(year(tahun), LocalDateTime.now()));
    model.addAttribute("page", "beban");
    return "dashboard/beban-kerja";
  }

  @GetMapping("/dasbor/bkpsdm/kemurahan")
  @PreAuthorize(BKPSDM_OR_ADMIN)
  String leniency(@RequestParam(required = false) Integer tahun, Model model) {
    model.addAttribute("view", dashboards.leniency(year(tahun)));
    model.addAttribute("page", "kemurahan");
    return "dashboard/kemurahan";
  }

  @GetMapping("/dasbor/penilai")
  @PreAuthorize(APPRAISER_OR_ADMIN)
  String team(@RequestParam(required = false) Integer tahun, Principal user, Model model) {
    model.addAttribute("view", dashboards.team(user.getName(), year(tahun), LocalDateTime.now()));
    return "dashboard/penilai";
  }

  @ExceptionHandler({IllegalArgumentException.class, MethodArgumentTypeMismatchException.class})
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String badRequest(Exception e, Model model) {
    return refusal(e, model);
  }

  /** The 400 page of the dashboards (and of Kinerja Saya / Tim Saya), with the reason in words. */
  static String refusal(Exception e, Model model) {
    model.addAttribute("problem", e instanceof MethodArgumentTypeMismatchException mismatch
        ? "Nilai '" + mismatch.getValue() + "' tidak sah untuk parameter " + mismatch.getName()
        : e.getMessage());
    return "dashboard/salah";
  }

  /** The year asked for, this year when none; 2000–2100, else a 400 on the page. */
  static Tahun year(Integer tahun) {
    return Tahun.of(tahun == null ? LocalDate.now().getYear() : tahun);
  }
}
