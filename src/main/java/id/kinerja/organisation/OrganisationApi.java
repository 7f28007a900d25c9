package id.kinerja.organisation;

import id.kinerja.kernel.Nip;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** Organisation administration for BKPSDM and admins: import, mutasi, departures, settings. */
@RestController
@RequestMapping("/api/organisasi")
@PreAuthorize(OrganisationSecurity.BKPSDM_OR_ADMIN)
class OrganisationApi {

  record ChangeSupervisor(String nipAtasan, String unitKode) {}

  record Departure(String alasan) {}

  record Setting(String nilai) {}

  private final OrganisationImport organisationImport;
  private final Mutasi mutasi;
  private final OrganisationRepository repository;
  private final OrganisationLookup organisasi;

  OrganisationApi(OrganisationImport organisationImport, Mutasi mutasi, OrganisationRepository repository,
      OrganisationLookup organisasi) {
    this.organisationImport = organisationImport;
    this.mutasi = mutasi;
    this.repository = repository;
    this.organisasi = organisasi;
  }

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportSummary importFile(@RequestParam("file") MultipartFile file) throws IOException {
    try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      return organisationImport.importCsv(reader);
    }
  }

  @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
  ImportSummary importText(@RequestBody String csv) {
    return organisationImport.importCsv(new StringReader(csv));
  }

  @PutMapping("/pegawai/{nip}/atasan")
  Mutasi.Moved changeSupervisor(@PathVariable String nip, @RequestBody ChangeSupervisor change, Principal operator) {
    if (change.nipAtasan() == null || change.nipAtasan().isBlank()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "NIP atasan baru (nipAtasan) wajib diisi");
    }
    return mutasi.changeSupervisor(nip(nip, "NIP pegawai"), nip(change.nipAtasan(), "NIP atasan baru"),
        change.unitKode(), operator.getName());
  }

  @PostMapping("/pegawai/{nip}/keluar")
  Mutasi.Left leave(@PathVariable String nip, @RequestBody Departure departure, Principal operator) {
    if (departure.alasan() == null || departure.alasan().isBlank()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Alasan keluar (pensiun, berhenti, ...) wajib diisi");
    }
    return mutasi.recordDeparture(nip(nip, "NIP pegawai"), departure.alasan(), operator.getName());
  }

  /** The official who appraises the agency head (e.g. the Bupati's user id). */
  @PutMapping("/pengaturan/" + OrganisationLookup.HEAD_APPRAISER_SETTING)
  Map<String, String> setHeadAppraiser(@RequestBody Setting setting) {
    if (setting.nilai() == null || setting.nilai().isBlank()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Nilai pengaturan wajib diisi");
    }
    repository.saveSetting(OrganisationLookup.HEAD_APPRAISER_SETTING, setting.nilai().trim());
    return Map.of(OrganisationLookup.HEAD_APPRAISER_SETTING, organisasi.headAppraiser());
  }

  /**
   * A NIP of the address or the body, parsed once here, after the class's authorization (a caller
   * who may not change the organisation gets 403 whatever the text): one that is no NIP is a 400
   * with the reason, not an unknown employee.
   */
  private static Nip nip(String text, String what) {
    return Nip.parse(text).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
        what + " '" + text + "' tidak sah: " + Nip.problemOf(text).orElseThrow()));
  }

  @ExceptionHandler(ImportRejectedException.class)
  ResponseEntity<List<ImportError>> rejected(ImportRejectedException e) {
    return ResponseEntity.badRequest().body(e.errors());
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail notFound(IllegalArgumentException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(IllegalStateException.class)
  ProblemDetail conflict(IllegalStateException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
  }
}
