package id.kinerja.system;

import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Passes the engine's history events on to its handler, except those a plugin keeps out of
 * history ({@code AnonymousFeedbackHistory}, {@link LoopCounterHistory}, {@link JobLogHistory},
 * {@link ActivityPathHistory}).
 * Install it in a plugin's {@code postInit} around the handler configured so far; several nest.
 */
public final class HistoryEventFilter implements HistoryEventHandler {

  private final HistoryEventHandler delegate;
  private final Predicate<HistoryEvent> dropped;

  public HistoryEventFilter(HistoryEventHandler delegate, Predicate<HistoryEvent> dropped) {
    this.delegate = delegate;
    this.dropped = dropped;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!dropped.test(event)) {
      delegate.handleEvent(event);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    delegate.handleEvents(events.stream().filter(dropped.negate()).toList());
  }
}
