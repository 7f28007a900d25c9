package id.kinerja.skp;

import id.kinerja.kernel.Tahun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Bukti dukung: the employee uploads files on {@code /bukti} (or {@code POST /api/bukti}) and pastes
 * each file's link into the periodic report's "Tautan". The link opens for the owner, the owner's
 * appraiser and atasan penilai, and BKPSDM; for nobody else.
 */
@Controller
class EvidenceController {

  private final EvidenceService evidence;
  private final EmployeeRecordReaders readers;

  EvidenceController(EvidenceService evidence, EmployeeRecordReaders readers) {
    this.evidence = evidence;
    this.readers = readers;
  }

  record Uploaded(long id, String nama, String url) {}

  record Listed(EvidenceService.Berkas berkas, String url, String ukuran) {}

  @GetMapping("/bukti")
  String page(Authentication user, Model model) {
    model.addAttribute("berkas", evidence.filesOf(user.getName()).stream()
        .map(b -> new Listed(b, urlOf(b.id()), EvidenceService.readable(b.ukuran()))).toList());
    model.addAttribute("ukuranMaks", EvidenceService.readable(evidence.maxSize().toBytes()));
    model.addAttribute("jenisDiizinkan", EvidenceService.ALLOWED);
    return "skp/bukti";
  }

  @PostMapping("/bukti")
  String uploadFromPage(Authentication user, @RequestParam(name = "berkas", required = false) MultipartFile berkas,
      RedirectAttributes redirect) throws IOException {
    try {
      var stored = store(user, berkas, null);
      redirect.addFlashAttribute("pesan", "Berkas \"" + stored.nama() + "\" tersimpan. Salin tautannya ke kolom Tautan "
          + "pada laporan realisasi.");
      redirect.addFlashAttribute("tautanBaru", urlOf(stored.id()));
    } catch (EvidenceService.InvalidEvidenceException e) {
      redirect.addFlashAttribute("masalah", e.getMessage());
    }
    return "redirect:/bukti";
  }

  @PostMapping("/api/bukti")
  @ResponseBody
  ResponseEntity<Uploaded> upload(Authentication user, @RequestParam(name = "berkas", required = false) MultipartFile berkas,
      @RequestParam(required = false) Integer tahun) throws IOException {
    var stored = store(user, berkas, tahun);
    String url = urlOf(stored.id());
    return ResponseEntity.created(java.net.URI.create(url)).body(new Uploaded(stored.id(), stored.nama(), url));
  }

  @GetMapping("/api/bukti")
  @ResponseBody
  List<Uploaded> mine(Authentication user) {
    return evidence.filesOf(user.getName()).stream().map(b -> new Uploaded(b.id(), b.nama(), urlOf(b.id()))).toList();
  }

  @GetMapping("/api/bukti/{id}")
  ResponseEntity<?> download(Authentication user, @PathVariable long id) {
    var found = evidence.find(id);
    if (found.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("message", "Berkas bukti dukung tidak ditemukan"));
    }
    if (!readers.mayRead(user, found.get().nip())) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("message", "Anda tidak berhak membuka bukti dukung pegawai ini"));
    }
    var isi = evidence.content(id).orElseThrow();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(isi.berkas().jenis()))
        .contentLength(isi.bytes().length)
        // never rendered inline: a file is a download, whatever the browser would guess it is
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(isi.berkas().nama()))
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(isi.bytes());
  }

  private EvidenceService.Berkas store(Authentication user, MultipartFile berkas, Integer tahun) throws IOException {
    if (berkas == null) {
      throw new EvidenceService.InvalidEvidenceException("Pilih berkas yang akan diunggah (kolom 'berkas')");
    }
    int thisYear = LocalDate.now().getYear();
    int year = tahun != null ? tahun : thisYear;
    if (year < thisYear - 5 || year > thisYear + 1) {
      throw new EvidenceService.InvalidEvidenceException("Tahun " + year + " tidak sah: bukti dukung untuk tahun "
          + (thisYear - 5) + " sampai " + (thisYear + 1));
    }
    // the uploader's login, as the files are listed and read by it (not necessarily a NIP)
    return evidence.store(user.getName(), Tahun.of(year), berkas.getOriginalFilename(), berkas.getBytes());
  }

  /** A plain ASCII name stays readable for every client; others get the RFC 5987 form as well. */
  static String attachment(String nama) {
    boolean ascii = nama.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
    var disposition = ContentDisposition.attachment();
    return (ascii ? disposition.filename(nama) : disposition.filename(nama, StandardCharsets.UTF_8)).build().toString();
  }

  private static String urlOf(long id) {
    return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/bukti/{id}").buildAndExpand(id).toUriString();
  }

  @ExceptionHandler(EvidenceService.InvalidEvidenceException.class)
  @ResponseBody
  ResponseEntity<Map<String, Object>> invalid(EvidenceService.InvalidEvidenceException e) {
    return ResponseEntity.badRequest().body(Map.of("message", e.getMessage()));
  }
}
