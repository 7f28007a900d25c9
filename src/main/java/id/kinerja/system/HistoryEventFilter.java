package id.kinerja.system;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Passes the engine's history events on to its handler, except those a plugin keeps out of
 * history ({@code AnonymousFeedbackHistory}, {@link LoopCounterHistory}, {@link JobLogHistory},
 * {@link ActivityPathHistory}).
 * A plugin installs it by extending {@link Plugin}, around the handler configured so far; several nest.
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

  /**
   * A plugin that installs a filter for the events {@code dropped} names, around the handler
   * configured so far. Subclasses only say which events: {@code super(MyHistory::isLeftOut)}.
   */
  public abstract static class Plugin extends AbstractProcessEnginePlugin {

    private final Predicate<HistoryEvent> dropped;

    protected Plugin(Predicate<HistoryEvent> dropped) {
      this.dropped = dropped;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
      configuration.setHistoryEventHandler(new HistoryEventFilter(configuration.getHistoryEventHandler(), dropped));
    }
  }
}
