package id.kinerja.system;

import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps the job log to what somebody reads: when a job ran and when (and why) it failed. With
 * history level "full" the engine also logs every job's creation and every cancelled job's
 * deletion. Most of the appraisal's jobs are timers that never fire: an SKP review gets a reminder
 * and an escalation when the draft is submitted, both cancelled when the appraiser decides; each
 * period's opening timer is scheduled months ahead. Their creation and deletion rows were 8 of the
 * 130 engine rows per employee after SKP planning, and nobody looks at them: the runtime job (in
 * Cockpit) says what is scheduled, the activity history says what happened. Success and failure
 * entries, which the failure analysis and the two-node test use, are kept.
 */
@Component
public class JobLogHistory extends HistoryEventFilter.Plugin {

  public JobLogHistory() {
    super(JobLogHistory::isCreationOrDeletion);
  }

  static boolean isCreationOrDeletion(HistoryEvent event) {
    return event instanceof HistoricJobLog log && (log.isCreationLog() || log.isDeletionLog());
  }
}
