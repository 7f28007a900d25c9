package id.kinerja.organisation;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.Nip;
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
  public Map<String, Object> pejabatOf(Nip nip) {
    OrganisationRepository.Chain chain = repository.chain(nip)
        .orElseThrow(() -> new IllegalArgumentException("Pegawai dengan NIP " + nip + " tidak dikenal"));
    String appraiser;
    String atasan;
    if (chain.supervisorNip() != null && chain.supervisorKnown()) {
      appraiser = chain.supervisorNip();
      atasan = chain.supervisorsSupervisorNip() != null ? chain.supervisorsSupervisorNip() : headAppraiser();
    } else {
      appraiser = appraiserOf(nip.value());
      atasan = atasanPenilaiOf(nip.value());
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(AppraisalProcess.PEJABAT_PENILAI.name(), appraiser);
    variables.put(AppraisalProcess.ATASAN_PEJABAT_PENILAI.name(), atasan);
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

  /**
   * A person's name for people to read, whoever they are: an employee's name as imported, else the
   * id itself (an official outside the organisation, the admin). Never fails, so a task or form
   * that names somebody never stops the process.
   */
  public String displayNameOf(String id) {
    if (id == null || id.isBlank()) {
      return id;
    }
    return repository.name(Nip.normalise(id)).orElse(id);
  }

  /** A unit's name, or the code itself when the organisation has no such unit. */
  public String unitNameOf(String unitCode) {
    if (unitCode == null) {
      return null;
    }
    return repository.unitName(unitCode).orElse(unitCode);
  }

  /**
   * Who an employee is, in words, as the process variables the task names and form headers read:
   * {@code namaPegawai}, {@code jabatanPegawai}, {@code unitPegawai} (the unit's name). Set once
   * when a year starts ({@link DescribeEmployeeListener}); an employee the organisation does not
   * know fails loudly, as every other look-up of a year's employee does.
   */
  public Map<String, Object> describe(Nip nip) {
    OrganisationRepository.Profile profile = repository.profile(nip)
        .orElseThrow(() -> new IllegalArgumentException("Pegawai dengan NIP " + nip + " tidak dikenal"));
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(AppraisalProcess.NAMA_PEGAWAI.name(), profile.name() == null ? nip.value() : profile.name());
    variables.put(AppraisalProcess.JABATAN_PEGAWAI.name(), profile.position());
    variables.put(AppraisalProcess.UNIT_PEGAWAI.name(), profile.unitName());
    return variables;
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
