package id.kinerja.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/ and forms/ as one deployment named after the product.
 *
 * <p>Models bind their forms and decisions with binding "deployment", so that a running instance
 * keeps the forms and rules of the version it started on. A changed file is therefore deployed
 * together with every model that refers to it and everything those refer to; files that did not
 * change and are not tied to a changed one keep their version. Nothing changed: no deployment.
 * Camunda's duplicate filter runs under its deployment lock, so two nodes starting at once deploy
 * a change only once.
 */
@Component
@Order(20)
public class ModelDeployer implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);
  private static final Pattern BPMN_PROCESS_ID = Pattern.compile("<(?:\\w+:)?process\\s[^>]*?\\bid=\"([^\"]+)\"");
  private static final Pattern DMN_DECISION_ID = Pattern.compile("<(?:\\w+:)?decision\\s[^>]*?\\bid=\"([^\"]+)\"");
  private static final Pattern REFERENCE =
      Pattern.compile("(?:camunda:formRef|camunda:decisionRef|calledElement)=\"([^\"$#{}]+)\"");

  private final RepositoryService repositoryService;
  private final KinerjaProperties properties;
  private final ObjectMapper json = new ObjectMapper();

  public ModelDeployer(RepositoryService repositoryService, KinerjaProperties properties) {
    this.repositoryService = repositoryService;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    deployChanged();
  }

  public String deploymentName() {
    return properties.name();
  }

  /** Deploys what changed since the last deployment; returns it, or empty when nothing changed. */
  public Optional<Deployment> deployChanged() {
    return deploy(ModelSource.read(properties.models()));
  }

  Optional<Deployment> deploy(Map<String, byte[]> files) {
    if (files.isEmpty()) {
      log.warn("No BPMN, DMN or form files found in {}", describeSource());
      return Optional.empty();
    }
    Map<String, byte[]> deployed = latestDeployedVersions(files.keySet());
    Set<String> changed = new TreeSet<>();
    files.forEach((name, bytes) -> {
      if (!Arrays.equals(bytes, deployed.get(name))) {
        changed.add(name);
      }
    });
    if (changed.isEmpty()) {
      log.info("Models unchanged since the last deployment of {}: nothing deployed", describeSource());
      return Optional.empty();
    }
    Set<String> toDeploy = tiedTogether(files, changed);
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(deploymentName())
        .source(deploymentName())
        .enableDuplicateFiltering(false);
    toDeploy.forEach(name -> builder.addString(name, new String(files.get(name), StandardCharsets.UTF_8)));
    Deployment deployment = builder.deploy();
    log.info("Deployed {} (changed: {}) as deployment {}", toDeploy, changed, deployment.getId());
    return Optional.of(deployment);
  }

  private String describeSource() {
    return properties.models().external() ? properties.models().location() : "the application";
  }

  /** The bytes of the newest deployed resource of each name, across this product's deployments. */
  private Map<String, byte[]> latestDeployedVersions(Set<String> names) {
    Map<String, byte[]> latest = new HashMap<>();
    var deployments = repositoryService.createDeploymentQuery()
        .deploymentName(deploymentName())
        .orderByDeploymentTime().desc()
        .list();
    for (Deployment deployment : deployments) {
      for (Resource resource : repositoryService.getDeploymentResources(deployment.getId())) {
        String name = resource.getName();
        if (names.contains(name) && !latest.containsKey(name)) {
          latest.put(name, readResource(deployment.getId(), resource.getId()));
        }
      }
      if (latest.keySet().containsAll(names)) {
        break;
      }
    }
    return latest;
  }

  private byte[] readResource(String deploymentId, String resourceId) {
    try (InputStream in = repositoryService.getResourceAsStreamById(deploymentId, resourceId)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The changed files plus every model that refers to one of them (directly or through another)
   * and everything those refer to, so that a deployment-bound reference always resolves.
   */
  Set<String> tiedTogether(Map<String, byte[]> files, Set<String> changed) {
    Map<String, String> fileById = new HashMap<>();
    Map<String, Set<String>> refersTo = new HashMap<>();
    files.forEach((name, bytes) -> definedIds(name, bytes).forEach(id -> fileById.put(id, name)));
    files.forEach((name, bytes) -> {
      Set<String> targets = new HashSet<>();
      if (name.endsWith(".bpmn")) {
        Matcher m = REFERENCE.matcher(new String(bytes, StandardCharsets.UTF_8));
        while (m.find()) {
          String target = fileById.get(m.group(1));
          if (target != null && !target.equals(name)) {
            targets.add(target);
          }
        }
      }
      refersTo.put(name, targets);
    });
    Set<String> result = new TreeSet<>(changed);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (var entry : refersTo.entrySet()) {
        String name = entry.getKey();
        Set<String> targets = entry.getValue();
        boolean touchesResult = result.contains(name) || targets.stream().anyMatch(result::contains);
        if (touchesResult) {
          grew |= result.add(name);
          grew |= result.addAll(targets);
        }
      }
    }
    return result;
  }

  private Set<String> definedIds(String name, byte[] bytes) {
    Set<String> ids = new HashSet<>();
    if (name.endsWith(".form")) {
      try {
        JsonNode id = json.readTree(bytes).get("id");
        if (id != null && id.isTextual()) {
          ids.add(id.asText());
        }
      } catch (IOException e) {
        throw new IllegalStateException("Form " + name + " is not valid JSON: " + e.getMessage(), e);
      }
      return ids;
    }
    Pattern pattern = name.endsWith(".dmn") ? DMN_DECISION_ID : BPMN_PROCESS_ID;
    Matcher m = pattern.matcher(new String(bytes, StandardCharsets.UTF_8));
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

}
