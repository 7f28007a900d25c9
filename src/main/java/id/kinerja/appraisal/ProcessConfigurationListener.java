package id.kinerja.appraisal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * Process-start listener: copies the process's extension properties (deadlines as ISO 8601
 * durations, the period scheme) into process variables, so that process owners change them in
 * Camunda Modeler and a running instance keeps the values it started with. A variable given at
 * start wins over the property of the same name.
 */
@Component
public class ProcessConfigurationListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    String key = execution.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
    Process process = execution.getBpmnModelInstance().getModelElementById(key);
    if (process == null || process.getExtensionElements() == null) {
      return;
    }
    for (CamundaProperties properties : process.getExtensionElements().getElementsQuery()
        .filterByType(CamundaProperties.class).list()) {
      for (CamundaProperty property : properties.getCamundaProperties()) {
        String name = property.getCamundaName();
        if (name != null && !name.isBlank() && !execution.hasVariable(name)) {
          execution.setVariable(name, property.getCamundaValue());
        }
      }
    }
  }
}
