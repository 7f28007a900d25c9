package id.kinerja.appraisal;

import static id.kinerja.kernel.AppraisalProcess.ATASAN_PEJABAT_PENILAI;
import static id.kinerja.kernel.AppraisalProcess.NIP;
import static id.kinerja.kernel.AppraisalProcess.PEJABAT_PENILAI;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.Checks;
import id.kinerja.system.SubmissionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** BKPSDM names the officials: two different people, neither of them the employee. */
@Component
public class PejabatPenilaiRule implements SubmissionRule {

  @Override
  public boolean appliesTo(String formId) {
    return AppraisalProcess.Forms.LENGKAPI_PEJABAT.equals(formId);
  }

  @Override
  public List<String> violations(Map<String, Object> variables) {
    List<String> violations = new ArrayList<>();
    String nip = NIP.from(variables);
    String pejabat = PEJABAT_PENILAI.from(variables);
    String atasan = ATASAN_PEJABAT_PENILAI.from(variables);
    if (Checks.blank(pejabat)) {
      violations.add("Pejabat penilai wajib diisi.");
    }
    if (Checks.blank(atasan)) {
      violations.add("Atasan pejabat penilai wajib diisi.");
    }
    if (!Checks.blank(pejabat) && Objects.equals(pejabat, nip)) {
      violations.add("Pegawai tidak dapat menjadi pejabat penilai bagi dirinya sendiri.");
    }
    if (!Checks.blank(pejabat) && Objects.equals(pejabat, atasan)) {
      violations.add("Atasan pejabat penilai harus orang lain daripada pejabat penilai.");
    }
    return violations;
  }
}
