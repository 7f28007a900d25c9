package id.kinerja.system.deployment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Runs {@link ModelSafetyCheck} on every resource of a new deployment before the engine's own
 * deployers parse it, inside the deploying command: a refusal rolls the command back, so nothing
 * of the deployment is stored, whoever deploys it and however (REST, Modeler, the models folder,
 * Java).
 *
 * <p>A deployment the engine reads again from the database (after a restart, on another node) is
 * not new and is not checked again: running instances of versions deployed before this check
 * existed must go on.
 */
final class ModelSafetyDeployer implements Deployer {

  private final ModelSafetyCheck check;

  ModelSafetyDeployer(ModelSafetyCheck check) {
    this.check = check;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    Map<String, List<Refusal>> refused = new LinkedHashMap<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (resource.isGenerated()) {
        continue;
      }
      List<Refusal> refusals = check.check(resource.getName(), resource.getBytes());
      if (!refusals.isEmpty()) {
        refused.put(resource.getName(), refusals);
      }
    }
    if (!refused.isEmpty()) {
      throw new RefusedDeploymentException(refused);
    }
  }
}
