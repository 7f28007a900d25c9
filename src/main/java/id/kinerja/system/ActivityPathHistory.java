package id.kinerja.system;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps the activity history to the steps that say something: tasks, rules, calls, subprocesses,
 * timers and messages waited for, boundary events, end events (how a process ended). Left out are the
 * model's routing, which passes in the same instant as the step before or after it and whose choice the
 * next step shows: gateways that do not wait (exclusive, parallel, inclusive, complex), none start
 * events (the process instance's own history row names its start activity and start time, a
 * subprocess's row its start), and the multi-instance body around a multi-instance activity (its
 * instances each keep their row). On a whole appraisal year these were a third of the activity
 * history rows ({@code src/bench/full-year.sh}). An event-based gateway waits, so it stays, and so do
 * message start events.
 * <p>
 * Start and end of an activity instance are one history row; both events carry the activity type, so
 * a left-out row is neither inserted nor updated. The runtime (Cockpit's instance view, the tokens)
 * is untouched; what the next-step answer reads (unfinished activities that wait) is kept.
 */
@Component
public class ActivityPathHistory extends HistoryEventFilter.Plugin {

  /** The activity types whose instances leave no history row. */
  static final Set<String> LEFT_OUT = Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway",
      "complexGateway", "startEvent", "multiInstanceBody");

  public ActivityPathHistory() {
    super(ActivityPathHistory::isRouting);
  }

  static boolean isRouting(HistoryEvent event) {
    return event instanceof HistoricActivityInstanceEventEntity activity && LEFT_OUT.contains(activity.getActivityType());
  }
}
