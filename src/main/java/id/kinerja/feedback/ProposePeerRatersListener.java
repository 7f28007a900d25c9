package id.kinerja.feedback;

import static id.kinerja.kernel.AppraisalProcess.NIP;
import static id.kinerja.kernel.AppraisalProcess.PEJABAT_PENILAI;
import static id.kinerja.kernel.AppraisalProcess.PENILAI_360_TERPILIH;
import static id.kinerja.kernel.AppraisalProcess.PILIHAN_PENILAI_360;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import id.kinerja.kernel.JsonValues;
import id.kinerja.kernel.Nip;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Create listener of Task_PilihPenilai360: offers the employee's peers and direct subordinates as
 * choices (task-local, for the appraiser only) and ticks the first {@link PeerFeedbackProcess#MAX_RATERS}
 * of them, so the appraiser can accept the proposal as it is.
 */
@Component
public class ProposePeerRatersListener implements TaskListener {

  private final PeerFeedbackService feedback;

  public ProposePeerRatersListener(PeerFeedbackService feedback) {
    this.feedback = feedback;
  }

  @Override
  public void notify(DelegateTask task) {
    List<PeerFeedbackService.Candidate> candidates =
        feedback.proposedRaters(Nip.of(NIP.require(task.getExecution())), PEJABAT_PENILAI.from(task.getExecution()));
    ArrayNode options = JsonNodeFactory.instance.arrayNode();
    ArrayNode ticked = JsonNodeFactory.instance.arrayNode();
    for (PeerFeedbackService.Candidate candidate : candidates) {
      options.addObject().put("label", candidate.nama() + " (" + candidate.nip() + "), " + candidate.hubungan())
          .put("value", candidate.nip());
      if (ticked.size() < PeerFeedbackProcess.MAX_RATERS) {
        ticked.add(candidate.nip());
      }
    }
    task.setVariableLocal(PILIHAN_PENILAI_360.name(), SpinValues.jsonValue(JsonValues.text(options)).create());
    // into the scope of SubProcess_UmpanBalik360, where the form's answer will land too
    PENILAI_360_TERPILIH.set(task.getExecution(), ticked);
  }
}
