package vn.gov.soctrang.tnmt.tdkt.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.gov.soctrang.tnmt.tdkt.OwnApplication;
import vn.gov.soctrang.tnmt.tdkt.SharedApplication;

/**
 * A test class that starts the application with its web server either runs on the one application the suite
 * shares ({@link SharedApplication}, no configuration of its own: no properties, no dynamic properties, no nested
 * configuration class) or closes its own application after the class.
 * Every differently configured application left open would stay in Spring's test context cache with its engine,
 * its web server and its database (the suite once held 28 engines); and the shared one must not be closed by a
 * class in passing, or the next class pays for a start. {@code SharedApplicationGuard} checks at run time that each
 * class leaves the shared application as it found it.
 */
class TestContextRulesTest {

  @Test
  void everyTestClassWithAWebServerSharesTheApplicationOrClosesItsOwn() {
    List<Class<?>> web = LocalImports.of(() -> new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("vn.gov.soctrang.tnmt.tdkt"))
        .stream().filter(JavaClass::isTopLevelClass)
        .filter(c -> !c.getModifiers().contains(JavaModifier.ABSTRACT))
        .map(JavaClass::reflect)
        .filter(TestContextRulesTest::startsAWebServer)
        .toList();
    assertThat(web).as("the rule sees the suite's web test classes").hasSizeGreaterThan(20);
    List<String> wrong = new ArrayList<>();
    for (Class<?> type : web) {
      boolean shared = sharesTheApplication(type);
      boolean closes = closesAfterTheClass(type);
      if (shared == closes) {
        wrong.add(type.getName() + (shared ? ": closes the shared application (remove @DirtiesContext)"
            : ": has an application of its own and leaves it open (use @OwnApplication, or close it after the class)"));
      }
    }
    assertThat(wrong).isEmpty();
  }

  static boolean sharesTheApplication(Class<?> type) {
    if (AnnotatedElementUtils.findMergedAnnotation(type, SharedApplication.class) == null
        || AnnotatedElementUtils.findMergedAnnotation(type, OwnApplication.class) != null
        || AnnotatedElementUtils.findMergedAnnotation(type, TestPropertySource.class) != null) {
      return false;
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (c.isAnnotationPresent(SpringBootTest.class)) {
        return false;
      }
      for (Method method : c.getDeclaredMethods()) {
        if (method.isAnnotationPresent(DynamicPropertySource.class)) {
          return false;
        }
      }
      for (Class<?> nested : c.getDeclaredClasses()) {
        if (AnnotatedElementUtils.hasAnnotation(nested, Configuration.class)
            || AnnotatedElementUtils.hasAnnotation(nested, TestConfiguration.class)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean closesAfterTheClass(Class<?> type) {
    DirtiesContext dirties = AnnotatedElementUtils.findMergedAnnotation(type, DirtiesContext.class);
    return dirties != null && (dirties.classMode() == DirtiesContext.ClassMode.AFTER_CLASS
        || dirties.classMode() == DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD);
  }

  private static boolean startsAWebServer(Class<?> type) {
    SpringBootTest test = AnnotatedElementUtils.findMergedAnnotation(type, SpringBootTest.class);
    return test != null && (test.webEnvironment() == SpringBootTest.WebEnvironment.RANDOM_PORT
        || test.webEnvironment() == SpringBootTest.WebEnvironment.DEFINED_PORT);
  }
}
