package id.kinerja.calibration;

import id.kinerja.kernel.CapaianOrganisasi;
import id.kinerja.kernel.Tahun;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * BKPSDM records each unit's capaian kinerja organisasi: the page {@code /admin/capaian-organisasi}
 * and {@code PUT /api/capaian-organisasi/{unit}/{tahun}}, with the same rules and answers.
 */
@Controller
@PreAuthorize(CapaianOrganisasiController.BKPSDM_OR_ADMIN)
class CapaianOrganisasiController {

  static final String BKPSDM_OR_ADMIN = "hasAnyAuthority('GROUP_bkpsdm', 'GROUP_camunda-admin')";

  record Isian(String capaian, String catatan) {}

  private final CapaianOrganisasiService service;

  CapaianOrganisasiController(CapaianOrganisasiService service) {
    this.service = service;
  }

  @GetMapping("/admin/capaian-organisasi")
  String page(@RequestParam(required = false) Integer tahun, Model model) {
    Tahun year;
    try {
      year = CapaianOrganisasiService.year(tahun == null ? LocalDate.now().getYear() : tahun);
    } catch (CapaianOrganisasiService.InvalidCapaianException e) {
      // an implausible year in the address: this year's page, with the reason
      model.addAttribute("masalah", e.problems());
      year = Tahun.of(LocalDate.now().getYear());
    }
    model.addAttribute("tahun", year.value());
    model.addAttribute("unit", service.forYear(year));
    model.addAttribute("pilihan", CapaianOrganisasi.values());
    return "appraisal/capaian-organisasi";
  }

  @PostMapping("/admin/capaian-organisasi")
  String recordFromPage(@RequestParam String unit, @RequestParam int tahun, @RequestParam(required = false) String capaian,
      @RequestParam(required = false) String catatan, Principal user, RedirectAttributes redirect) {
    try {
      var recorded = service.record(unit, CapaianOrganisasiService.year(tahun), capaian, catatan, user.getName());
      redirect.addFlashAttribute("pesan", "Capaian " + recorded.unitNama() + " tahun " + tahun + " tersimpan: "
          + CapaianOrganisasi.parse(recorded.capaian()).map(CapaianOrganisasi::label).orElse(recorded.capaian()) + ".");
    } catch (CapaianOrganisasiService.InvalidCapaianException e) {
      redirect.addFlashAttribute("masalah", e.problems());
    } catch (IllegalArgumentException | IllegalStateException e) {
      redirect.addFlashAttribute("masalah", List.of(e.getMessage()));
    }
    redirect.addAttribute("tahun", tahun);
    return "redirect:/admin/capaian-organisasi";
  }

  @GetMapping("/api/capaian-organisasi")
  @ResponseBody
  List<CapaianOrganisasiService.Capaian> list(@RequestParam int tahun) {
    return service.forYear(CapaianOrganisasiService.year(tahun));
  }

  @GetMapping("/api/capaian-organisasi/{unit}/{tahun}")
  @ResponseBody
  ResponseEntity<?> one(@PathVariable String unit, @PathVariable int tahun) {
    Tahun year = CapaianOrganisasiService.year(tahun);
    return service.find(unit, year).<ResponseEntity<?>>map(c -> ResponseEntity.ok(Map.of(
            "capaian", c, "riwayat", service.history(unit, year))))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message",
            "Capaian kinerja organisasi unit " + unit + " tahun " + tahun + " belum dicatat")));
  }

  @PutMapping("/api/capaian-organisasi/{unit}/{tahun}")
  @ResponseBody
  CapaianOrganisasiService.Capaian record(@PathVariable String unit, @PathVariable int tahun, @RequestBody Isian isian,
      Principal user) {
    return service.record(unit, CapaianOrganisasiService.year(tahun), isian.capaian(), isian.catatan(), user.getName());
  }

  @ExceptionHandler(CapaianOrganisasiService.InvalidCapaianException.class)
  @ResponseBody
  ResponseEntity<Map<String, Object>> invalid(CapaianOrganisasiService.InvalidCapaianException e) {
    return ResponseEntity.badRequest().body(Map.of("message", e.getMessage(), "problems", e.problems()));
  }

  @ExceptionHandler(IllegalArgumentException.class)
  @ResponseBody
  ProblemDetail unknown(IllegalArgumentException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(IllegalStateException.class)
  @ResponseBody
  ProblemDetail conflict(IllegalStateException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
  }
}
