package id.kinerja.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.support.SharedApplicationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The Camunda Modeler element templates (src/main/modeler/element-templates) and the models agree:
 * every delegate bean a service task or an execution listener of processes/*.bpmn names has a
 * template that sets exactly that, and every template names a bean of the right kind that exists.
 * Task listeners cannot be set by a Camunda 7 element template (its schema has no task-listener
 * binding): they are listed in src/main/modeler/task-listeners.json instead, checked the same way.
 * Templates and that list are what the deployment check allows ({@code ModelAllowlist}).
 */
@SharedApplicationTest
class ElementTemplatesTest {

  static final Path PROCESSES = Path.of("processes");
  static final Path TEMPLATES = Path.of("src", "main", "modeler", "element-templates");
  static final Path TASK_LISTENERS = Path.of("src", "main", "modeler", "task-listeners.json");
  static final String SCHEMA = "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";
  private static final Pattern BEAN = Pattern.compile("^\\$\\{(\\w+)\\}$");

  @Autowired ApplicationContext context;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyDelegateBeanOfTheModels_hasATemplate() throws IOException {
    Set<String> serviceTaskTemplates = new HashSet<>();
    Set<String> listenerTemplates = new HashSet<>();
    for (JsonNode template : templates()) {
      for (JsonNode property : template.path("properties")) {
        JsonNode binding = property.path("binding");
        if ("property".equals(binding.path("type").asText())
            && "camunda:delegateExpression".equals(binding.path("name").asText())) {
          serviceTaskTemplates.add(property.path("value").asText());
        }
        if ("camunda:executionListener".equals(binding.path("type").asText())
            && "delegateExpression".equals(binding.path("implementationType").asText())) {
          listenerTemplates.add(binding.path("event").asText() + " " + property.path("value").asText());
        }
      }
    }
    Map<String, String> missing = new TreeMap<>();
    for (BpmnModelInstance model : models()) {
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        String expression = task.getCamundaDelegateExpression();
        if (expression != null && !serviceTaskTemplates.contains(expression)) {
          missing.put(expression, "service task " + task.getId());
        }
      }
      for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
        String expression = listener.getCamundaDelegateExpression();
        if (expression != null && !listenerTemplates.contains(listener.getCamundaEvent() + " " + expression)) {
          missing.put(expression, "execution listener (" + listener.getCamundaEvent() + ")");
        }
      }
    }
    assertThat(missing).as("delegate beans of processes/*.bpmn without an element template").isEmpty();
    assertThat(serviceTaskTemplates).as("the models use service-task delegates at all").isNotEmpty();
  }

  @Test
  void everyTemplate_namesAnExistingBeanOfTheRightKind() throws IOException {
    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonNode template : templates()) {
      String id = template.path("id").asText();
      if (!SCHEMA.equals(template.path("$schema").asText()) || id.isBlank() || !ids.add(id)
          || template.path("name").asText().isBlank() || !template.path("version").isInt()
          || template.path("appliesTo").isEmpty()) {
        problems.add(id + ": needs $schema, a unique id, a name, a version and appliesTo");
      }
      for (JsonNode property : template.path("properties")) {
        String type = property.path("binding").path("type").asText();
        String expression = property.path("value").asText();
        if ("property".equals(type) && "camunda:delegateExpression".equals(property.path("binding").path("name").asText())) {
          check(problems, id, expression, JavaDelegate.class);
        } else if ("camunda:executionListener".equals(type)) {
          check(problems, id, expression, ExecutionListener.class);
        }
      }
    }
    assertThat(ids).isNotEmpty();
    assertThat(problems).isEmpty();
  }

  @Test
  void taskListenerBeansOfTheModels_exist() throws IOException {
    List<String> problems = new ArrayList<>();
    for (BpmnModelInstance model : models()) {
      for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
        if (listener.getCamundaDelegateExpression() != null) {
          check(problems, "task listener", listener.getCamundaDelegateExpression(), TaskListener.class);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyTaskListenerOfTheModels_isListed_andEveryListedOneExists() throws IOException {
    Set<String> listed = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (JsonNode listener : json.readTree(TASK_LISTENERS.toFile())) {
      String expression = listener.path("value").asText();
      if (listener.path("name").asText().isBlank() || listener.path("event").asText().isBlank()
          || listener.path("description").asText().isBlank() || !listed.add(expression)) {
        problems.add(expression + ": needs a name, an event, a description, and is listed once");
      }
      check(problems, "task-listeners.json", expression, TaskListener.class);
    }
    for (BpmnModelInstance model : models()) {
      for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
        String expression = listener.getCamundaDelegateExpression();
        if (expression != null && !listed.contains(expression)) {
          problems.add(expression + " (task listener of the models) is not in task-listeners.json");
        }
      }
    }
    assertThat(listed).isNotEmpty();
    assertThat(problems).isEmpty();
  }

  private void check(List<String> problems, String where, String expression, Class<?> kind) {
    Matcher m = BEAN.matcher(expression);
    if (!m.matches()) {
      problems.add(where + ": '" + expression + "' is not a plain ${bean} expression");
    } else if (!context.containsBean(m.group(1))) {
      problems.add(where + ": no bean named " + m.group(1));
    } else if (!kind.isInstance(context.getBean(m.group(1)))) {
      problems.add(where + ": bean " + m.group(1) + " is not a " + kind.getSimpleName());
    }
  }

  private List<JsonNode> templates() throws IOException {
    List<JsonNode> templates = new ArrayList<>();
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode content = json.readTree(file.toFile());
        assertThat(content.isArray()).as(file + " holds a JSON array of templates").isTrue();
        content.forEach(templates::add);
      }
    }
    return templates;
  }

  private static List<BpmnModelInstance> models() throws IOException {
    try (Stream<Path> files = Files.list(PROCESSES)) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted()
          .map(f -> Bpmn.readModelFromFile(f.toFile())).toList();
    }
  }
}
