package id.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * House-style lint over everything process owners edit: processes/*.bpmn, processes/*.dmn and
 * forms/*.form, read from the project folders (the same files the application deploys).
 *
 * <p>Id convention: a process or decision id is its kebab-case key ("appraisal-cycle"); a form id
 * is "form-" plus kebab-case; every other id is {@code <TypePrefix>_<PascalCaseName>} with a prefix
 * from {@link #ID_PREFIXES} (diagram elements: the id of their element plus "_di"). Ids that look
 * like Camunda Modeler defaults ({@code Activity_0x9k2ab}) are rejected outright.
 */
class ModelLintTest {

  static final String ID_PREFIXES = "StartEvent|EndEvent|Task|Gateway|Timer|Event|Flow|SubProcess|CallActivity"
      + "|Boundary|Message|Signal|Error|Escalation|Decision|Rule|Lane|LaneSet|Participant|Collaboration|Association"
      + "|DataObject|TextAnnotation|Definitions|BPMNDiagram|BPMNPlane"
      + "|TimerEventDefinition|ErrorEventDefinition|MessageEventDefinition|SignalEventDefinition|EscalationEventDefinition"
      + "|DecisionTable|Input|InputExpression|InputValues|Output|OutputValues|UnaryTests|LiteralExpression"
      + "|DMNDiagram|DMNShape|DMNEdge|InformationRequirement";
  static final Pattern HOUSE_ID = Pattern.compile("^(" + ID_PREFIXES + ")_[A-Za-z0-9]+(_di)?$");
  static final Pattern KEY_ID = Pattern.compile("^[a-z][a-z0-9]*(-[a-z0-9]+)*$");
  static final Pattern FORM_ID = Pattern.compile("^form-[a-z0-9]+(-[a-z0-9]+)*$");
  static final Pattern FORM_COMPONENT_ID = Pattern.compile("^(Text|Field|List|Group)_[A-Za-z0-9]+$");
  static final Pattern MODELER_DEFAULT = Pattern.compile("_[0-9a-z]{7}$");
  static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{([A-Za-z][A-Za-z0-9]*)}$");
  /** Processes whose every user task must carry a due date (the product's own cycle). */
  static final Set<String> DUE_DATE_REQUIRED = Set.of("appraisal-cycle");

  static Map<Path, BpmnModelInstance> bpmn = new HashMap<>();
  static Map<String, JsonNode> formsById = new HashMap<>();
  static Set<String> decisionIds = new HashSet<>();
  static Map<String, Class<?>> beans = new HashMap<>();
  static List<Path> xmlFiles = new ArrayList<>();

  @BeforeAll
  static void readModels() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.sorted().toList()) {
        if (file.toString().endsWith(".bpmn")) {
          bpmn.put(file, Bpmn.readModelFromFile(file.toFile()));
          xmlFiles.add(file);
        } else if (file.toString().endsWith(".dmn")) {
          Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class)
              .forEach(d -> decisionIds.add(d.getId()));
          xmlFiles.add(file);
        }
      }
    }
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        JsonNode form = json.readTree(file.toFile());
        assertThat(formsById.put(form.path("id").asText(), form)).as("form id of %s is unique", file).isNull();
      }
    }
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    for (BeanDefinition candidate : scanner.findCandidateComponents("id.kinerja")) {
      String name = AnnotationBeanNameGenerator.INSTANCE.generateBeanName(candidate, new SimpleBeanDefinitionRegistry());
      beans.put(name, Class.forName(candidate.getBeanClassName()));
    }
  }

  @Test
  void modelsArePresent() {
    assertThat(bpmn).isNotEmpty();
    assertThat(decisionIds).contains("predikat-kinerja", "periode-penilaian");
    assertThat(formsById).isNotEmpty();
  }

  @Test
  void everyUserTask_hasADeployedFormAndSomeoneToDoIt() {
    List<String> problems = new ArrayList<>();
    bpmn.forEach((file, model) -> {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String where = file.getFileName() + "#" + task.getId() + ": ";
        String formRef = task.getCamundaFormRef();
        if (formRef == null) {
          problems.add(where + "no camunda:formRef");
        } else if (!formsById.containsKey(formRef)) {
          problems.add(where + "form " + formRef + " not found in forms/");
        }
        if (!"deployment".equals(task.getCamundaFormRefBinding())) {
          problems.add(where + "camunda:formRefBinding is not \"deployment\"");
        }
        if (blank(task.getCamundaAssignee()) && blank(task.getCamundaCandidateGroups())
            && blank(task.getCamundaCandidateUsers())) {
          problems.add(where + "no assignee or candidate rule");
        }
        if (DUE_DATE_REQUIRED.contains(processOf(task)) && blank(task.getCamundaDueDate())) {
          problems.add(where + "no camunda:dueDate");
        }
      }
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void everyServiceTaskAndListener_isAnExistingBeanOfTheRightType() {
    List<String> problems = new ArrayList<>();
    bpmn.forEach((file, model) -> {
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        String where = file.getFileName() + "#" + task.getId() + ": ";
        if (task.getCamundaClass() != null || task.getCamundaExpression() != null || task.getCamundaType() != null) {
          problems.add(where + "use camunda:delegateExpression, not class/expression/type");
        }
        checkBean(where, task.getCamundaDelegateExpression(), JavaDelegate.class, problems);
        if (!task.getCamundaDelegateExpression().matches("^\\$\\{[a-z][A-Za-z]*Delegate}$")) {
          problems.add(where + "bean of a service task is named <verbNoun>Delegate");
        }
      }
      for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
        String where = file.getFileName() + "#" + ((BaseElement) listener.getParentElement().getParentElement()).getId() + ": ";
        if (listener.getCamundaClass() != null) {
          problems.add(where + "listener uses camunda:class");
        }
        if (listener.getCamundaDelegateExpression() != null) {
          checkBean(where, listener.getCamundaDelegateExpression(), ExecutionListener.class, problems);
        }
      }
      for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
        String where = file.getFileName() + "#" + ((BaseElement) listener.getParentElement().getParentElement()).getId() + ": ";
        if (listener.getCamundaClass() != null) {
          problems.add(where + "listener uses camunda:class");
        }
        if (listener.getCamundaDelegateExpression() != null) {
          checkBean(where, listener.getCamundaDelegateExpression(), TaskListener.class, problems);
        }
      }
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void everyBusinessRuleTask_refersToADecisionDeployedWithIt() {
    List<String> problems = new ArrayList<>();
    bpmn.forEach((file, model) -> {
      for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
        String where = file.getFileName() + "#" + task.getId() + ": ";
        if (!decisionIds.contains(task.getCamundaDecisionRef())) {
          problems.add(where + "decision " + task.getCamundaDecisionRef() + " not found in processes/");
        }
        if (!"deployment".equals(task.getCamundaDecisionRefBinding())) {
          problems.add(where + "camunda:decisionRefBinding is not \"deployment\"");
        }
        // a Map or List result would need Java serialization, which the engine refuses
        if (task.getCamundaResultVariable() != null && !"singleEntry".equals(task.getCamundaMapDecisionResult())) {
          problems.add(where + "map the decision result with singleEntry");
        }
      }
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void everyProcessAndDecision_hasAHistoryTimeToLive() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Path file : xmlFiles) {
      for (Element element : elements(file)) {
        String name = element.getLocalName();
        if (("process".equals(name) || "decision".equals(name))
            && blank(element.getAttributeNS("http://camunda.org/schema/1.0/" + (name.equals("process") ? "bpmn" : "dmn"),
            "historyTimeToLive"))) {
          problems.add(file.getFileName() + "#" + element.getAttribute("id") + ": no camunda:historyTimeToLive");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyId_followsTheHouseStyle() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Path file : xmlFiles) {
      for (Element element : elements(file)) {
        String id = element.getAttribute("id");
        if (id.isEmpty()) {
          continue;
        }
        String name = element.getLocalName();
        boolean key = "process".equals(name) || "decision".equals(name);
        if (MODELER_DEFAULT.matcher(id).find()) {
          problems.add(file.getFileName() + ": " + id + " looks like a modeler default");
        } else if (key ? !KEY_ID.matcher(id).matches() : !HOUSE_ID.matcher(id).matches()) {
          problems.add(file.getFileName() + ": " + id + " (" + name + ") does not follow the id convention");
        }
      }
    }
    formsById.forEach((formId, form) -> {
      if (!FORM_ID.matcher(formId).matches()) {
        problems.add("form " + formId + ": form id does not follow form-<kebab-case>");
      }
      form.findParents("type").forEach(component -> {
        String id = component.path("id").asText();
        if (component != form && (component.has("components") || component.has("key") || component.has("text"))) {
          if (!FORM_COMPONENT_ID.matcher(id).matches() || MODELER_DEFAULT.matcher(id).find()) {
            problems.add("form " + formId + ": component id " + id + " does not follow <Text|Field|List|Group>_<Name>");
          }
        }
      });
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void everyFlowNodeAndSequenceFlow_isDrawn() {
    List<String> problems = new ArrayList<>();
    bpmn.forEach((file, model) -> {
      Set<String> drawn = new HashSet<>();
      model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
      model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        if (!drawn.contains(node.getId())) {
          problems.add(file.getFileName() + "#" + node.getId() + ": no shape in the diagram");
        }
      }
      for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
        if (!drawn.contains(flow.getId())) {
          problems.add(file.getFileName() + "#" + flow.getId() + ": no edge in the diagram");
        }
      }
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void formFieldsWithChoices_useTheContractValues() {
    Set<String> ratings = Set.of("DI_ATAS", "SESUAI", "DI_BAWAH");
    List<String> problems = new ArrayList<>();
    formsById.forEach((formId, form) -> form.findParents("values").forEach(field -> {
      String key = field.path("key").asText();
      boolean ratingField = key.startsWith("hasilKerja") || key.startsWith("perilaku") || key.startsWith("penilaianDiri");
      if (ratingField) {
        Set<String> values = new HashSet<>();
        field.path("values").forEach(v -> values.add(v.path("value").asText()));
        if (!values.equals(ratings)) {
          problems.add("form " + formId + ": " + key + " offers " + values + " instead of " + ratings);
        }
      }
    }));
    assertThat(problems).isEmpty();
  }

  private static void checkBean(String where, String expression, Class<?> type, List<String> problems) {
    Matcher m = BEAN_EXPRESSION.matcher(String.valueOf(expression));
    if (!m.matches()) {
      problems.add(where + "delegateExpression " + expression + " is not a plain ${beanName}");
      return;
    }
    Class<?> bean = beans.get(m.group(1));
    if (bean == null) {
      problems.add(where + "no @Component named " + m.group(1));
    } else if (!type.isAssignableFrom(bean)) {
      problems.add(where + m.group(1) + " is not a " + type.getSimpleName());
    }
  }

  private static String processOf(UserTask task) {
    var parent = task.getParentElement();
    while (parent != null && !(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return parent == null ? null : ((Process) parent).getId();
  }

  private static List<Element> elements(Path file) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    NodeList all = factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagName("*");
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      elements.add((Element) all.item(i));
    }
    return elements;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
