package id.kinerja.skp;

import static id.kinerja.kernel.AppraisalProcess.CATATAN_REVIEW;
import static id.kinerja.kernel.AppraisalProcess.EKSPEKTASI_KHUSUS;
import static id.kinerja.kernel.AppraisalProcess.KEPUTUSAN_REVIEW_SKP;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.Checks;
import id.kinerja.kernel.JsonValues;
import id.kinerja.kernel.NilaiBerakhlak;
import id.kinerja.system.SubmissionRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A returned SKP says why; each BerAKHLAK value gets at most one special expectation. */
@Component
public class SkpReviewRule implements SubmissionRule {

  @Override
  public boolean appliesTo(String formId) {
    return AppraisalProcess.Forms.REVIEW_SKP.equals(formId);
  }

  @Override
  public List<String> violations(Map<String, Object> variables) {
    List<String> violations = new ArrayList<>();
    String keputusan = KEPUTUSAN_REVIEW_SKP.from(variables);
    if (!AppraisalProcess.Decisions.SKP_SETUJU.equals(keputusan)
        && !AppraisalProcess.Decisions.SKP_KEMBALIKAN.equals(keputusan)) {
      violations.add("Keputusan wajib dipilih: setujui atau kembalikan SKP.");
    }
    if (AppraisalProcess.Decisions.SKP_KEMBALIKAN.equals(keputusan) && Checks.blank(CATATAN_REVIEW.from(variables))) {
      violations.add("Catatan perbaikan wajib diisi bila SKP dikembalikan.");
    }
    JsonNode ekspektasi;
    try {
      ekspektasi = EKSPEKTASI_KHUSUS.from(variables);
    } catch (IllegalArgumentException e) {
      return List.of("Daftar ekspektasi khusus tidak dapat dibaca.");
    }
    if (ekspektasi != null && ekspektasi.isArray()) {
      Set<String> seen = new HashSet<>();
      for (JsonNode row : ekspektasi) {
        String nilai = JsonValues.field(row, "nilai");
        if (!NilaiBerakhlak.isValid(nilai)) {
          violations.add("Ekspektasi khusus: pilih salah satu nilai BerAKHLAK.");
        } else if (!seen.add(nilai)) {
          violations.add("Ekspektasi khusus untuk nilai " + nilai + " diisi lebih dari sekali.");
        }
        if (JsonValues.field(row, "ekspektasi") == null) {
          violations.add("Ekspektasi khusus: uraian ekspektasi wajib diisi.");
        }
      }
    }
    return violations;
  }
}
