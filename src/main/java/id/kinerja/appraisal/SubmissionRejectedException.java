package id.kinerja.appraisal;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;

/** A task completion refused by the domain rules of its form; the messages are for the user. */
public class SubmissionRejectedException extends ProcessEngineException {

  private final String formId;
  private final List<String> violations;

  public SubmissionRejectedException(String formId, List<String> violations) {
    super("Isian formulir " + formId + " belum dapat diterima: " + String.join(" ", violations));
    this.formId = formId;
    this.violations = List.copyOf(violations);
  }

  public String formId() {
    return formId;
  }

  public List<String> violations() {
    return violations;
  }
}
