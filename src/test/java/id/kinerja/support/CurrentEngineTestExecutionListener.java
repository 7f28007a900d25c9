package id.kinerja.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * The REST API and the webapps find their engine by name in Camunda's static registry. Spring's
 * test context cache keeps several applications alive in one JVM, each registering its engine as
 * "default" and unregistering it when closed; before a test class's {@code @BeforeAll} methods
 * (which, with {@code @TestInstance(PER_CLASS)}, may already call the REST API) and before every
 * test method, the engine of that test's own application is made the registered one again.
 */
public class CurrentEngineTestExecutionListener implements TestExecutionListener {

  @Override
  public void beforeTestClass(TestContext testContext) {
    registerOwnEngine(testContext);
  }

  @Override
  public void prepareTestInstance(TestContext testContext) {
    registerOwnEngine(testContext);
  }

  @Override
  public void beforeTestMethod(TestContext testContext) {
    registerOwnEngine(testContext);
  }

  private static void registerOwnEngine(TestContext testContext) {
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
