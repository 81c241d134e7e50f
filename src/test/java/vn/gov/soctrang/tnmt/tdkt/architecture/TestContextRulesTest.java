package vn.gov.soctrang.tnmt.tdkt.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A test class that starts the application with its web server closes it after the class. Camunda's webapps keep
 * state outside the application context (the engine registry, the webapps' own static set-up); a web application
 * left in Spring's test context cache and reused by a later class after another application started and closed in
 * the same JVM (the benchmark's smoke run does) answered every Tasklist page with 500. Closed after each class, a web
 * application is always the last one started when its tests run.
 */
class TestContextRulesTest {

  @Test
  void everyTestClassWithAWebServerClosesItsApplicationAfterTheClass() {
    List<String> kept = LocalImports.of(() -> new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("vn.gov.soctrang.tnmt.tdkt"))
        .stream().filter(JavaClass::isTopLevelClass)
        .filter(c -> !c.getModifiers().contains(JavaModifier.ABSTRACT))
        .map(JavaClass::reflect)
        .filter(TestContextRulesTest::startsAWebServer)
        .filter(type -> {
          DirtiesContext dirties = AnnotatedElementUtils.findMergedAnnotation(type, DirtiesContext.class);
          return dirties == null || dirties.classMode() != DirtiesContext.ClassMode.AFTER_CLASS
              && dirties.classMode() != DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD;
        })
        .map(Class::getName).sorted().toList();
    assertThat(kept).as("test classes with a web server that do not close it after the class: add "
        + "@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)").isEmpty();
  }

  private static boolean startsAWebServer(Class<?> type) {
    SpringBootTest test = AnnotatedElementUtils.findMergedAnnotation(type, SpringBootTest.class);
    return test != null && (test.webEnvironment() == SpringBootTest.WebEnvironment.RANDOM_PORT
        || test.webEnvironment() == SpringBootTest.WebEnvironment.DEFINED_PORT);
  }
}
