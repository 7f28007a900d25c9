package id.kinerja.system;

import java.util.List;
import java.util.Map;

/**
 * A domain check on a submitted task form that the form's own {@code validate} rules cannot express
 * (a list needs at least one "utama" entry, a rating needs a reason when it is not "SESUAI" ...).
 *
 * <p>Every Spring bean implementing it is asked by the REST-layer form validator, and by the
 * {@code submissionRulesListener} task listener for callers of the Java API, with the variables as
 * they will be after the submission. Messages are in Bahasa Indonesia and shown to the user as-is.
 */
public interface SubmissionRule {

  /** The Camunda Form id (the task's {@code camunda:formRef}) this rule checks. */
  boolean appliesTo(String formId);

  /** Human-readable violations; empty when the submission is acceptable. */
  List<String> violations(Map<String, Object> variables);
}
