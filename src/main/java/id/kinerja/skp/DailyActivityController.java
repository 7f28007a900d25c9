package id.kinerja.skp;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The daily activity log, outside Tasklist's task flow: a page for the employee
 * ({@code /kegiatan-harian}) and the same through {@code /api/kegiatan-harian}. An employee logs and
 * reads their own; see {@link EmployeeRecordReaders} for who else may read them.
 */
@Controller
class DailyActivityController {

  private final DailyActivityService activities;
  private final EmployeeRecordReaders readers;

  DailyActivityController(DailyActivityService activities, EmployeeRecordReaders readers) {
    this.activities = activities;
    this.readers = readers;
  }

  /** What was typed; kept in the session (stored in the database) to show a refused entry again. */
  record NewActivity(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal, Long rhkId, String uraian)
      implements java.io.Serializable {}

  @GetMapping("/kegiatan-harian")
  String page(Principal user, Model model) {
    LocalDate today = LocalDate.now();
    model.addAttribute("rhk", activities.rhkChoices(user.getName(), today.getYear()));
    List<DailyActivityService.Activity> recent = new java.util.ArrayList<>(activities.between(user.getName(),
        today.minusDays(DailyActivityService.MAX_DAYS_BACK), today));
    java.util.Collections.reverse(recent);
    model.addAttribute("kegiatan", recent);
    model.addAttribute("hariIni", today);
    return "skp/kegiatan-harian";
  }

  @PostMapping("/kegiatan-harian")
  String recordFromPage(Principal user, NewActivity entry, RedirectAttributes redirect) {
    try {
      activities.record(user.getName(), entry.tanggal(), entry.rhkId(), entry.uraian());
      redirect.addFlashAttribute("pesan", "Kegiatan tersimpan.");
    } catch (DailyActivityService.InvalidActivityException e) {
      redirect.addFlashAttribute("masalah", e.problems());
      redirect.addFlashAttribute("isian", entry);
    }
    return "redirect:/kegiatan-harian";
  }

  @PostMapping("/api/kegiatan-harian")
  @ResponseBody
  ResponseEntity<DailyActivityService.Activity> record(Principal user, @RequestBody NewActivity entry) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(activities.record(user.getName(), entry.tanggal(), entry.rhkId(), entry.uraian()));
  }

  @GetMapping("/api/kegiatan-harian")
  @ResponseBody
  ResponseEntity<?> list(Authentication user, @RequestParam(required = false) String nip,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai) {
    String employee = nip == null || nip.isBlank() ? user.getName() : nip;
    if (!readers.mayRead(user, employee)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN)
          .body(Map.of("message", "Anda tidak berhak membaca kegiatan harian pegawai ini"));
    }
    return ResponseEntity.ok(activities.between(employee, dari, sampai));
  }

  @ExceptionHandler(DailyActivityService.InvalidActivityException.class)
  @ResponseBody
  ResponseEntity<Map<String, Object>> invalid(DailyActivityService.InvalidActivityException e) {
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("message", e.getMessage(), "problems", e.problems()));
  }

}
