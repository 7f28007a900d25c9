package id.kinerja.feedback;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricDetailEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps 360 answers out of Camunda's history. With history level "full" the engine would keep
 * every variable of an umpan-balik-360 instance forever (ACT_HI_VARINST, ACT_HI_DETAIL, the form
 * fields submitted), right next to the task that names the rater: whoever may read history
 * (an admin, a support query, a backup) could tell who said what. This plugin drops the variable
 * and form-field history of that one process; its task and activity history (who was asked, when
 * the task was done or closed) is kept as usual, as is all history of every other process.
 */
@Component
public class AnonymousFeedbackHistory extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(new Filter(configuration.getHistoryEventHandler()));
  }

  static boolean isAnswerHistory(HistoryEvent event) {
    if (!(event instanceof HistoricDetailEventEntity)) {
      return false; // variable instances, variable updates and form fields are all historic details
    }
    String key = event.getProcessDefinitionKey();
    if (key != null) {
      return PeerFeedbackProcess.KEY.equals(key);
    }
    String definitionId = event.getProcessDefinitionId();
    return definitionId != null && definitionId.startsWith(PeerFeedbackProcess.KEY + ":");
  }

  static final class Filter implements HistoryEventHandler {
    private final HistoryEventHandler delegate;

    Filter(HistoryEventHandler delegate) {
      this.delegate = delegate;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!isAnswerHistory(event)) {
        delegate.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      delegate.handleEvents(events.stream().filter(event -> !isAnswerHistory(event)).toList());
    }
  }
}
