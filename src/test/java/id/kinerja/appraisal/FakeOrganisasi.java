package id.kinerja.appraisal;

import id.kinerja.kernel.AppraisalProcess;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stands in for the organisation feature's bean "organisasi" (written in parallel) with the same
 * method names the BPMN calls: pejabatOf(nip), appraiserOf(nip) and atasanPenilaiOf(nip).
 */
public class FakeOrganisasi {

  private final Map<String, String> supervisor = new HashMap<>();

  public FakeOrganisasi supervises(String atasan, String bawahan) {
    supervisor.put(bawahan, atasan);
    return this;
  }

  public String appraiserOf(String nip) {
    return supervisor.get(nip);
  }

  public String atasanPenilaiOf(String nip) {
    String appraiser = appraiserOf(nip);
    return appraiser == null ? null : supervisor.get(appraiser);
  }

  public Map<String, Object> pejabatOf(String nip) {
    Map<String, Object> pejabat = new HashMap<>();
    pejabat.put(AppraisalProcess.PEJABAT_PENILAI.name(), appraiserOf(nip));
    pejabat.put(AppraisalProcess.ATASAN_PEJABAT_PENILAI.name(), atasanPenilaiOf(nip));
    return pejabat;
  }

  public String supervisorOf(String nip) {
    return supervisor.get(nip);
  }

  public String nameOf(String nip) {
    return "Pegawai " + nip;
  }

  public List<String> subordinatesOf(String nip) {
    return supervisor.entrySet().stream().filter(e -> e.getValue().equals(nip)).map(Map.Entry::getKey).toList();
  }
}
