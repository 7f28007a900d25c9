package id.kinerja.objection;

import static id.kinerja.kernel.AppraisalProcess.AJUKAN_KEBERATAN;
import static id.kinerja.kernel.AppraisalProcess.ALASAN_KEBERATAN;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.Checks;
import id.kinerja.system.SubmissionRule;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** An objection states its reasons (PP 30/2019 Pasal 59). */
@Component
public class ObjectionFilingRule implements SubmissionRule {

  @Override
  public boolean appliesTo(String formId) {
    return AppraisalProcess.Forms.HASIL_PENILAIAN.equals(formId);
  }

  @Override
  public List<String> violations(Map<String, Object> variables) {
    Boolean ajukan = AJUKAN_KEBERATAN.from(variables);
    if (ajukan == null) {
      // the gateway after the task decides on it: without it the step would fail inside the engine
      // (Tasklist always sends the checkbox, ticked or not; a REST client may leave it out)
      return List.of("Nyatakan apakah Anda mengajukan keberatan atas hasil penilaian ini (ya atau tidak).");
    }
    if (ajukan && Checks.blank(ALASAN_KEBERATAN.from(variables))) {
      return List.of("Alasan keberatan wajib diisi bila Anda mengajukan keberatan.");
    }
    return List.of();
  }
}
