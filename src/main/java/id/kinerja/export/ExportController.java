package id.kinerja.export;

import id.kinerja.kernel.Tahun;
import id.kinerja.security.Roles;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/ekspor/hasil-penilaian?tahun=&agency=&format=csv|json}: the year's results of an
 * agency for loading into national systems; BKPSDM and admins only.
 */
@RestController
class ExportController {

  private static final Pattern AGENCY = Pattern.compile("[0-9A-Za-z._-]{1,32}");

  private final ResultExport export;

  ExportController(ResultExport export) {
    this.export = export;
  }

  static class BadParameterException extends RuntimeException {
    BadParameterException(String message) {
      super(message);
    }
  }

  static class NotAllowedException extends RuntimeException {
    NotAllowedException() {
      super("Ekspor hasil penilaian hanya untuk BKPSDM dan admin");
    }
  }

  @GetMapping("/api/ekspor/hasil-penilaian")
  void hasilPenilaian(Authentication user, @RequestParam(required = false) String tahun,
      @RequestParam(required = false) String agency, @RequestParam(required = false) String format,
      HttpServletResponse response) throws IOException {
    boolean office = user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Roles.authorityOf(Roles.BKPSDM))
        || a.getAuthority().equals(Roles.authorityOf(Roles.ADMIN)));
    if (!office) {
      throw new NotAllowedException();
    }
    Tahun year = year(tahun);
    if (agency == null || agency.isBlank()) {
      throw new BadParameterException("Parameter 'agency' (kode instansi) wajib diisi");
    }
    if (!AGENCY.matcher(agency).matches() || !export.agencyExists(agency)) {
      throw new BadParameterException("Instansi '" + agency + "' tidak dikenal");
    }
    ResultExport.Format chosen = format(format);
    String fileName = "hasil-penilaian-" + agency + "-" + year + "." + chosen.name().toLowerCase(Locale.ROOT);
    response.setContentType(chosen == ResultExport.Format.CSV ? "text/csv" : "application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
    export.write(year, agency, chosen, response.getOutputStream());
    response.flushBuffer();
  }

  /** The year asked for: 2000 up to ten years ahead, else a 400 in words. */
  private static Tahun year(String tahun) {
    int thisYear = LocalDate.now().getYear();
    if (tahun == null || tahun.isBlank()) {
      throw new BadParameterException("Parameter 'tahun' wajib diisi, misalnya tahun=" + thisYear);
    }
    try {
      int year = Integer.parseInt(tahun.trim());
      if (year >= Tahun.FIRST && year <= Math.min(thisYear + 10, Tahun.LAST)) {
        return Tahun.of(year);
      }
    } catch (NumberFormatException notANumber) {
      // the message below
    }
    throw new BadParameterException("Tahun '" + tahun + "' tidak sah: tahun empat angka, " + Tahun.FIRST + " sampai "
        + Math.min(thisYear + 10, Tahun.LAST));
  }

  private static ResultExport.Format format(String format) {
    if (format == null || format.isBlank()) {
      return ResultExport.Format.CSV;
    }
    return switch (format.trim().toLowerCase(Locale.ROOT)) {
      case "csv" -> ResultExport.Format.CSV;
      case "json" -> ResultExport.Format.JSON;
      default -> throw new BadParameterException("Format '" + format + "' tidak dikenal: pilih csv atau json");
    };
  }

  @ExceptionHandler(BadParameterException.class)
  ResponseEntity<Map<String, String>> badParameter(BadParameterException e) {
    return ResponseEntity.badRequest().body(Map.of("message", e.getMessage()));
  }

  @ExceptionHandler(NotAllowedException.class)
  ResponseEntity<Map<String, String>> notAllowed(NotAllowedException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", e.getMessage()));
  }
}
