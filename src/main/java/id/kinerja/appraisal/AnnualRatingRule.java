package id.kinerja.appraisal;

import static id.kinerja.kernel.AppraisalProcess.ALASAN_HASIL_KERJA;
import static id.kinerja.kernel.AppraisalProcess.ALASAN_PERILAKU_KERJA;
import static id.kinerja.kernel.AppraisalProcess.HASIL_KERJA;
import static id.kinerja.kernel.AppraisalProcess.PERILAKU_KERJA;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.Checks;
import id.kinerja.kernel.NilaiBerakhlak;
import id.kinerja.system.SubmissionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The annual rating: Hasil Kerja, Perilaku Kerja and each BerAKHLAK value rated, and every rating
 * other than "Sesuai Ekspektasi" explained.
 */
@Component
public class AnnualRatingRule implements SubmissionRule {

  @Override
  public boolean appliesTo(String formId) {
    return AppraisalProcess.Forms.PENILAIAN_TAHUNAN.equals(formId);
  }

  @Override
  public List<String> violations(Map<String, Object> variables) {
    List<String> violations = new ArrayList<>();
    Checks.reason(Checks.rating(variables, HASIL_KERJA, "Hasil kerja", violations),
        ALASAN_HASIL_KERJA.from(variables), "hasil kerja", violations);
    for (NilaiBerakhlak nilai : NilaiBerakhlak.values()) {
      String label = "Perilaku \"" + nilai.label() + "\"";
      Checks.reason(Checks.rating(variables, AppraisalProcess.perilaku(nilai), label, violations),
          AppraisalProcess.alasan(nilai).from(variables), "perilaku \"" + nilai.label() + "\"", violations);
    }
    Checks.reason(Checks.rating(variables, PERILAKU_KERJA, "Perilaku kerja (keseluruhan)", violations),
        ALASAN_PERILAKU_KERJA.from(variables), "perilaku kerja", violations);
    return violations;
  }
}
