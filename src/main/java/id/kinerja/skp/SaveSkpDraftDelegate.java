package id.kinerja.skp;

import static id.kinerja.kernel.AppraisalProcess.CATATAN_PENGEMBALIAN;
import static id.kinerja.kernel.AppraisalProcess.CATATAN_REVIEW;
import static id.kinerja.kernel.AppraisalProcess.KEPUTUSAN_REVIEW_SKP;
import static id.kinerja.kernel.AppraisalProcess.PERUBAHAN_SKP;
import static id.kinerja.kernel.AppraisalProcess.RHK;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.PenilaianTahunan;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SimpanSkp: the submitted draft becomes the SKP's RHK and indicators; each RHK of the
 * variable gets the wording of its RHK atasan ("rhkAtasanUraian") for the review form.
 */
@Component
public class SaveSkpDraftDelegate implements JavaDelegate {

  private final SkpService skpService;
  private final SupervisorRhkOffers offers;

  public SaveSkpDraftDelegate(SkpService skpService, SupervisorRhkOffers offers) {
    this.skpService = skpService;
    this.offers = offers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    JsonNode rhkList = RHK.require(execution);
    PenilaianTahunan penilaian = AppraisalProcess.penilaian(execution);
    SkpService.SubmittedDraft submitted = skpService.submitDraft(penilaian, rhkList);
    List<String> rhkAtasan = submitted == null ? null : submitted.rhkAtasan();
    // the review form shows the wording of a linked RHK atasan, not its id
    if (rhkList.isArray() && rhkAtasan != null && !rhkAtasan.isEmpty()) {
      for (int i = 0; i < rhkList.size() && i < rhkAtasan.size(); i++) {
        if (rhkAtasan.get(i) != null && rhkList.get(i) instanceof ObjectNode rhk) {
          rhk.put("rhkAtasanUraian", rhkAtasan.get(i));
        }
      }
      RHK.set(execution, rhkList);
    }
    startReviewRoundAfresh(execution, submitted == null ? null : submitted.perubahan());
    // the subordinates drafting now link to this SKP's RHK as it stands after this step
    offers.refreshDraftsOfSubordinates(penilaian.nip().value(), penilaian.tahun());
  }

  /**
   * A review round opens blank: the last round's decision and note are consumed by now (the note
   * is kept as "catatanPengembalian" for the appraiser to compare), so one careless click cannot
   * return the SKP again; and after a return the appraiser reads what the employee changed.
   */
  private static void startReviewRoundAfresh(DelegateExecution execution, List<String> changes) {
    String note = CATATAN_REVIEW.from(execution);
    execution.removeVariable(KEPUTUSAN_REVIEW_SKP.name());
    execution.removeVariable(CATATAN_REVIEW.name());
    if (changes == null) {
      execution.removeVariable(PERUBAHAN_SKP.name());
      execution.removeVariable(CATATAN_PENGEMBALIAN.name());
      return;
    }
    ArrayNode lines = JsonNodeFactory.instance.arrayNode();
    (changes.isEmpty() ? List.of("Tidak ada perubahan pada RHK, indikator dan target sejak SKP dikembalikan") : changes)
        .forEach(line -> lines.addObject().put("teks", line));
    PERUBAHAN_SKP.set(execution, lines);
    CATATAN_PENGEMBALIAN.set(execution, note == null || note.isBlank() ? "-" : note);
  }
}
