package id.kinerja.feedback;

import id.kinerja.system.SubmissionRule;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** The person asked for feedback must be somebody who can log in to answer it. */
@Component
class FeedbackRequestRules implements SubmissionRule {

  private final IdentityService identityService;

  FeedbackRequestRules(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public boolean appliesTo(String formId) {
    return FeedbackRequestProcess.START_FORM.equals(formId);
  }

  @Override
  public List<String> violations(Map<String, Object> variables) {
    Object recipient = variables.get(FeedbackRequestProcess.RECIPIENT);
    if (recipient instanceof String id && !id.isBlank()
        && identityService.createUserQuery().userId(id.strip()).count() == 0) {
      return List.of("NIP / ID penerima: '" + id.strip() + "' tidak terdaftar");
    }
    return List.of();
  }
}
