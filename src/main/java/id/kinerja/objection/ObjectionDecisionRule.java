package id.kinerja.objection;

import static id.kinerja.appraisal.AppraisalProcess.ALASAN_PUTUSAN;
import static id.kinerja.appraisal.AppraisalProcess.HASIL_KERJA;
import static id.kinerja.appraisal.AppraisalProcess.KEPUTUSAN_KEBERATAN;
import static id.kinerja.appraisal.AppraisalProcess.PERILAKU_KERJA;

import id.kinerja.appraisal.AppraisalProcess;
import id.kinerja.appraisal.Checks;
import id.kinerja.system.SubmissionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The atasan's decision is final, so it is reasoned; a change names the new ratings. */
@Component
public class ObjectionDecisionRule implements SubmissionRule {

  @Override
  public boolean appliesTo(String formId) {
    return AppraisalProcess.Forms.PUTUSAN_KEBERATAN.equals(formId);
  }

  @Override
  public List<String> violations(Map<String, Object> variables) {
    List<String> violations = new ArrayList<>();
    String keputusan = KEPUTUSAN_KEBERATAN.from(variables);
    if (!AppraisalProcess.Decisions.KEBERATAN_TETAP.equals(keputusan)
        && !AppraisalProcess.Decisions.KEBERATAN_UBAH.equals(keputusan)) {
      violations.add("Putusan wajib dipilih: nilai tetap atau nilai diubah.");
    }
    if (Checks.blank(ALASAN_PUTUSAN.from(variables))) {
      violations.add("Alasan putusan wajib diisi.");
    }
    if (AppraisalProcess.Decisions.KEBERATAN_UBAH.equals(keputusan)) {
      Checks.rating(variables, HASIL_KERJA, "Hasil kerja setelah keberatan", violations);
      Checks.rating(variables, PERILAKU_KERJA, "Perilaku kerja setelah keberatan", violations);
    }
    return violations;
  }
}
