package id.kinerja.appraisal;

import static id.kinerja.kernel.AppraisalProcess.HASIL_DITETAPKAN;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.system.SubmissionRule;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Penetapan is an explicit act of the atasan, not a click-through. */
@Component
public class PenetapanRule implements SubmissionRule {

  @Override
  public boolean appliesTo(String formId) {
    return AppraisalProcess.Forms.PENETAPAN_HASIL.equals(formId);
  }

  @Override
  public List<String> violations(Map<String, Object> variables) {
    return Boolean.TRUE.equals(HASIL_DITETAPKAN.from(variables))
        ? List.of()
        : List.of("Centang pernyataan penetapan untuk menetapkan hasil penilaian.");
  }
}
