package id.kinerja.system;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps the engine's own multi-instance counters out of history. A multi-instance activity
 * declares {@code nrOfInstances}, {@code nrOfActiveInstances}, {@code nrOfCompletedInstances} and
 * a {@code loopCounter} per instance, and updates the counters whenever an instance ends. With
 * history level "full" each of these writes a historic variable row and a detail row per value.
 * Nobody reads them: the counters say nothing an auditor needs, and the period an instance stands
 * for is kept as its own variable ({@code periodeKe}) and in the product's tables.
 * <p>
 * The 360 feedback asks each chosen rater in a multi-instance call activity; appraisal years on
 * model versions before 2026-12-03 also start their periods as one (four periods at the SKP
 * approval: 14 of the 32 history rows it wrote for variables). The runtime variables stay, for
 * the engine and for Cockpit.
 */
@Component
public class LoopCounterHistory extends HistoryEventFilter.Plugin {

  /** The variables the engine declares on a multi-instance activity and its instances. */
  static final Set<String> COUNTERS = Set.of("loopCounter", "nrOfInstances", "nrOfActiveInstances",
      "nrOfCompletedInstances");

  public LoopCounterHistory() {
    super(LoopCounterHistory::isCounter);
  }

  static boolean isCounter(HistoryEvent event) {
    return event instanceof HistoricVariableUpdateEventEntity variable && COUNTERS.contains(variable.getVariableName());
  }
}
