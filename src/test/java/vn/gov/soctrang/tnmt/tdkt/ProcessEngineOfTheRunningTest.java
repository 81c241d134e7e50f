package vn.gov.soctrang.tnmt.tdkt;

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
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Camunda's REST API and the webapps (Tasklist's login among them) find their engine by name in a static registry,
 * {@link ProcessEngines}, where every application context puts its engine ({@code default}) when it starts and
 * removes it when it closes. Spring keeps contexts of equal configuration cached in the test JVM: a test class that
 * reuses one (e.g. {@code e2e/TasklistBrowserTest} after {@code award/AwardRevocationProcessTest}) found the name
 * removed by a context closed in between, and every webapp page answered 500. Before each test this puts the engine
 * of the test's own application back under its name. The webapps' runtime delegates are static too: each webapp's
 * container bootstrap sets its delegate when a web application starts and sets it to null when one closes, so a
 * shared application used after another one closed answered its webapp pages with 500 and refused logins (403);
 * before each test a missing delegate is made again (the same kind the bootstrap makes: it holds nothing of the
 * application, it finds the engine by name). Registered for every test in {@code META-INF/spring.factories}.
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
      if (testContext.getApplicationContext() instanceof WebServerApplicationContext) {
        restoreWebappDelegates();
      }
    }
  }

  private static void restoreWebappDelegates() {
    if (Tasklist.getRuntimeDelegate() == null) {
      Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
    }
    if (Cockpit.getRuntimeDelegate() == null) {
      Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
    }
    if (Admin.getRuntimeDelegate() == null) {
      Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
    }
    if (Welcome.getRuntimeDelegate() == null) {
      Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
    }
  }
}
