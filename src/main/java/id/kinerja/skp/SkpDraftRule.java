package id.kinerja.skp;

import static id.kinerja.kernel.AppraisalProcess.RHK;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.JsonValues;
import id.kinerja.system.SubmissionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * An SKP needs at least one RHK utama, every RHK a description that says something and at least one
 * indicator, and every indicator a target that can be measured by its aspect ({@link PlausibleTarget}).
 * Each refusal names the RHK and the indicator by their number in the form.
 */
@Component
public class SkpDraftRule implements SubmissionRule {

  private static final Set<String> JENIS = Set.of("UTAMA", "TAMBAHAN");
  private static final Set<String> ASPEK = Set.of("KUANTITAS", "KUALITAS", "WAKTU", "BIAYA");

  /**
   * Words a reader can take for a description: at least this many words of two or more letters,
   * not one letter repeated ("aaaaa").
   */
  static boolean meaningful(String text, int words) {
    long real = java.util.Arrays.stream(text.strip().split("\\s+"))
        .filter(word -> word.codePoints().filter(Character::isLetter).count() >= 2)
        .filter(word -> word.chars().distinct().count() > 1)
        .count();
    return real >= words;
  }

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
      String uraian = JsonValues.field(rhk, "uraian");
      if (uraian == null) {
        violations.add("RHK " + nomor + ": uraian wajib diisi.");
      } else if (!meaningful(uraian, 3)) {
        violations.add("RHK " + nomor + ": uraian harus menjelaskan hasil kerja dalam sedikitnya tiga kata, "
            + "mis. 'Tersusunnya laporan analisis jabatan'.");
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
        String uraianIndikator = JsonValues.field(indikator, "uraian");
        if (uraianIndikator == null) {
          violations.add(where + "uraian indikator wajib diisi.");
        } else if (!meaningful(uraianIndikator, 2)) {
          violations.add(where + "uraian indikator harus menyebut apa yang diukur dalam sedikitnya dua kata.");
        }
        String aspek = JsonValues.field(indikator, "aspek");
        if (!ASPEK.contains(String.valueOf(aspek))) {
          violations.add(where + "aspek wajib dipilih (kuantitas, kualitas, waktu, atau biaya).");
        }
        String target = JsonValues.field(indikator, "target");
        if (target == null) {
          violations.add(where + "target wajib diisi.");
        } else {
          PlausibleTarget.problem(aspek, target).ifPresent(problem -> violations.add(where + problem + "."));
        }
      }
    }
    if (!adaUtama) {
      violations.add(0, "SKP wajib memuat sedikitnya satu Rencana Hasil Kerja (RHK) utama.");
    }
    return violations;
  }
}
