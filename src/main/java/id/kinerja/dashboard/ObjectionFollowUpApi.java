package id.kinerja.dashboard;

import java.security.Principal;
import java.time.LocalDateTime;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/dasbor/kurva/keberatan/{id}/tindak-lanjut} with {@code {"catatan": "..."}}: the
 * same follow-up as the button on {@code /dasbor/bkpsdm/kurva}, for BKPSDM and admins. 200 with the
 * entry's year, 400 without a usable note, 404 for an unknown entry, 409 if it was followed up already.
 */
@RestController
@PreAuthorize(DashboardPages.BKPSDM_OR_ADMIN)
class ObjectionFollowUpApi {

  record Isian(String catatan) {}

  private final DashboardService dashboards;

  ObjectionFollowUpApi(DashboardService dashboards) {
    this.dashboards = dashboards;
  }

  @PostMapping("/api/dasbor/kurva/keberatan/{id}/tindak-lanjut")
  ResponseEntity<Map<String, Object>> followUp(@PathVariable long id, @RequestBody(required = false) Isian isian,
      Principal user) {
    try {
      int tahun = dashboards.followUpObjection(id, isian == null ? null : isian.catatan(), user.getName(),
          LocalDateTime.now()).value();
      return ResponseEntity.ok(Map.of("id", id, "tahun", tahun, "ditindaklanjutiOleh", user.getName()));
    } catch (IllegalArgumentException e) {
      return ResponseEntity.badRequest().body(Map.of("message", e.getMessage()));
    } catch (DashboardService.UnknownObjectionEntryException e) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
    } catch (DashboardService.AlreadyFollowedUpException e) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message", e.getMessage()));
    }
  }
}
