package id.kinerja.tasklist;

import id.kinerja.system.EveryUserTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.camunda.bpm.spring.boot.starter.configuration.CamundaProcessEngineConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every user task of every deployed process gets the {@link TaskHeaderListener} on "create", also
 * one a process owner added in Modeler without copying {@code ${taskHeaderListener}} from an
 * existing task, so that a form's {@code {{tenggatTugas}}} is never empty for want of a listener.
 * Tasks that declare it, as all of ours do ({@code FormHeadersTest}), are left as they are. On
 * "update" (an admin changed the due date) the deadline in words follows.
 * Added at parse time ({@link EveryUserTask}).
 */
@Component
class HeaderOnEveryUserTask implements CamundaProcessEngineConfiguration {

  static final String DECLARED = "${taskHeaderListener}";

  private final ObjectProvider<TaskHeaderListener> listener;

  HeaderOnEveryUserTask(ObjectProvider<TaskHeaderListener> listener) {
    this.listener = listener; // resolved at the first task: the engine is built before the beans it needs
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    TaskListener header = task -> listener.getObject().notify(task);
    TaskListener dueDateChanged = task -> listener.getObject().refreshDeadline(task);
    EveryUserTask.extend(configuration, (userTask, activity) -> {
      addIfMissing(userTask.getTaskDefinition(), header);
      userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_UPDATE, dueDateChanged);
    });
  }

  static void addIfMissing(TaskDefinition task, TaskListener header) {
    var declared = task.getTaskListenersForEvent(TaskListener.EVENTNAME_CREATE);
    if (declared == null || declared.stream()
        .noneMatch(l -> l instanceof DelegateExpressionTaskListener d && DECLARED.equals(d.getExpressionText()))) {
      task.addTaskListener(TaskListener.EVENTNAME_CREATE, header);
    }
  }
}
