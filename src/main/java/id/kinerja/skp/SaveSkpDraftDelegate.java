package id.kinerja.skp;

import static id.kinerja.kernel.AppraisalProcess.NIP;
import static id.kinerja.kernel.AppraisalProcess.RHK;
import static id.kinerja.kernel.AppraisalProcess.TAHUN;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    List<String> rhkAtasan = skpService.submitDraft(NIP.require(execution), TAHUN.require(execution), rhkList);
    // the review form shows the wording of a linked RHK atasan, not its id
    if (rhkList.isArray() && rhkAtasan != null && !rhkAtasan.isEmpty()) {
      for (int i = 0; i < rhkList.size() && i < rhkAtasan.size(); i++) {
        if (rhkAtasan.get(i) != null && rhkList.get(i) instanceof ObjectNode rhk) {
          rhk.put("rhkAtasanUraian", rhkAtasan.get(i));
        }
      }
      RHK.set(execution, rhkList);
    }
    // the subordinates drafting now link to this SKP's RHK as it stands after this step
    offers.refreshDraftsOfSubordinates(NIP.require(execution), TAHUN.require(execution));
  }
}
