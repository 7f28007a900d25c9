package id.kinerja.system.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * The server-side check of a task submission against the task's Camunda Form, as the REST filter
 * runs it before the engine sees a {@code submit-form} or {@code complete}: the task, its form and
 * its variables are read with the current engine user's own permissions (so the check reveals
 * nothing extra), the form's rules and the domain rules then run with the system's view.
 *
 * <p>A form bound to its deployment ({@code camunda:formRefBinding="deployment"}, all of ours)
 * never changes for a process definition, so it is read from the engine once per definition and
 * form; the task itself is still looked up as the user for every submission.
 */
@Component
public class TaskFormSubmissions {

  private static final String DEPLOYMENT_BINDING = "deployment";

  private final FormSubmissionValidator validator;
  private final FormService formService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final ObjectMapper json;
  private final Map<String, byte[]> formsByDefinition = new ConcurrentHashMap<>();

  TaskFormSubmissions(FormSubmissionValidator validator, FormService formService, TaskService taskService,
      IdentityService identityService, ObjectMapper json) {
    this.validator = validator;
    this.formService = formService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.json = json;
  }

  /**
   * What is wrong with submitting these variables for the task, as the current engine user;
   * empty when there is nothing to check here (the task is gone or not visible to the user, or
   * has no Camunda Form): the engine answers those cases itself.
   */
  public Optional<List<String>> violations(String taskId, Map<String, Object> submitted) {
    Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
    if (task == null) {
      return Optional.empty();
    }
    byte[] form;
    Map<String, Object> merged = new HashMap<>();
    try {
      form = form(task);
      if (form == null) {
        return Optional.empty();
      }
      taskService.getVariables(taskId).forEach((name, value) -> merged.put(name, plain(value)));
    } catch (ProcessEngineException | IOException | NullPointerException e) {
      // gone a moment ago (the engine's form lookup then fails with a NullPointerException), or
      // not allowed: the engine answers that
      return Optional.empty();
    }
    merged.putAll(submitted);
    var caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return Optional.of(validator.violations(new ByteArrayInputStream(form), merged));
    } catch (IOException e) {
      return Optional.of(List.of("Formulir tidak dapat dibaca: " + e.getMessage()));
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  private byte[] form(Task task) throws IOException {
    CamundaFormRef ref = task.getCamundaFormRef();
    if (ref == null || task.getProcessDefinitionId() == null || !DEPLOYMENT_BINDING.equals(ref.getBinding())) {
      return read(task.getId());
    }
    String key = task.getProcessDefinitionId() + "|" + ref.getKey();
    byte[] cached = formsByDefinition.get(key);
    if (cached == null) {
      cached = read(task.getId());
      if (cached != null) {
        formsByDefinition.put(key, cached);
      }
    }
    return cached;
  }

  /** The deployed form of the task, or null when it has none (an embedded or external form). */
  private byte[] read(String taskId) throws IOException {
    try (InputStream form = formService.getDeployedTaskForm(taskId)) {
      return form.readAllBytes();
    } catch (org.camunda.bpm.engine.BadUserRequestException e) {
      return null; // no deployed form (a not-found form is a subclass of this)
    }
  }

  /** Stored JSON (Spin) as the lists and maps a form field holds. */
  private Object plain(Object value) {
    if (value instanceof SpinJsonNode node) {
      try {
        return json.readValue(node.toString(), Object.class);
      } catch (IOException e) {
        return value;
      }
    }
    return value;
  }
}
