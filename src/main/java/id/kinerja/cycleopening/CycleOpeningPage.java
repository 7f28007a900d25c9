package id.kinerja.cycleopening;

import id.kinerja.kernel.Tahun;
import java.security.Principal;
import java.time.Year;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The BKPSDM page for opening an appraisal year for an agency and following its progress. */
@Controller
@RequestMapping("/admin/siklus")
@PreAuthorize(CycleOpeningConfig.BKPSDM_OR_ADMIN)
class CycleOpeningPage {

  private final CycleOpening opening;
  private final CycleOpeningRuns runs;

  CycleOpeningPage(CycleOpening opening, CycleOpeningRuns runs) {
    this.opening = opening;
    this.runs = runs;
  }

  @GetMapping
  String page(@RequestParam(name = "pembukaan", required = false) String runId, Model model) {
    model.addAttribute("instansi", runs.agencies());
    model.addAttribute("tahunIni", Year.now().getValue());
    model.addAttribute("daftar", opening.recent());
    if (runId != null) {
      opening.progress(runId).ifPresentOrElse(progress -> model.addAttribute("progress", progress),
          () -> model.addAttribute("problem", "Pembukaan siklus tidak ditemukan."));
    }
    return "appraisal/siklus";
  }

  @PostMapping
  String open(@RequestParam("instansi") String instansi, @RequestParam("tahun") String tahun, Principal operator,
      RedirectAttributes redirect, Model model) {
    try {
      CycleOpening.Progress progress = opening.open(instansi, Tahun.of(Integer.parseInt(tahun.trim())),
          operator.getName());
      redirect.addAttribute("pembukaan", progress.id());
      return "redirect:/admin/siklus";
    } catch (NumberFormatException e) {
      model.addAttribute("problem", "Tahun harus berupa angka, misalnya " + Year.now().getValue() + ".");
    } catch (IllegalArgumentException e) {
      model.addAttribute("problem", e.getMessage());
    }
    return page(null, model);
  }
}
