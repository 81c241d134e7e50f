package vn.gov.soctrang.tnmt.tdkt.testclock;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Sets the {@link TestClock} before each test (the method's {@link AtDate}, else its class's, else the suite's date)
 * and puts it back after. Registered for every test through JUnit's extension auto-detection.
 */
public class TestClockExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
    AfterAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    apply(context.getTestClass().flatMap(TestClockExtension::dateOf));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Optional<AtDate> date = context.getTestMethod().flatMap(TestClockExtension::dateOf);
    if (date.isEmpty()) {
      date = context.getTestClass().flatMap(TestClockExtension::dateOf);
    }
    apply(date);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    apply(context.getTestClass().flatMap(TestClockExtension::dateOf));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    TestClock.reset();
  }

  private static Optional<AtDate> dateOf(AnnotatedElement element) {
    return AnnotationSupport.findAnnotation(element, AtDate.class);
  }

  private static void apply(Optional<AtDate> date) {
    if (date.isEmpty()) {
      TestClock.reset();
    } else if (date.get().frozen()) {
      TestClock.freezeAt(TestClock.parse(date.get().value()));
    } else {
      TestClock.startAt(TestClock.parse(date.get().value()));
    }
  }
}
