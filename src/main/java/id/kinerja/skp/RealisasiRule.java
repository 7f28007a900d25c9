package id.kinerja.skp;

import static id.kinerja.kernel.AppraisalProcess.REALISASI;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.JsonValues;
import id.kinerja.system.SubmissionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A period report states a realisasi for at least one indicator; evidence links are web links. */
@Component
public class RealisasiRule implements SubmissionRule {

  @Override
  public boolean appliesTo(String formId) {
    return AppraisalProcess.Forms.LAPORAN_REALISASI.equals(formId);
  }

  @Override
  public List<String> violations(Map<String, Object> variables) {
    List<String> violations = new ArrayList<>();
    JsonNode rows;
    try {
      rows = REALISASI.from(variables);
    } catch (IllegalArgumentException e) {
      return List.of("Daftar realisasi tidak dapat dibaca.");
    }
    boolean adaCapaian = false;
    if (rows != null && rows.isArray()) {
      for (JsonNode row : rows) {
        adaCapaian |= JsonValues.field(row, "capaian") != null;
        for (JsonNode bukti : row.path("buktiDukung")) {
          String tautan = JsonValues.field(bukti, "tautan");
          if (tautan != null && !(tautan.startsWith("https://") || tautan.startsWith("http://"))) {
            violations.add("Tautan bukti dukung harus diawali http:// atau https://: " + tautan);
          }
        }
      }
    }
    if (!adaCapaian) {
      violations.add(0, "Isi realisasi sedikitnya untuk satu indikator.");
    }
    return violations;
  }
}
