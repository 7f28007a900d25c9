package id.kinerja.organisation;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The BKPSDM page for importing the organisation file, CSV or Excel: upload, read the preview
 * (created, changed, unchanged, errors by line and column), then confirm; nothing is written before
 * the confirmation. The column description and both templates come from {@link OrganisationColumns}.
 */
@Controller
@RequestMapping("/admin/organisasi")
@PreAuthorize(OrganisationSecurity.BKPSDM_OR_ADMIN)
class OrganisationAdminPage {

  static final String TEMPLATE_CSV = "templat-organisasi.csv";
  static final String TEMPLATE_XLSX = "templat-organisasi.xlsx";

  private final OrganisationImport organisationImport;

  OrganisationAdminPage(OrganisationImport organisationImport) {
    this.organisationImport = organisationImport;
  }

  @GetMapping
  String form(Model model) {
    return page(model);
  }

  @PostMapping
  String upload(@RequestParam(value = "file", required = false) MultipartFile file, Model model, Principal operator,
      HttpServletResponse response) throws IOException {
    if (file == null || file.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("problem", "Pilih file organisasi (CSV atau Excel .xlsx) terlebih dahulu.");
      return page(model);
    }
    ImportPreview preview = organisationImport.preview(file.getOriginalFilename(), file.getBytes(), operator.getName());
    if (!preview.accepted()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    }
    model.addAttribute("preview", preview);
    return page(model);
  }

  @PostMapping("/pratinjau/{draft}")
  String confirm(@PathVariable String draft, Model model, Principal operator, HttpServletResponse response) {
    try {
      model.addAttribute("summary", organisationImport.confirm(draft, operator.getName()));
    } catch (OrganisationImport.UnknownDraftException e) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("problem", e.getMessage());
    } catch (ImportRejectedException e) {
      // the organisation changed since the preview in a way this file now contradicts
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("errors", e.errors());
    }
    return page(model);
  }

  @GetMapping("/" + TEMPLATE_CSV)
  ResponseEntity<byte[]> csvTemplate() {
    // a byte order mark, so that Excel opens the UTF-8 file with its accents intact
    String header = "\uFEFF" + String.join(",", OrganisationColumns.names()) + "\r\n";
    return download(header.getBytes(StandardCharsets.UTF_8), TEMPLATE_CSV, "text/csv; charset=UTF-8");
  }

  @GetMapping("/" + TEMPLATE_XLSX)
  ResponseEntity<byte[]> xlsxTemplate() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OrganisationXlsx.writeTemplate(out);
    return download(out.toByteArray(), TEMPLATE_XLSX,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  private static ResponseEntity<byte[]> download(byte[] content, String name, String type) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(type))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .body(content);
  }

  private static String page(Model model) {
    model.addAttribute("kolom", OrganisationColumns.ALL);
    model.addAttribute("barisMaks", OrganisationColumns.MAX_ROWS);
    return "organisation/import";
  }
}
