package id.kinerja.objection;

import static id.kinerja.kernel.AppraisalProcess.ALASAN_PUTUSAN;
import static id.kinerja.kernel.AppraisalProcess.HASIL_KERJA;
import static id.kinerja.kernel.AppraisalProcess.KEPUTUSAN_KEBERATAN;
import static id.kinerja.kernel.AppraisalProcess.NIP;
import static id.kinerja.kernel.AppraisalProcess.PERILAKU_KERJA;
import static id.kinerja.kernel.AppraisalProcess.TAHUN;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.Checks;
import id.kinerja.kernel.Nip;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.kernel.Rating;
import id.kinerja.kernel.Tahun;
import id.kinerja.system.SubmissionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The atasan's decision is final, so it is reasoned; a change names the new ratings, and they must
 * change something: the predikat is determined again from them, so "nilai diubah" with the ratings
 * that were appealed would record a change that changes nothing. A decision to keep the result
 * keeps the ratings too.
 *
 * <p>The variables a rule sees are those after the submission: the form's rating fields carry the
 * same names as the appraisal's ratings, so a decision that leaves them out still "has" them. The
 * ratings the objection was filed against come from the objection itself ({@link ObjectionService#appealedRatings}).
 */
@Component
public class ObjectionDecisionRule implements SubmissionRule {

  private final ObjectionService objections;

  public ObjectionDecisionRule(ObjectionService objections) {
    this.objections = objections;
  }

  @Override
  public boolean appliesTo(String formId) {
    return AppraisalProcess.Forms.PUTUSAN_KEBERATAN.equals(formId);
  }

  @Override
  public List<String> violations(Map<String, Object> variables) {
    List<String> violations = new ArrayList<>();
    String keputusan = KEPUTUSAN_KEBERATAN.from(variables);
    boolean tetap = AppraisalProcess.Decisions.KEBERATAN_TETAP.equals(keputusan);
    boolean ubah = AppraisalProcess.Decisions.KEBERATAN_UBAH.equals(keputusan);
    if (!tetap && !ubah) {
      violations.add("Putusan wajib dipilih: nilai tetap atau nilai diubah.");
    }
    if (Checks.blank(ALASAN_PUTUSAN.from(variables))) {
      violations.add("Alasan putusan wajib diisi.");
    }
    Optional<ObjectionService.AppealedRatings> appealed = tetap || ubah ? appealed(variables) : Optional.empty();
    if (ubah) {
      Optional<Rating> hasil = Checks.rating(variables, HASIL_KERJA, "Hasil kerja setelah keberatan", violations);
      Optional<Rating> perilaku = Checks.rating(variables, PERILAKU_KERJA, "Perilaku kerja setelah keberatan",
          violations);
      if (hasil.isPresent() && perilaku.isPresent() && appealed.isPresent()
          && hasil.get().name().equals(appealed.get().hasilKerja())
          && perilaku.get().name().equals(appealed.get().perilakuKerja())) {
        violations.add("Putusan \"nilai diubah\" harus mengubah hasil kerja, perilaku kerja, atau keduanya; yang dipilih "
            + "sama dengan penilaian yang disanggah (hasil kerja " + hasil.get().label() + ", perilaku kerja "
            + perilaku.get().label() + "). Bila nilai tidak berubah, pilih \"nilai tetap\".");
      }
    }
    if (tetap && appealed.isPresent()
        && (!Objects.equals(HASIL_KERJA.from(variables), appealed.get().hasilKerja())
            || !Objects.equals(PERILAKU_KERJA.from(variables), appealed.get().perilakuKerja()))) {
      violations.add("Putusan \"nilai tetap\" tidak mengubah hasil kerja maupun perilaku kerja. "
          + "Bila nilai berubah, pilih \"nilai diubah\".");
    }
    return violations;
  }

  private Optional<ObjectionService.AppealedRatings> appealed(Map<String, Object> variables) {
    String nip = NIP.from(variables);
    Integer tahun;
    try {
      tahun = TAHUN.from(variables);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (tahun == null || tahun < Tahun.FIRST || tahun > Tahun.LAST) {
      return Optional.empty();
    }
    return Nip.parse(nip).flatMap(valid -> objections.appealedRatings(new PenilaianTahunan(valid, Tahun.of(tahun))));
  }
}
