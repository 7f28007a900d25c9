package id.kinerja.publication;

import id.kinerja.kernel.Nip;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.kernel.Tahun;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Downloads of the SKP document and the Dokumen Evaluasi Kinerja Pegawai, and the page that lists
 * the ones the user may open ({@code /dokumen}).
 */
@Controller
class DocumentController {

  private static final Pattern USER_ID = Pattern.compile("[0-9A-Za-z._-]{1,64}");
  private static final MediaType TEXT = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);

  private final DocumentService documents;
  private final DocumentAccess access;
  private final UnitDocuments unitDocuments;

  DocumentController(DocumentService documents, DocumentAccess access, UnitDocuments unitDocuments) {
    this.documents = documents;
    this.access = access;
    this.unitDocuments = unitDocuments;
  }

  static class BadRequestException extends RuntimeException {
    BadRequestException(String message) {
      super(message);
    }
  }

  @GetMapping("/dokumen/skp/{nip}/{tahun}.pdf")
  ResponseEntity<?> skp(Authentication user, @PathVariable String nip, @PathVariable String tahun) {
    PenilaianTahunan appraisal = appraisal(nip, tahun);
    checkAccess(user, appraisal);
    return pdf(documents.skp(appraisal));
  }

  @GetMapping("/dokumen/evaluasi/{nip}/{tahun}.pdf")
  ResponseEntity<?> evaluasi(Authentication user, @PathVariable String nip, @PathVariable String tahun) {
    PenilaianTahunan appraisal = appraisal(nip, tahun);
    checkAccess(user, appraisal);
    return pdf(documents.evaluasi(appraisal));
  }

  @GetMapping("/dokumen")
  String page(Authentication user, Model model) {
    model.addAttribute("dokumen", documents.listFor(user.getName()));
    model.addAttribute("tahunIni", LocalDate.now().getYear());
    if (isBkpsdm(user)) {
      model.addAttribute("unitList", unitDocuments.units());
      model.addAttribute("jenisList", UnitDocuments.Kind.values());
    }
    return "publication/dokumen";
  }

  /**
   * A unit's documents of a year as one ZIP (the unit and the units beneath it), for BKPSDM and
   * admins; streamed to the client one PDF at a time.
   */
  @GetMapping("/dokumen/unit.zip")
  void unitArchive(Authentication user, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String tahun, @RequestParam(required = false) String jenis,
      HttpServletResponse response) throws IOException {
    if (!isBkpsdm(user)) {
      throw new ForbiddenException("Arsip dokumen satu unit hanya untuk BKPSDM.");
    }
    Tahun year = year(tahun == null ? "" : tahun);
    UnitDocuments.Kind kind = UnitDocuments.Kind.of(jenis)
        .orElseThrow(() -> new BadRequestException("Jenis dokumen harus skp atau evaluasi"));
    if (unit == null || !USER_ID.matcher(unit).matches()) {
      throw new BadRequestException("Pilih unit kerja");
    }
    String unitName = unitDocuments.unitName(unit)
        .orElseThrow(() -> new DocumentService.NotFoundException("Unit kerja '" + unit + "' tidak ada"));
    List<UnitDocuments.Employee> employees = unitDocuments.employees(unit, year);
    if (employees.isEmpty()) {
      throw new DocumentService.NotFoundException("Belum ada SKP tahun " + year + " di " + unitName
          + " dan unit di bawahnya: belum ada dokumen untuk diunduh");
    }
    response.setContentType("application/zip");
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
        .filename("dokumen-" + kind.code() + "-" + unit + "-" + year + ".zip").build().toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
    unitDocuments.write(employees, year, kind, response.getOutputStream());
  }

  private static boolean isBkpsdm(Authentication user) {
    return user.getAuthorities().stream().map(a -> a.getAuthority())
        .anyMatch(a -> a.equals("GROUP_bkpsdm") || a.equals("GROUP_camunda-admin"));
  }

  private void checkAccess(Authentication user, PenilaianTahunan appraisal) {
    if (!access.mayRead(user, appraisal.nip(), documents.skpOf(appraisal))) {
      throw new ForbiddenException();
    }
  }

  /** The employee's year of the address: the year first, then the NIP; a 400 with the reason for either. */
  private static PenilaianTahunan appraisal(String nip, String tahun) {
    Tahun year = year(tahun);
    Nip employee = Nip.parse(nip).orElseThrow(() -> new BadRequestException(
        "NIP '" + nip + "' tidak sah: " + Nip.problemOf(nip).orElseThrow()));
    return new PenilaianTahunan(employee, year);
  }

  /** The years an appraisal can have (the start form's range): what /dokumen lists must open. */
  private static Tahun year(String tahun) {
    try {
      return Tahun.parse(tahun);
    } catch (IllegalArgumentException notAYear) {
      throw new BadRequestException(notAYear.getMessage());
    }
  }

  private static ResponseEntity<byte[]> pdf(DocumentService.Pdf pdf) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(pdf.fileName()).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .header("X-Dokumen-Status", pdf.draft() ? "DRAF" : "FINAL")
        .body(pdf.bytes());
  }

  static class ForbiddenException extends RuntimeException {
    ForbiddenException() {
      this("Anda tidak berhak membuka dokumen kinerja pegawai ini: hanya pegawai yang bersangkutan, pejabat penilai, "
          + "atasan pejabat penilai dan BKPSDM");
    }

    ForbiddenException(String message) {
      super(message);
    }
  }

  @ExceptionHandler(ForbiddenException.class)
  ResponseEntity<String> forbidden(ForbiddenException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(TEXT).body(e.getMessage());
  }

  @ExceptionHandler(DocumentService.NotFoundException.class)
  ResponseEntity<String> notFound(DocumentService.NotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(TEXT).body(e.getMessage());
  }

  @ExceptionHandler(BadRequestException.class)
  ResponseEntity<String> badRequest(BadRequestException e) {
    return ResponseEntity.badRequest().contentType(TEXT).body(e.getMessage());
  }
}
