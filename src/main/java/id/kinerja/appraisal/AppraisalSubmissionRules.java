package id.kinerja.appraisal;

import id.kinerja.system.SubmissionRule;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The domain checks of a submitted task form: every {@link SubmissionRule} that applies to the
 * form. Used by {@link SubmissionRulesListener} and available to the REST-layer validator.
 */
@Component
public class AppraisalSubmissionRules {

  private final List<SubmissionRule> rules;

  public AppraisalSubmissionRules(List<SubmissionRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Human-readable violations in Bahasa Indonesia; empty when the submission is acceptable. */
  public List<String> violations(String formId, Map<String, Object> submittedVariables) {
    if (formId == null) {
      return List.of();
    }
    return rules.stream()
        .filter(rule -> rule.appliesTo(formId))
        .flatMap(rule -> rule.violations(submittedVariables).stream())
        .toList();
  }
}
