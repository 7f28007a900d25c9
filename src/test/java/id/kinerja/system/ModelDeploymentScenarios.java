package id.kinerja.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.KinerjaApplication;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a process owner relies on: processes/ and forms/ deploy themselves as one deployment, a
 * restart with nothing changed deploys nothing, a change deploys a new version of what changed,
 * and running instances keep the version they started on. Each scenario really restarts the
 * application on the same database.
 */
abstract class ModelDeploymentScenarios {

  @TempDir
  Path models;

  /** The datasource of the database that survives the restarts in one scenario. */
  abstract Map<String, Object> databaseProperties();

  @BeforeEach
  void copyFixtureModels() throws IOException {
    Path fixture = Path.of("src/test/resources/models-fixture");
    try (Stream<Path> files = Files.walk(fixture)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = models.resolve(fixture.relativize(file));
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
  }

  @Test
  void firstStart_deploysEveryModelAsOneDeploymentNamedAfterTheProduct() {
    withApp(engine -> {
      List<Deployment> deployments = engine.getRepositoryService().createDeploymentQuery().list();
      assertThat(deployments).hasSize(1);
      assertThat(deployments.get(0).getName()).isEqualTo("Kinerja");
      assertThat(resourceNames(engine, deployments.get(0))).containsExactlyInAnyOrder(
          "processes/proses-satu.bpmn", "processes/proses-dua.bpmn", "processes/keputusan-uji.dmn",
          "forms/form-satu.form", "forms/form-dua.form");
    });
  }

  @Test
  void restartWithNothingChanged_createsNoDeployment() {
    withApp(engine -> assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(1));
    withApp(engine -> assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(1));
  }

  @Test
  void changedDecision_deploysOnlyANewVersionOfThatDecision() throws IOException {
    withApp(engine -> {});
    replaceIn("processes/keputusan-uji.dmn", "\"TINGGI\"", "\"SANGAT_TINGGI\"");
    withApp(engine -> {
      var repository = engine.getRepositoryService();
      assertThat(repository.createDeploymentQuery().count()).isEqualTo(2);
      Deployment latest = repository.createDeploymentQuery().orderByDeploymentTime().desc().list().get(0);
      assertThat(resourceNames(engine, latest)).containsExactly("processes/keputusan-uji.dmn");
      assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("keputusan-uji")
          .latestVersion().singleResult().getVersion()).isEqualTo(2);
      assertThat(latestVersion(engine, "proses-satu")).isEqualTo(1);
      assertThat(latestVersion(engine, "proses-dua")).isEqualTo(1);
      Map<String, Object> result = engine.getDecisionService().evaluateDecisionByKey("keputusan-uji")
          .variables(Map.of("nilai", 70)).evaluate().getSingleResult().getEntryMap();
      assertThat(result).containsEntry("hasil", "SANGAT_TINGGI");
    });
  }

  @Test
  void changedForm_deploysItWithTheProcessThatUsesIt_andRunningInstancesKeepTheOldForm() throws IOException {
    String[] running = new String[1];
    withApp(engine -> {
      ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("proses-satu");
      running[0] = instance.getId();
    });
    replaceIn("forms/form-satu.form", "Catatan Satu", "Catatan Pertama");
    withApp(engine -> {
      var repository = engine.getRepositoryService();
      Deployment latest = repository.createDeploymentQuery().orderByDeploymentTime().desc().list().get(0);
      assertThat(resourceNames(engine, latest))
          .containsExactlyInAnyOrder("forms/form-satu.form", "processes/proses-satu.bpmn");
      assertThat(latestVersion(engine, "proses-satu")).isEqualTo(2);
      assertThat(latestVersion(engine, "proses-dua")).isEqualTo(1);

      assertThat(taskFormOf(engine, running[0])).contains("Catatan Satu").doesNotContain("Catatan Pertama");
      String fresh = engine.getRuntimeService().startProcessInstanceByKey("proses-satu").getId();
      assertThat(taskFormOf(engine, fresh)).contains("Catatan Pertama");
    });
  }

  @Test
  void modelThatMayNotBeDeployed_inTheFolder_stopsTheStart_sayingWhy_andNothingOfItIsDeployed() throws IOException {
    withApp(engine -> {});
    replaceIn("processes/proses-satu.bpmn", "camunda:assignee=\"demo\"",
        "camunda:assignee=\"${identityService.createMembership('demo','camunda-admin')}\"");

    assertThatThrownBy(() -> withApp(engine -> {}))
        .hasStackTraceContaining("Deployment ditolak, tidak ada yang disimpan.")
        .hasStackTraceContaining("processes/proses-satu.bpmn, elemen 'Task_Isi'")
        .hasStackTraceContaining("'identityService' bukan bean yang boleh dipakai model");

    replaceIn("processes/proses-satu.bpmn",
        "camunda:assignee=\"${identityService.createMembership('demo','camunda-admin')}\"", "camunda:assignee=\"demo\"");
    withApp(engine -> {
      assertThat(engine.getRepositoryService().createDeploymentQuery().count()).as("only the first start's").isEqualTo(1);
      assertThat(latestVersion(engine, "proses-satu")).isEqualTo(1);
    });
  }

  private void withApp(Consumer<ProcessEngine> check) {
    Map<String, Object> properties = new HashMap<>(databaseProperties());
    properties.put("server.port", "0");
    properties.put("kinerja.models.location", models.toString());
    properties.put("camunda.bpm.job-execution.enabled", "false");
    // as command-line arguments, so they win over application.yaml like a real deployment's would
    String[] args = properties.entrySet().stream()
        .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KinerjaApplication.class)
        .profiles("test")
        .run(args)) {
      check.accept(app.getBean(ProcessEngine.class));
    }
  }

  private void replaceIn(String file, String from, String to) throws IOException {
    Path path = models.resolve(file);
    String content = Files.readString(path);
    assertThat(content).contains(from);
    Files.writeString(path, content.replace(from, to));
  }

  private static List<String> resourceNames(ProcessEngine engine, Deployment deployment) {
    return engine.getRepositoryService().getDeploymentResources(deployment.getId()).stream()
        .map(Resource::getName).toList();
  }

  private static int latestVersion(ProcessEngine engine, String key) {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion().singleResult().getVersion();
  }

  private static String taskFormOf(ProcessEngine engine, String processInstanceId) {
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .singleResult().getId();
    try (InputStream form = engine.getFormService().getDeployedTaskForm(taskId)) {
      return new String(form.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
