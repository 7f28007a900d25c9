package id.kinerja.dashboard;

import id.kinerja.kernel.Nip;
import id.kinerja.kernel.Tahun;
import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * "Kinerja Saya" for every employee (their own year only: the NIP is the login's, never a
 * parameter) and "Tim Saya" for appraisers (their own direct subordinates only).
 */
@Controller
class PeoplePages {

  private final PeopleService people;

  PeoplePages(PeopleService people) {
    this.people = people;
  }

  @GetMapping("/kinerja-saya")
  String myYear(@RequestParam(required = false) Integer tahun, Principal user, Model model) {
    Tahun year = DashboardPages.year(tahun);
    model.addAttribute("tahun", year.value());
    // a login that is no NIP (admin, bkpsdm) has no year of its own: the page says so, as for an unknown NIP
    model.addAttribute("view", Nip.parse(user.getName())
        .flatMap(nip -> people.myYear(nip, year, LocalDateTime.now())).orElse(null));
    return "dashboard/kinerja-saya";
  }

  @GetMapping("/tim-saya")
  @PreAuthorize(DashboardPages.APPRAISER_OR_ADMIN)
  String team(@RequestParam(required = false) Integer tahun, Principal user, Model model) {
    model.addAttribute("view", people.team(user.getName(), DashboardPages.year(tahun), LocalDateTime.now()));
    return "dashboard/tim-saya";
  }

  /** A year outside 2000–2100 (or no number): a 400 in words, as on the dashboards, not a 500. */
  @ExceptionHandler({IllegalArgumentException.class, MethodArgumentTypeMismatchException.class})
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String badRequest(Exception e, Model model, jakarta.servlet.http.HttpServletRequest request) {
    // back to the same page for this year: the BKPSDM dashboard is not everybody's
    model.addAttribute("kembali", request.getRequestURI().substring(request.getContextPath().length()));
    model.addAttribute("kembaliTeks", "Kembali ke tahun ini");
    return DashboardPages.refusal(e, model);
  }
}
