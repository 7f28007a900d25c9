package id.kinerja.appraisal;

import id.kinerja.system.forms.SubmissionRejections;
import id.kinerja.system.forms.TaskFormSubmissions;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * "complete" task listener: the server-side check of every task submission, whoever completes
 * it (Tasklist, a REST client, the Java API). The task's Camunda Form is checked (required fields,
 * lengths, ranges, patterns, options: Camunda Forms check them only in the browser), then the
 * domain rules of that form, on the variables as they will be stored. A violation rolls the
 * completion back, so nothing of a refused submission is stored; over HTTP it is answered 400
 * with the messages (see {@code TaskSubmissionOutcomeFilter}).
 */
@Component
public class SubmissionRulesListener implements TaskListener {

  private final AppraisalSubmissionRules rules;
  private final TaskFormSubmissions forms;

  @Autowired
  public SubmissionRulesListener(AppraisalSubmissionRules rules, TaskFormSubmissions forms) {
    this.rules = rules;
    this.forms = forms;
  }

  /** The domain rules only (process tests, which deploy no forms). */
  public SubmissionRulesListener(AppraisalSubmissionRules rules) {
    this(rules, null);
  }

  @Override
  public void notify(DelegateTask task) {
    UserTask userTask = task.getBpmnModelElementInstance();
    if (userTask == null) {
      return;
    }
    String formId = userTask.getCamundaFormRef();
    if (formId == null) {
      return;
    }
    Optional<List<String>> byForm = forms == null ? Optional.empty()
        : forms.violations(task, formId, userTask.getCamundaFormRefBinding());
    List<String> violations = byForm.orElseGet(() -> rules.violations(formId, task.getVariables()));
    if (!violations.isEmpty()) {
      SubmissionRejections.record(violations);
      throw new SubmissionRejectedException(formId, violations);
    }
  }
}
