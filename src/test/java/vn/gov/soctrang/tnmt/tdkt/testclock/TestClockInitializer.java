package vn.gov.soctrang.tnmt.tdkt.testclock;

import java.time.Clock;
import org.springframework.context.ApplicationContextInitializer;
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
  }
}
