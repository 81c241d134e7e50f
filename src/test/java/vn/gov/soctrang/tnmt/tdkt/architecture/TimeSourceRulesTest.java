package vn.gov.soctrang.tnmt.tdkt.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.soctrang.tnmt.tdkt.ClockConfiguration;
import vn.gov.soctrang.tnmt.tdkt.TdktProperties;

/**
 * Time is an input: the application's code learns "now" only from the {@code Clock} bean, in the Department's
 * configured zone, never from the machine's clock or the JVM's default zone. These rules read the compiled main
 * classes, so a {@code LocalDate.now()} added anywhere fails the build.
 */
class TimeSourceRulesTest {

  private static final String ROOT = "vn.gov.soctrang.tnmt.tdkt";
  private static final Set<Class<?>> DATE_TYPES = Set.of(Instant.class, LocalDate.class, LocalDateTime.class,
      LocalTime.class, ZonedDateTime.class, OffsetDateTime.class, OffsetTime.class, Year.class, YearMonth.class,
      MonthDay.class);

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main = LocalImports.of(() -> new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(ROOT));
  }

  /** {@code X.now()} and {@code X.now(zone)} read the machine's clock; only {@code X.now(clock)} is allowed. */
  static final ArchRule NO_NOW_WITHOUT_A_CLOCK = noClasses().should().callMethodWhere(
      DescribedPredicate.describe("now() without the application's Clock", call -> call.getName().equals("now")
          && DATE_TYPES.stream().anyMatch(t -> call.getTargetOwner().isEquivalentTo(t))
          && !(call.getTarget().getRawParameterTypes().size() == 1
              && call.getTarget().getRawParameterTypes().get(0).isEquivalentTo(Clock.class))))
      .because("\"now\" comes from the Clock bean, which tests set (DESIGN: time is an input)");

  static final ArchRule NO_MACHINE_CLOCK = noClasses().should()
      .callMethod(System.class, "currentTimeMillis")
      .orShould().callMethod(Clock.class, "systemDefaultZone")
      .orShould().callMethod(Clock.class, "systemUTC")
      .orShould().callConstructor(Date.class)
      .orShould().callMethod(Calendar.class, "getInstance")
      .orShould().callMethodWhere(DescribedPredicate.describe("the engine's clock (ClockUtil)",
          call -> call.getTargetOwner().getName().equals("org.camunda.bpm.engine.impl.util.ClockUtil")))
      .because("\"now\" comes from the Clock bean (System.nanoTime stays allowed for measuring durations)");

  static final ArchRule NO_SYSTEM_ZONE = noClasses().should().callMethod(ZoneId.class, "systemDefault")
      .orShould().callMethod(TimeZone.class, "getDefault")
      .orShould().callMethod(Clock.class, "system", ZoneId.class)
      .orShould().callMethod(ZoneId.class, "of", String.class)
      .because("dates are the Department's, in tdkt.zone (the Clock's zone), whatever zone the JVM runs in");

  @Test
  void noCodeAsksForNowWithoutTheClock() {
    NO_NOW_WITHOUT_A_CLOCK.check(main);
  }

  @Test
  void noCodeReadsTheMachinesClock() {
    NO_MACHINE_CLOCK.check(main);
  }

  @Test
  void onlyTheConfigurationNamesAZoneAndMakesTheSystemClock() {
    List<String> violations = NO_SYSTEM_ZONE.evaluate(main).getFailureReport().getDetails().stream()
        .filter(line -> !line.contains("<" + ClockConfiguration.class.getName() + ".")
            && !line.contains("<" + TdktProperties.class.getName() + "."))
        .toList();
    assertThat(violations).as("zone and system-clock calls outside ClockConfiguration and TdktProperties")
        .isEmpty();
  }

  /**
   * No test builds its data from the machine's clock either: "today" in a test is {@code TestClock}'s (the suite's
   * date, or the date the test pins), so the suite passes on any day. Only the test clock itself reads the machine.
   */
  @Test
  void noTestReadsTheMachinesClock() {
    JavaClasses tests = LocalImports.of(() -> new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(ROOT))
        .that(DescribedPredicate.describe("outside the test clock and this rule's own examples",
            c -> !c.getPackageName().endsWith(".testclock") && !c.getName().contains("TimeSourceRulesTest")));
    NO_NOW_WITHOUT_A_CLOCK.check(tests);
    NO_MACHINE_CLOCK.check(tests);
  }

  /** The rules are not empty: they find what they forbid in a class written to break them. */
  @Test
  void theRulesCatchWhatTheyForbid() {
    JavaClasses offender = LocalImports.of(() -> new ClassFileImporter().importClasses(Offender.class));
    assertThat(evaluate(NO_NOW_WITHOUT_A_CLOCK, offender).getFailureReport().getDetails())
        .anyMatch(l -> l.contains("LocalDate.now()")).anyMatch(l -> l.contains("Instant.now()"))
        .anyMatch(l -> l.contains("LocalDateTime.now(java.time.ZoneId)"))
        .noneMatch(l -> l.contains("LocalDate.now(java.time.Clock)"));
    assertThat(evaluate(NO_MACHINE_CLOCK, offender).getFailureReport().getDetails())
        .anyMatch(l -> l.contains("currentTimeMillis")).anyMatch(l -> l.contains("Date.<init>()"));
    assertThat(evaluate(NO_SYSTEM_ZONE, offender).getFailureReport().getDetails())
        .anyMatch(l -> l.contains("systemDefault"));
  }

  private static EvaluationResult evaluate(ArchRule rule, JavaClasses classes) {
    return rule.evaluate(classes);
  }

  @SuppressWarnings("unused")
  static final class Offender {
    Object[] breaks(Clock clock) {
      return new Object[] {LocalDate.now(), Instant.now(), LocalDateTime.now(ZoneId.systemDefault()),
          System.currentTimeMillis(), new Date(), LocalDate.now(clock)};
    }
  }
}
