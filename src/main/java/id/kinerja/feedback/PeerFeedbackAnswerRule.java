package id.kinerja.feedback;

import id.kinerja.kernel.NilaiBerakhlak;
import id.kinerja.system.SubmissionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** form-beri-umpan-balik-360: a whole-number score 1-5 for each of the seven values; a short comment. */
@Component
public class PeerFeedbackAnswerRule implements SubmissionRule {

  @Override
  public boolean appliesTo(String formId) {
    return PeerFeedbackProcess.FORM_GIVE_FEEDBACK.equals(formId);
  }

  @Override
  public List<String> violations(Map<String, Object> variables) {
    List<String> violations = new ArrayList<>();
    for (NilaiBerakhlak nilai : NilaiBerakhlak.values()) {
      Object value = variables.get(PeerFeedbackProcess.scoreVariable(nilai));
      if (value == null || value.toString().isBlank()) {
        violations.add("Skor \"" + nilai.label() + "\": wajib diisi");
      } else if (!value.toString().strip().matches("[1-5]")) {
        violations.add("Skor \"" + nilai.label() + "\": harus 1 sampai 5");
      }
    }
    Object komentar = variables.get(PeerFeedbackProcess.KOMENTAR.name());
    if (komentar != null && komentar.toString().length() > PeerFeedbackProcess.MAX_COMMENT_LENGTH) {
      violations.add("Komentar: paling banyak " + PeerFeedbackProcess.MAX_COMMENT_LENGTH + " karakter");
    }
    return violations;
  }
}
