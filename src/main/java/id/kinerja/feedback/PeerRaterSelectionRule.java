package id.kinerja.feedback;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.organisation.OrganisationLookup;
import id.kinerja.system.SubmissionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * form-pilih-penilai-360: {@value PeerFeedbackProcess#MIN_RATERS} to {@value PeerFeedbackProcess#MAX_RATERS}
 * different active employees, neither the employee rated nor the appraiser.
 */
@Component
public class PeerRaterSelectionRule implements SubmissionRule {

  private final OrganisationLookup organisasi;

  public PeerRaterSelectionRule(OrganisationLookup organisasi) {
    this.organisasi = organisasi;
  }

  @Override
  public boolean appliesTo(String formId) {
    return AppraisalProcess.Forms.PILIH_PENILAI_360.equals(formId);
  }

  @Override
  public List<String> violations(Map<String, Object> variables) {
    String nip = AppraisalProcess.NIP.from(variables);
    String appraiser = AppraisalProcess.PEJABAT_PENILAI.from(variables);
    List<String> raters = PeerRaters.of(variables);
    List<String> violations = new ArrayList<>();
    int acceptable = 0;
    for (String rater : raters) {
      if (!rater.matches("\\d{18}")) {
        violations.add("Penilai '" + rater + "': NIP harus 18 angka");
      } else if (rater.equals(nip)) {
        violations.add("Penilai " + rater + ": pegawai yang dinilai tidak dapat menilai dirinya sendiri");
      } else if (rater.equals(appraiser)) {
        violations.add("Penilai " + rater + ": pejabat penilai tidak dapat menjadi penilai 360");
      } else if (!organisasi.isActiveEmployee(rater)) {
        violations.add("Penilai " + rater + ": bukan pegawai aktif");
      } else {
        acceptable++;
      }
    }
    if (acceptable < PeerFeedbackProcess.MIN_RATERS || acceptable > PeerFeedbackProcess.MAX_RATERS) {
      violations.add("Pilih " + PeerFeedbackProcess.MIN_RATERS + " sampai " + PeerFeedbackProcess.MAX_RATERS
          + " penilai yang berbeda (sekarang " + acceptable + " yang memenuhi syarat)");
    }
    return violations;
  }
}
