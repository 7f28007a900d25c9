package id.kinerja.support;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * The REST API and the webapps find their engine by name in Camunda's static registry. Spring's
 * test context cache keeps several applications alive in one JVM, each registering its engine as
 * "default" and unregistering it when closed; before a test class's {@code @BeforeAll} methods
 * (which, with {@code @TestInstance(PER_CLASS)}, may already call the REST API) and before every
 * test method, the engine of that test's own application is made the registered one again.
 * The same goes for the webapps' runtime delegates (also static): closing any cached application
 * tears them down to null, which would leave the still-running applications' Cockpit and Tasklist
 * APIs failing with a NullPointerException; a missing one is set up again as the webapps' bootstrap
 * does. Camunda's discovery of further engines (camunda.cfg.xml on the test classpath) is marked
 * as done, as it would be in the running product.
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
      // the application's own engine is the one: no scan for the plain process tests' camunda.cfg.xml,
      // which would build a second engine inside the application on the webapps' first request
      CamundaWebapps.skipEngineDiscovery();
      ProcessEngines.registerProcessEngine(engine);
    }
    restoreWebappRuntimeDelegates();
  }

  private static synchronized void restoreWebappRuntimeDelegates() {
    if (Cockpit.getRuntimeDelegate() == null) {
      Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
    }
    if (Tasklist.getRuntimeDelegate() == null) {
      Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
    }
    if (Admin.getRuntimeDelegate() == null) {
      Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
    }
    if (Welcome.getRuntimeDelegate() == null) {
      Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
    }
  }
}
