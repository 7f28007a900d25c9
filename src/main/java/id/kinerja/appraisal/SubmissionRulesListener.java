package id.kinerja.appraisal;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * "complete" task listener: the domain rules of the task's form hold for every caller, including
 * the Java API and REST clients that skip the form. A violation rolls the completion back.
 */
@Component
public class SubmissionRulesListener implements TaskListener {

  private final AppraisalSubmissionRules rules;

  public SubmissionRulesListener(AppraisalSubmissionRules rules) {
    this.rules = rules;
  }

  @Override
  public void notify(DelegateTask task) {
    UserTask userTask = task.getBpmnModelElementInstance();
    if (userTask == null) {
      return;
    }
    String formId = userTask.getCamundaFormRef();
    List<String> violations = rules.violations(formId, task.getVariables());
    if (!violations.isEmpty()) {
      throw new SubmissionRejectedException(formId, violations);
    }
  }
}
