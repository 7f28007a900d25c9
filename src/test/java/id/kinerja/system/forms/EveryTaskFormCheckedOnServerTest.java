package id.kinerja.system.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;

/**
 * Task submissions are checked on the server by the {@code submissionRulesListener} "complete"
 * listener (Camunda Forms check only in the browser): every user task with a Camunda Form in
 * {@code processes/} must have it, or a crafted REST call could store anything there.
 */
class EveryTaskFormCheckedOnServerTest {

  private static final String LISTENER = "${submissionRulesListener}";

  @Test
  void everyUserTaskWithAForm_hasTheServerSideCheckOnComplete() throws IOException {
    List<String> unchecked = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          if (task.getCamundaFormRef() == null) {
            continue;
          }
          boolean hasCheck = task.getExtensionElements() != null && task.getExtensionElements()
              .getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
              .anyMatch(l -> "complete".equals(l.getCamundaEvent()) && LISTENER.equals(l.getCamundaDelegateExpression()));
          if (hasCheck) {
            checked++;
          } else {
            unchecked.add(file.getFileName() + " " + task.getId());
          }
        }
      }
    }
    assertThat(unchecked).as("user tasks with a form but without %s on complete", LISTENER).isEmpty();
    assertThat(checked).isGreaterThan(20);
  }
}
