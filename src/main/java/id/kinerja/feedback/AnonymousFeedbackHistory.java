package id.kinerja.feedback;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.system.HistoryEventFilter;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricDetailEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps 360 feedback out of Camunda's history. With history level "full" the engine keeps every
 * variable ever set (ACT_HI_VARINST, ACT_HI_DETAIL, submitted form fields), and an employee may
 * read the variable history of their own appraisal. Two things must never get there:
 * <ul>
 *   <li>the answers, next to the task that names the rater: all variable and form-field history
 *       of the umpan-balik-360 process is dropped;</li>
 *   <li>who was asked, and the summary: the variables of the 360 step in the appraisal
 *       (everything scoped to SubProcess_UmpanBalik360 and its call activity, the rater choice,
 *       the summary on the appraiser's task) are dropped.</li>
 * </ul>
 * Task and activity history (who was asked to do what, when it was done or closed) is kept, as
 * is all other history.
 */
@Component
public class AnonymousFeedbackHistory extends HistoryEventFilter.Plugin {

  /** Variables of the appraisal that name the raters or summarise their answers. */
  static final Set<String> VARIABLES = Set.of(AppraisalProcess.PENILAI_360_TERPILIH.name(),
      AppraisalProcess.PENILAI_360_TAMBAHAN.name(), AppraisalProcess.PILIHAN_PENILAI_360.name(),
      AppraisalProcess.PENILAI_UMPAN_BALIK_360.name(), AppraisalProcess.UMPAN_BALIK_360_RINGKASAN.name());
  /** Scopes of the appraisal whose variables are all about the raters (multi-instance counters too). */
  static final List<String> SCOPES = List.of(AppraisalProcess.Elements.SUBPROCESS_UMPAN_BALIK_360 + ":",
      AppraisalProcess.Elements.CALL_ACTIVITY_UMPAN_BALIK_360 + ":",
      AppraisalProcess.Elements.CALL_ACTIVITY_UMPAN_BALIK_360 + "#");

  public AnonymousFeedbackHistory() {
    super(AnonymousFeedbackHistory::isFeedbackHistory);
  }

  static boolean isFeedbackHistory(HistoryEvent event) {
    // variable instances, variable updates and form fields are all historic details
    if (!(event instanceof HistoricDetailEventEntity detail)) {
      return false;
    }
    if (PeerFeedbackProcess.KEY.equals(event.getProcessDefinitionKey())
        || startsWith(event.getProcessDefinitionId(), PeerFeedbackProcess.KEY + ":")) {
      return true;
    }
    String name = detail instanceof HistoricVariableUpdateEventEntity variable ? variable.getVariableName()
        : detail instanceof HistoricFormPropertyEventEntity field ? field.getPropertyId() : null;
    return (name != null && VARIABLES.contains(name))
        || SCOPES.stream().anyMatch(scope -> startsWith(detail.getActivityInstanceId(), scope));
  }

  private static boolean startsWith(String text, String prefix) {
    return text != null && text.startsWith(prefix);
  }
}
