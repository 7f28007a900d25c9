package id.kinerja.appraisal;

import id.kinerja.system.EveryUserTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.camunda.bpm.spring.boot.starter.configuration.CamundaProcessEngineConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The safety net under the server-side check of task submissions: every user task of every
 * deployed process gets the {@link SubmissionRulesListener} on "complete", also one a process
 * owner added in Modeler without copying {@code ${submissionRulesListener}} from an existing task
 * (Camunda 7 element templates cannot add task listeners). Tasks that declare it, as all of ours
 * do ({@code EveryTaskFormCheckedOnServerTest}), are left as they are, so it runs once.
 *
 * <p>Added at parse time ({@link EveryUserTask}).
 */
@Component
class FormCheckOnEveryUserTask implements CamundaProcessEngineConfiguration {

  static final String DECLARED = "${submissionRulesListener}";

  private final ObjectProvider<SubmissionRulesListener> listener;

  FormCheckOnEveryUserTask(ObjectProvider<SubmissionRulesListener> listener) {
    this.listener = listener; // resolved at the first completion: the listener needs the engine's services
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    TaskListener check = task -> listener.getObject().notify(task);
    EveryUserTask.extend(configuration, (userTask, activity) -> addIfMissing(userTask.getTaskDefinition(), check));
  }

  static void addIfMissing(TaskDefinition task, TaskListener check) {
    var declaredListeners = task.getTaskListenersForEvent(TaskListener.EVENTNAME_COMPLETE);
    boolean declared = declaredListeners != null && declaredListeners.stream()
        .anyMatch(l -> l instanceof DelegateExpressionTaskListener d && DECLARED.equals(d.getExpressionText()));
    if (!declared) {
      task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, check);
    }
  }
}
