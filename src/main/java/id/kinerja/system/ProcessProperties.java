package id.kinerja.system;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * The process owner's settings of a process (deadlines as ISO 8601 durations, the period scheme):
 * the extension properties of the process in Camunda Modeler, read in expressions as
 * {@code ${konfigurasi.nilai(execution, 'tenggatDraftSkp')}}.
 *
 * <p>A variable of the same name wins (given when the instance is started, or set on the instance
 * by an admin in Cockpit); otherwise the value is the property of the process definition the
 * instance runs on, so a new deployment changes the years started after it (and those migrated to
 * it), never a running year on the old version. Nothing is copied into the instance: at 40,000
 * instances a year, fifteen copied deadlines were more than half of the rows an opened year wrote.
 * Definitions never change once deployed, so their properties are read once per definition.
 */
@Component("konfigurasi")
public class ProcessProperties {

  private final Map<String, Map<String, String>> byDefinition = new ConcurrentHashMap<>();

  /**
   * The setting {@code nama} for this execution's instance.
   *
   * @throws ProcessEngineException when neither a variable nor a property of that name exists: the
   *     model refers to a setting its process does not declare (shown as an incident in Cockpit)
   */
  public String nilai(DelegateExecution execution, String nama) {
    Object variable = execution.getVariable(nama);
    if (variable != null) {
      return variable.toString();
    }
    String value = properties(execution).get(nama);
    if (value == null) {
      throw new ProcessEngineException("Properti proses '" + nama + "' tidak ada pada proses "
          + execution.getProcessDefinitionId() + ": tambahkan di Camunda Modeler (Extension properties proses)");
    }
    return value;
  }

  private Map<String, String> properties(DelegateExecution execution) {
    return byDefinition.computeIfAbsent(execution.getProcessDefinitionId(), id -> read(execution, id));
  }

  private static Map<String, String> read(DelegateExecution execution, String definitionId) {
    String key = execution.getProcessEngineServices().getRepositoryService().getProcessDefinition(definitionId).getKey();
    BpmnModelInstance model = execution.getBpmnModelInstance();
    Process process = model.getModelElementById(key);
    Map<String, String> properties = new HashMap<>();
    if (process != null && process.getExtensionElements() != null) {
      for (CamundaProperties group : process.getExtensionElements().getElementsQuery()
          .filterByType(CamundaProperties.class).list()) {
        for (CamundaProperty property : group.getCamundaProperties()) {
          if (property.getCamundaName() != null && !property.getCamundaName().isBlank()) {
            properties.putIfAbsent(property.getCamundaName(), property.getCamundaValue());
          }
        }
      }
    }
    return properties;
  }
}
