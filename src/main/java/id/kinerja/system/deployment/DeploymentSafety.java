package id.kinerja.system.deployment;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.configuration.CamundaProcessEngineConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * A deployment is code the engine runs with all its rights; this is what keeps that code to what
 * the product offers (see {@link ModelSafetyCheck} for what a model may hold):
 *
 * <ol>
 *   <li>every new deployment is checked before the engine's deployers see it, whoever deploys
 *   (a {@code customPreDeployers} entry: REST, Modeler, {@code ModelDeployer}, Java alike);</li>
 *   <li>expressions resolve only the allowed beans, behind a guard against the engine's services
 *   and reflection ({@link NarrowedExpressionManager}), so a model that got past the check anyway
 *   still cannot reach the engine;</li>
 *   <li>no script engine is available.</li>
 * </ol>
 */
@Component
class DeploymentSafety implements CamundaProcessEngineConfiguration {

  private final ApplicationContext context;

  DeploymentSafety(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.isDmnFeelEnableLegacyBehavior()) {
      // with it, DMN cells without expressionLanguage would be JUEL, which the check does not read
      throw new IllegalStateException("dmnFeelEnableLegacyBehavior must stay off: the deployment check allows "
          + "decisions in FEEL only");
    }
    ModelAllowlist allowlist = ModelAllowlist.fromClasspath();
    ModelSafetyCheck check = new ModelSafetyCheck(allowlist, context::containsBean);
    if (configuration.getCustomPreDeployers() == null) {
      configuration.setCustomPreDeployers(new ArrayList<>());
    }
    configuration.getCustomPreDeployers().add(new ModelSafetyDeployer(check));

    AllowedBeans beans = new AllowedBeans(allowlist.allBeans(), context);
    configuration.setBeans(beans);
    configuration.setExpressionManager(new NarrowedExpressionManager(beans));
    configuration.setScriptEngineResolver(new ScriptsOff());
  }
}
