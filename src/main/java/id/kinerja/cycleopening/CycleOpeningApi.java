package id.kinerja.cycleopening;

import id.kinerja.kernel.Tahun;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Opening an appraisal year for a whole agency (BKPSDM, admins): {@code POST} answers 202 with the
 * run at once, the instances start in the background, {@code GET} shows the progress from any node.
 */
@RestController
@RequestMapping("/api/siklus")
@PreAuthorize(CycleOpeningConfig.BKPSDM_OR_ADMIN)
class CycleOpeningApi {

  private final CycleOpening opening;

  CycleOpeningApi(CycleOpening opening) {
    this.opening = opening;
  }

  @PostMapping("/{instansi}/{tahun}")
  ResponseEntity<CycleOpening.Progress> open(@PathVariable String instansi, @PathVariable int tahun, Principal operator) {
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(opening.open(instansi, Tahun.of(tahun), operator.getName()));
  }

  @GetMapping("/{instansi}/{tahun}")
  CycleOpening.Progress progress(@PathVariable String instansi, @PathVariable int tahun) {
    return opening.progress(instansi, Tahun.of(tahun)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "Tahun " + tahun + " belum pernah dibuka untuk instansi " + instansi));
  }

  @GetMapping("/pembukaan/{id}")
  CycleOpening.Progress run(@PathVariable String id) {
    return opening.progress(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "Pembukaan siklus " + id + " tidak ada"));
  }

  /** An unknown agency, or a year outside 2000–2100 (Tahun's words): a 400, not a 500. */
  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badRequest(IllegalArgumentException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
  }
}
