package id.kinerja.system;

import java.util.ArrayList;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Extends every user task of every model the engine deploys, also one a process owner adds in
 * Modeler, through the engine's parse-listener extension point ({@code customPostBPMNParseListeners},
 * the documented way to add listeners to every element; it lives in the engine's impl packages, so
 * it is reached from here only). Call it from a {@code CamundaProcessEngineConfiguration#preInit}.
 */
public final class EveryUserTask {

  private EveryUserTask() {
  }

  /** Hands each user task, as it is parsed, to the extension: its behaviour and its activity. */
  public static void extend(ProcessEngineConfigurationImpl configuration,
      BiConsumer<UserTaskActivityBehavior, ActivityImpl> extension) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          extension.accept(userTask, activity);
        }
      }
    });
  }
}
