package id.kinerja.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.kernel.AsSystem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Which of the header variables a task's Camunda Form asks for: the names its texts, labels and
 * conditions mention ({@code {{tenggatTugas}}}, {@code {{predikatLabel}}}, {@code {{namaPejabatPenilai}}}).
 * Only those are set on the task, so a task whose form shows no deadline or no predikat stores
 * nothing for it (a year has some 30 tasks; at 40,000 employees every variable counts).
 *
 * <p>The form is looked up in the deployment of the task's process, which is where a form bound with
 * {@code camunda:formRefBinding="deployment"} comes from; a form bound "latest" that was deployed
 * apart from its process gets no header variables. A form never changes within a deployment, so
 * each deployment's forms are read once.
 */
final class HeaderNames {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final ObjectMapper json = new ObjectMapper();
  /** deployment id → form id → the header names its strings mention. */
  private final Map<String, Map<String, Set<String>>> byDeployment = new ConcurrentHashMap<>();

  /** The header names the task's form mentions; empty for a task without a Camunda Form. */
  Set<String> of(DelegateTask task) {
    FlowElement element = task.getBpmnModelElementInstance();
    if (!(element instanceof UserTask userTask) || userTask.getCamundaFormRef() == null) {
      return Set.of();
    }
    // the form of the process's own deployment: where formRefBinding="deployment" (all of ours, see
    // src/docs/pemilik-proses.md) takes it from, and where Modeler deploys a diagram's forms with it
    String formId = userTask.getCamundaFormRef();
    RepositoryService repository = task.getProcessEngineServices().getRepositoryService();
    // read as the system: whoever completed the step before (an employee) need not read deployments
    return AsSystem.call(task.getProcessEngineServices().getIdentityService(), () -> {
      String deploymentId = repository.getProcessDefinition(task.getProcessDefinitionId()).getDeploymentId();
      return byDeployment.computeIfAbsent(deploymentId, id -> forms(repository, id)).getOrDefault(formId, Set.of());
    });
  }

  private Map<String, Set<String>> forms(RepositoryService repository, String deploymentId) {
    Map<String, Set<String>> forms = new HashMap<>();
    for (String resource : repository.getDeploymentResourceNames(deploymentId)) {
      if (!resource.endsWith(".form")) {
        continue;
      }
      try (InputStream in = repository.getResourceAsStream(deploymentId, resource)) {
        JsonNode form = json.readTree(in);
        forms.put(form.path("id").asText(), mentioned(form));
      } catch (IOException e) {
        throw new UncheckedIOException("Formulir " + resource + " tidak dapat dibaca", e);
      }
    }
    return Collections.unmodifiableMap(forms);
  }

  /** Every header name mentioned anywhere in the form's texts. */
  static Set<String> mentioned(JsonNode form) {
    Set<String> names = new TreeSet<>();
    collect(form, names);
    return Collections.unmodifiableSet(names);
  }

  private static void collect(JsonNode node, Set<String> names) {
    if (node.isTextual()) {
      Matcher m = NAME.matcher(node.asText());
      while (m.find()) {
        if (TaskHeaderListener.isHeaderName(m.group())) {
          names.add(m.group());
        }
      }
    } else if (node.isContainerNode()) {
      node.forEach(child -> collect(child, names));
    }
  }
}
