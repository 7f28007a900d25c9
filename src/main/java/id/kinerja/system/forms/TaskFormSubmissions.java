package id.kinerja.system.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * The server-side check of a task submission against the task's Camunda Form, run inside the
 * engine's completion (by the {@code submissionRulesListener} "complete" task listener), so
 * every way of completing a task is checked with the variables exactly as they will be stored,
 * and a refused submission rolls the whole completion back.
 *
 * <p>A form bound to its deployment ({@code camunda:formRefBinding="deployment"}, all of ours)
 * never changes for a process definition, so it is read from the engine and parsed once per
 * definition and form.
 */
@Component
public class TaskFormSubmissions {

  private static final String DEPLOYMENT_BINDING = "deployment";

  private final FormSubmissionValidator validator;
  private final FormService formService;
  private final EngineCaller system;
  private final ObjectMapper json;
  private final Map<String, JsonNode> formsByDefinition = new ConcurrentHashMap<>();

  TaskFormSubmissions(FormSubmissionValidator validator, FormService formService, IdentityService identityService,
      ObjectMapper json) {
    this.validator = validator;
    this.formService = formService;
    this.system = new EngineCaller(identityService);
    this.json = json;
  }

  /**
   * What is wrong with the task's variables (the submitted ones already set) by its Camunda Form
   * and the domain rules of that form; empty when the task has no Camunda Form the engine can
   * give (an embedded or external form), so the caller falls back to the domain rules alone.
   */
  public Optional<List<String>> violations(DelegateTask task, String formKey, String binding) {
    JsonNode form = form(task, formKey, binding);
    if (form == null) {
      return Optional.empty();
    }
    Map<String, Object> plain = new HashMap<>();
    task.getVariables().forEach((name, value) -> plain.put(name, plain(value)));
    return Optional.of(validator.violations(form, plain));
  }

  private JsonNode form(DelegateTask task, String formKey, String binding) {
    if (task.getProcessDefinitionId() == null || !DEPLOYMENT_BINDING.equals(binding)) {
      return read(task.getId());
    }
    return formsByDefinition.computeIfAbsent(task.getProcessDefinitionId() + "|" + formKey, key -> read(task.getId()));
  }

  /** The deployed form of the task, or null when it has none; read with the system's view. */
  private JsonNode read(String taskId) {
    return system.asSystem(() -> {
      try (InputStream form = formService.getDeployedTaskForm(taskId)) {
        return validator.read(form);
      } catch (BadUserRequestException e) {
        return null; // no deployed form (a not-found form is a subclass of this)
      } catch (IOException e) {
        throw new IllegalStateException("Formulir tugas " + taskId + " tidak dapat dibaca: " + e.getMessage(), e);
      }
    });
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
