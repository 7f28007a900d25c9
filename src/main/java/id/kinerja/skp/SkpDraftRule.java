package id.kinerja.skp;

import static id.kinerja.appraisal.AppraisalProcess.RHK;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.appraisal.AppraisalProcess;
import id.kinerja.system.JsonValues;
import id.kinerja.system.SubmissionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** An SKP needs at least one RHK utama, and every RHK at least one indicator with a target. */
@Component
public class SkpDraftRule implements SubmissionRule {

  private static final Set<String> JENIS = Set.of("UTAMA", "TAMBAHAN");
  private static final Set<String> ASPEK = Set.of("KUANTITAS", "KUALITAS", "WAKTU", "BIAYA");

  @Override
  public boolean appliesTo(String formId) {
    return AppraisalProcess.Forms.DRAFT_SKP.equals(formId);
  }

  @Override
  public List<String> violations(Map<String, Object> variables) {
    List<String> violations = new ArrayList<>();
    JsonNode rhkList;
    try {
      rhkList = RHK.from(variables);
    } catch (IllegalArgumentException e) {
      return List.of("Daftar RHK tidak dapat dibaca.");
    }
    if (rhkList == null || !rhkList.isArray() || rhkList.isEmpty()) {
      return List.of("SKP wajib memuat sedikitnya satu Rencana Hasil Kerja (RHK) utama.");
    }
    boolean adaUtama = false;
    int nomor = 0;
    for (JsonNode rhk : rhkList) {
      nomor++;
      String jenis = JsonValues.field(rhk, "jenis");
      adaUtama |= "UTAMA".equals(jenis);
      if (!JENIS.contains(String.valueOf(jenis))) {
        violations.add("RHK " + nomor + ": jenis wajib dipilih (utama atau tambahan).");
      }
      if (JsonValues.field(rhk, "uraian") == null) {
        violations.add("RHK " + nomor + ": uraian wajib diisi.");
      }
      JsonNode indikatorList = rhk.path("indikator");
      if (!indikatorList.isArray() || indikatorList.isEmpty()) {
        violations.add("RHK " + nomor + ": wajib memiliki sedikitnya satu indikator kinerja individu.");
        continue;
      }
      int nomorIndikator = 0;
      for (JsonNode indikator : indikatorList) {
        nomorIndikator++;
        String where = "RHK " + nomor + ", indikator " + nomorIndikator + ": ";
        if (JsonValues.field(indikator, "uraian") == null) {
          violations.add(where + "uraian indikator wajib diisi.");
        }
        if (!ASPEK.contains(String.valueOf(JsonValues.field(indikator, "aspek")))) {
          violations.add(where + "aspek wajib dipilih (kuantitas, kualitas, waktu, atau biaya).");
        }
        if (JsonValues.field(indikator, "target") == null) {
          violations.add(where + "target wajib diisi.");
        }
      }
    }
    if (!adaUtama) {
      violations.add(0, "SKP wajib memuat sedikitnya satu Rencana Hasil Kerja (RHK) utama.");
    }
    return violations;
  }
}
