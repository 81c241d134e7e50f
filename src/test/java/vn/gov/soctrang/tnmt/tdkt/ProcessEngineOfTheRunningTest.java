package vn.gov.soctrang.tnmt.tdkt;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Camunda's REST API and the webapps (Tasklist's login among them) find their engine by name in a static registry,
 * {@link ProcessEngines}, where every application context puts its engine ({@code default}) when it starts and
 * removes it when it closes. Spring keeps contexts of equal configuration cached in the test JVM: a test class that
 * reuses one (e.g. {@code e2e/TasklistBrowserTest} after {@code award/AwardRevocationProcessTest}) found the name
 * removed by a context closed in between, and every webapp page answered 500. Before each test this puts the engine
 * of the test's own application back under its name. Registered for every test in {@code META-INF/spring.factories}.
 */
public class ProcessEngineOfTheRunningTest implements TestExecutionListener, Ordered {

  @Override
  public int getOrder() {
    // After the dependency injection listener (2000), which loads the context.
    return 2100;
  }

  @Override
  public void prepareTestInstance(TestContext testContext) {
    register(testContext);
  }

  @Override
  public void beforeTestMethod(TestContext testContext) {
    register(testContext);
  }

  private static void register(TestContext testContext) {
    if (testContext.hasApplicationContext()) {
      testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
          .ifUnique(ProcessEngines::registerProcessEngine);
    }
  }
}
