package vn.gov.soctrang.tnmt.tdkt.testclock;

import java.time.Clock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives every application context started with the test classes (a {@code @SpringBootTest}, the benchmark, or a
 * child application launched by a test) the {@link TestClock} as its {@code clock} bean; the application's own
 * clock steps aside when one is present. Registered in {@code META-INF/spring.factories} of the test resources.
 */
public class TestClockInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    if (!context.getBeanFactory().containsSingleton("clock")) {
      context.getBeanFactory().registerSingleton("clock", (Clock) TestClock.clock());
    }
    // The demo organisation declares movements up to the year after the context's today; a context started under a
    // test's pinned date must still hold the years the suite's date reaches (a cycle for next year included).
    context.addApplicationListener((ApplicationListener<ApplicationEvent>) event -> {
      if (!(event instanceof ApplicationReadyEvent)) {
        return;
      }
      context.getBeanProvider(javax.sql.DataSource.class).ifAvailable(ShippedDatedRows::record);
      boolean demo = context.getEnvironment().getProperty("tdkt.seed.demo-people", Boolean.class, false);
      boolean movements = context.getEnvironment().getProperty("tdkt.seed.demo-movements", Boolean.class, true);
      if (demo && movements) {
        context.getBean(vn.gov.soctrang.tnmt.tdkt.movement.DemoMovements.class).seedThrough(TestClock.startYear() + 1);
      }
      if (demo) {
        context.getBean(vn.gov.soctrang.tnmt.tdkt.merit.DemoMeritSeeder.class).seedThrough(TestClock.startYear() - 1);
      }
    });
  }
}
