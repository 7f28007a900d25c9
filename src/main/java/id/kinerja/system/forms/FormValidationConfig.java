package id.kinerja.system.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FormValidationConfig {

  /** After Spring Security and the engine's REST authentication, so the caller is known. */
  private static final int AFTER_AUTHENTICATION = SecurityProperties.DEFAULT_FILTER_ORDER + 10;

  @Bean
  FilterRegistrationBean<FormSubmissionFilter> formSubmissionFilter(FormSubmissionValidator validator,
      FormService formService, RepositoryService repositoryService, TaskService taskService,
      IdentityService identityService, ObjectMapper json) {
    var registration = new FilterRegistrationBean<>(new FormSubmissionFilter(
        validator, formService, repositoryService, taskService, identityService, json));
    registration.setName("Kinerja form submission validation");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(AFTER_AUTHENTICATION);
    return registration;
  }

  /**
   * Around every task submission: a refused form answered 400 with its messages, a submission
   * that lost the race 409, whatever step noticed it.
   */
  @Bean
  FilterRegistrationBean<TaskSubmissionOutcomeFilter> taskSubmissionOutcomeFilter(HistoryService historyService,
      TaskService taskService, IdentityService identityService, ObjectMapper json) {
    var registration = new FilterRegistrationBean<>(new TaskSubmissionOutcomeFilter(
        historyService, taskService, new EngineCaller(identityService), json));
    registration.setName("Kinerja task submission outcome");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(AFTER_AUTHENTICATION - 1);
    return registration;
  }
}
