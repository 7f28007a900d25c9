package id.kinerja.organisation;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The BKPSDM page for importing the organisation file; same rules and answers as the REST API. */
@Controller
@RequestMapping("/admin/organisasi")
@PreAuthorize(OrganisationSecurity.BKPSDM_OR_ADMIN)
class OrganisationAdminPage {

  private final OrganisationImport organisationImport;

  OrganisationAdminPage(OrganisationImport organisationImport) {
    this.organisationImport = organisationImport;
  }

  @GetMapping
  String form() {
    return "organisation/import";
  }

  @PostMapping
  String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
    if (file.isEmpty()) {
      model.addAttribute("problem", "Pilih file CSV organisasi terlebih dahulu.");
      return "organisation/import";
    }
    model.addAttribute("fileName", file.getOriginalFilename());
    try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      model.addAttribute("summary", organisationImport.importCsv(reader));
    } catch (ImportRejectedException e) {
      model.addAttribute("errors", e.errors());
    }
    return "organisation/import";
  }
}
