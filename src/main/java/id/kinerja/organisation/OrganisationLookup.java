package id.kinerja.organisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who is whose supervisor, for the processes: {@code ${organisasi.appraiserOf(nip)}}. Every
 * question is one indexed query; an NIP that is not in the organisation is a mistake in the
 * process data and fails loudly.
 */
@Component("organisasi")
public class OrganisationLookup {

  /** Setting (table org_setting) that overrides the property of the same meaning. */
  public static final String HEAD_APPRAISER_SETTING = "penilai-kepala-instansi";

  private final OrganisationRepository repository;
  private final String configuredHeadAppraiser;

  OrganisationLookup(OrganisationRepository repository,
      @Value("${kinerja.organisasi.penilai-kepala-instansi:}") String configuredHeadAppraiser) {
    this.repository = repository;
    this.configuredHeadAppraiser = configuredHeadAppraiser;
  }

  /** The direct supervisor, or null for the agency head. */
  public String supervisorOf(String nip) {
    return require(nip).supervisorNip();
  }

  /**
   * The Pejabat Penilai Kinerja: the direct supervisor; for the agency head, who has none, the
   * official BKPSDM has configured (the head of the region is a political office, not an ASN).
   */
  public String appraiserOf(String nip) {
    String supervisor = supervisorOf(nip);
    return supervisor != null ? supervisor : headAppraiser();
  }

  /**
   * The Atasan Pejabat Penilai Kinerja: the appraiser's own appraiser. Where the appraiser is the
   * configured official outside the organisation, that official is both.
   */
  public String atasanPenilaiOf(String nip) {
    String appraiser = appraiserOf(nip);
    return repository.link(appraiser).isPresent() ? appraiserOf(appraiser) : appraiser;
  }

  /**
   * Both pejabat of an employee's appraisal as the process variables that hold them
   * ({@code pejabatPenilai}, {@code atasanPejabatPenilai}), found together: the appraisal process
   * sets them at start ({@link ResolvePejabatListener}). The same
   * people as {@link #appraiserOf} and {@link #atasanPenilaiOf}, in one query for everyone with a
   * supervisor in the organisation.
   */
  public Map<String, Object> pejabatOf(String nip) {
    if (nip == null) {
      throw new IllegalArgumentException("NIP kosong: pegawai tidak dikenal");
    }
    OrganisationRepository.Chain chain = repository.chain(Nip.normalise(nip))
        .orElseThrow(() -> new IllegalArgumentException("Pegawai dengan NIP " + nip + " tidak dikenal"));
    String appraiser;
    String atasan;
    if (chain.supervisorNip() != null && chain.supervisorKnown()) {
      appraiser = chain.supervisorNip();
      atasan = chain.supervisorsSupervisorNip() != null ? chain.supervisorsSupervisorNip() : headAppraiser();
    } else {
      appraiser = appraiserOf(nip);
      atasan = atasanPenilaiOf(nip);
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(AppraisalAccess.APPRAISER_VARIABLE, appraiser);
    variables.put(AppraisalAccess.ATASAN_VARIABLE, atasan);
    return variables;
  }

  public String unitHeadOf(String unitCode) {
    if (!repository.unitExists(unitCode)) {
      throw new IllegalArgumentException("Unit kerja '" + unitCode + "' tidak dikenal");
    }
    return repository.unitHead(unitCode).orElse(null);
  }

  /** Active direct subordinates, by NIP. */
  public List<String> subordinatesOf(String nip) {
    require(nip);
    return repository.activeSubordinates(nip);
  }

  /** Active employees with the same direct supervisor, without the employee. */
  public List<String> peersOf(String nip) {
    String supervisor = supervisorOf(nip);
    List<String> sameSupervisor = supervisor == null ? repository.activeTopEmployees() : repository.activeSubordinates(supervisor);
    return sameSupervisor.stream().filter(peer -> !peer.equals(nip)).toList();
  }

  public boolean isUnitHead(String nip) {
    require(nip);
    return repository.headsAUnit(nip);
  }

  public String unitOf(String nip) {
    return require(nip).unitCode();
  }

  public boolean isEmployee(String nip) {
    return nip != null && repository.link(nip).isPresent();
  }

  /** An employee who has not left (pensiun, berhenti, ...): somebody who can still be asked to do something. */
  public boolean isActiveEmployee(String nip) {
    return nip != null && repository.link(nip).map(OrganisationRepository.Link::active).orElse(false);
  }

  /** The employee's name as imported, e.g. for task names and forms. */
  public String nameOf(String nip) {
    require(nip);
    return repository.name(Nip.normalise(nip)).orElse(nip);
  }

  String headAppraiser() {
    String official = repository.setting(HEAD_APPRAISER_SETTING).orElse(configuredHeadAppraiser);
    if (official == null || official.isBlank()) {
      throw new IllegalStateException("Penilai kepala instansi belum diatur: BKPSDM mengisi pengaturan '"
          + HEAD_APPRAISER_SETTING + "' atau properti kinerja.organisasi.penilai-kepala-instansi");
    }
    return official;
  }

  private OrganisationRepository.Link require(String nip) {
    if (nip == null) {
      throw new IllegalArgumentException("NIP kosong: pegawai tidak dikenal");
    }
    return repository.link(Nip.normalise(nip))
        .orElseThrow(() -> new IllegalArgumentException("Pegawai dengan NIP " + nip + " tidak dikenal"));
  }
}
