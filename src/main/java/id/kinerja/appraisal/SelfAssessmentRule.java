package id.kinerja.appraisal;

import static id.kinerja.kernel.AppraisalProcess.PENILAIAN_DIRI_HASIL_KERJA;
import static id.kinerja.kernel.AppraisalProcess.PENILAIAN_DIRI_PERILAKU_KERJA;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.Checks;
import id.kinerja.system.SubmissionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
public class SelfAssessmentRule implements SubmissionRule {

  @Override
  public boolean appliesTo(String formId) {
    return AppraisalProcess.Forms.PENILAIAN_DIRI.equals(formId);
  }

  @Override
  public List<String> violations(Map<String, Object> variables) {
    List<String> violations = new ArrayList<>();
    Checks.rating(variables, PENILAIAN_DIRI_HASIL_KERJA, "Penilaian diri atas hasil kerja", violations);
    Checks.rating(variables, PENILAIAN_DIRI_PERILAKU_KERJA, "Penilaian diri atas perilaku kerja", violations);
    return violations;
  }
}
