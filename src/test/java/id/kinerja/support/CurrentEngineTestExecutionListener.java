package id.kinerja.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * The REST API and the webapps find their engine by name in Camunda's static registry. Spring's
 * test context cache keeps several applications alive in one JVM, each registering its engine as
 * "default" and unregistering it when closed; before every test, the engine of that test's own
 * application is made the registered one again.
 */
public class CurrentEngineTestExecutionListener implements TestExecutionListener {

  @Override
  public void beforeTestMethod(TestContext testContext) {
    if (!testContext.hasApplicationContext()) {
      return;
    }
    var beans = testContext.getApplicationContext().getBeanProvider(ProcessEngine.class);
    ProcessEngine engine = beans.getIfUnique();
    if (engine != null) {
      ProcessEngines.registerProcessEngine(engine);
    }
  }
}
