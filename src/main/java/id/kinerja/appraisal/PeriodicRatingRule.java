package id.kinerja.appraisal;

import static id.kinerja.kernel.AppraisalProcess.CATATAN_PERIODIK;
import static id.kinerja.kernel.AppraisalProcess.HASIL_KERJA_PERIODIK;
import static id.kinerja.kernel.AppraisalProcess.PERILAKU_KERJA_PERIODIK;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.Checks;
import id.kinerja.kernel.Rating;
import id.kinerja.system.SubmissionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A periodic rating away from the expectation needs a note the employee can act on. */
@Component
public class PeriodicRatingRule implements SubmissionRule {

  @Override
  public boolean appliesTo(String formId) {
    return AppraisalProcess.Forms.PENILAIAN_PERIODIK.equals(formId);
  }

  @Override
  public List<String> violations(Map<String, Object> variables) {
    List<String> violations = new ArrayList<>();
    Optional<Rating> hasil = Checks.rating(variables, HASIL_KERJA_PERIODIK, "Hasil kerja periode ini", violations);
    Optional<Rating> perilaku = Checks.rating(variables, PERILAKU_KERJA_PERIODIK, "Perilaku kerja periode ini", violations);
    boolean needsNote = hasil.map(Rating::needsReason).orElse(false) || perilaku.map(Rating::needsReason).orElse(false);
    if (needsNote && Checks.blank(CATATAN_PERIODIK.from(variables))) {
      violations.add("Catatan wajib diisi bila hasil kerja atau perilaku kerja periode ini tidak \"Sesuai Ekspektasi\".");
    }
    return violations;
  }
}
