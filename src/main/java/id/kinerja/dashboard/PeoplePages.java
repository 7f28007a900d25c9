package id.kinerja.dashboard;

import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

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
    int year = DashboardPages.year(tahun);
    model.addAttribute("tahun", year);
    model.addAttribute("view", people.myYear(user.getName(), year, LocalDateTime.now()).orElse(null));
    return "dashboard/kinerja-saya";
  }

  @GetMapping("/tim-saya")
  @PreAuthorize(DashboardPages.APPRAISER_OR_ADMIN)
  String team(@RequestParam(required = false) Integer tahun, Principal user, Model model) {
    model.addAttribute("view", people.team(user.getName(), DashboardPages.year(tahun), LocalDateTime.now()));
    return "dashboard/tim-saya";
  }
}
