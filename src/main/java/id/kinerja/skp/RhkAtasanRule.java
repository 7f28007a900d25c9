package id.kinerja.skp;

import static id.kinerja.kernel.AppraisalProcess.PEJABAT_PENILAI;
import static id.kinerja.kernel.AppraisalProcess.RHK;
import static id.kinerja.kernel.AppraisalProcess.TAHUN;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.JsonValues;
import id.kinerja.kernel.Tahun;
import id.kinerja.system.SubmissionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The cascade: once the appraiser has an SKP of the year (submitted or approved), every RHK of the
 * draft names the appraiser's RHK it contributes to, by id. The choices are read from the SKP
 * tables, not from the task's {@code pilihanRhkAtasan}, which a caller could overwrite.
 */
@Component
public class RhkAtasanRule implements SubmissionRule {

  private final SkpService skpService;

  public RhkAtasanRule(SkpService skpService) {
    this.skpService = skpService;
  }

  @Override
  public boolean appliesTo(String formId) {
    return AppraisalProcess.Forms.DRAFT_SKP.equals(formId);
  }

  @Override
  public List<String> violations(Map<String, Object> variables) {
    String pejabatPenilai;
    Integer tahun;
    JsonNode rhkList;
    try {
      pejabatPenilai = PEJABAT_PENILAI.from(variables);
      tahun = TAHUN.from(variables);
      rhkList = RHK.from(variables);
    } catch (IllegalArgumentException e) {
      return List.of(); // an unreadable list or year is reported by the other rules
    }
    if (pejabatPenilai == null || tahun == null || rhkList == null || !rhkList.isArray()) {
      return List.of();
    }
    Set<Long> pilihan = skpService.rhkAtasan(pejabatPenilai, Tahun.of(tahun)).stream()
        .map(SkpService.Rhk::rhkId).collect(Collectors.toSet());
    List<String> violations = new ArrayList<>();
    int nomor = 0;
    for (JsonNode rhk : rhkList) {
      nomor++;
      Long dipilih = JsonValues.id(rhk, "rhkAtasan");
      if (pilihan.isEmpty()) {
        if (dipilih != null) {
          violations.add("RHK " + nomor + ": pejabat penilai belum memiliki SKP tahun " + tahun
              + " untuk dirujuk; tuliskan RHK atasan yang diintervensi sebagai uraian.");
        }
      } else if (JsonValues.field(rhk, "rhkAtasan") == null) {
        violations.add("RHK " + nomor + ": pilih RHK atasan yang diintervensi dari SKP pejabat penilai.");
      } else if (dipilih == null || !pilihan.contains(dipilih)) {
        violations.add("RHK " + nomor + ": RHK atasan '" + JsonValues.field(rhk, "rhkAtasan")
            + "' tidak ada dalam SKP pejabat penilai tahun " + tahun + "; pilih salah satu RHK yang ditawarkan.");
      }
    }
    return violations;
  }
}
