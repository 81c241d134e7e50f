package vn.gov.soctrang.tnmt.tdkt.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;

class CycleRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

  /** Movement 2021–2025, cycles may be opened up to one year ahead (so 2021..2026 while today is in 2025). */
  private static final CycleRules RULES = new CycleRules(2021, 1, 2025, TODAY);

  private static final String YEAR_2020 = "Năm thi đua phải từ 2021 đến 2026, đã nhập 2020.";
  private static final String YEAR_2027 = "Năm thi đua phải từ 2021 đến 2026, đã nhập 2027.";
  private static final String NOT_FINAL_2024 =
      "Chỉ năm 2025 là năm tổng kết phong trào giai đoạn 2021–2025; năm 2024 không thể đánh dấu là năm tổng kết.";
  private static final String NOT_FINAL_2027 =
      "Chỉ năm 2025 là năm tổng kết phong trào giai đoạn 2021–2025; năm 2027 không thể đánh dấu là năm tổng kết.";
  private static final String DEADLINE_NOT_AFTER_TODAY = "Hạn nộp báo cáo phải sau ngày hôm nay (10/03/2025).";
  private static final String DEADLINE_TOO_FAR_2025 = "Hạn nộp báo cáo quá xa so với năm thi đua 2025.";
  private static final String DEADLINE_TOO_FAR_2020 = "Hạn nộp báo cáo quá xa so với năm thi đua 2020.";
  private static final String DEADLINE_TOO_FAR_2024 = "Hạn nộp báo cáo quá xa so với năm thi đua 2024.";

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("valid year, deadline within the year", 2025, LocalDate.of(2025, 12, 15), false, List.of()),
        Arguments.of("final summary year ticked as final", 2025, LocalDate.of(2025, 12, 15), true, List.of()),
        Arguments.of("first year of the movement, no deadline given", 2021, null, false, List.of()),
        Arguments.of("last year allowed (today + maxYearsAhead)", 2026, LocalDate.of(2026, 12, 1), false, List.of()),
        Arguments.of("deadline tomorrow", 2025, TODAY.plusDays(1), false, List.of()),
        Arguments.of("deadline in the year after the cycle year", 2025, LocalDate.of(2026, 12, 31), false,
            List.of()),
        Arguments.of("year before the first year (any future deadline is then also too far)", 2020,
            LocalDate.of(2025, 12, 15), false, List.of(YEAR_2020, DEADLINE_TOO_FAR_2020)),
        Arguments.of("year beyond today + maxYearsAhead", 2027, LocalDate.of(2027, 12, 15), false,
            List.of(YEAR_2027)),
        Arguments.of("final summary ticked for a non-final year", 2024, LocalDate.of(2025, 12, 15), true,
            List.of(NOT_FINAL_2024)),
        Arguments.of("deadline today", 2025, TODAY, false, List.of(DEADLINE_NOT_AFTER_TODAY)),
        Arguments.of("deadline in the past", 2025, TODAY.minusDays(30), false, List.of(DEADLINE_NOT_AFTER_TODAY)),
        Arguments.of("deadline more than a year after the cycle year", 2025, LocalDate.of(2027, 1, 1), false,
            List.of(DEADLINE_TOO_FAR_2025)),
        Arguments.of("every rule broken at once, in order", 2027, LocalDate.of(2025, 1, 1), true,
            List.of(YEAR_2027, NOT_FINAL_2027, DEADLINE_NOT_AFTER_TODAY)),
        Arguments.of("non-final year ticked and deadline too far", 2024, LocalDate.of(2026, 6, 1), true,
            List.of(NOT_FINAL_2024, DEADLINE_TOO_FAR_2024)),
        Arguments.of("no year and no deadline: nothing to check", null, null, true, List.of()),
        Arguments.of("no year: final summary and 'too far' checks skipped", null, LocalDate.of(2030, 1, 1), true,
            List.of()),
        Arguments.of("no year: past deadline still reported", null, TODAY, false, List.of(DEADLINE_NOT_AFTER_TODAY)),
        Arguments.of("no deadline: only the year is checked", 2020, null, false, List.of(YEAR_2020)),
        Arguments.of("no deadline, non-final year ticked", 2024, null, true, List.of(NOT_FINAL_2024)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheExpectedProblems(String description, Integer year, LocalDate deadline, boolean finalSummary,
      List<String> expected) {
    Problems problems = new Problems();

    RULES.check(year, deadline, finalSummary, problems);

    assertThat(problems.messages()).as(description).containsExactlyElementsOf(expected);
    assertThat(problems.isEmpty()).isEqualTo(expected.isEmpty());
  }

  @Test
  void keepsProblemsAlreadyCollected() {
    Problems problems = new Problems().add("Trước đó");

    RULES.check(2020, null, false, problems);

    assertThat(problems.messages()).containsExactly("Trước đó", YEAR_2020);
  }

  @Test
  void theAllowedRangeMovesWithToday() {
    CycleRules nextYear = new CycleRules(2021, 1, 2025, LocalDate.of(2026, 1, 2));
    Problems problems = new Problems();

    nextYear.check(2027, LocalDate.of(2027, 12, 1), false, problems);

    assertThat(problems.messages()).isEmpty();
  }

  /** A later movement: years open from the first movement on; the final summary is the later movement's. */
  @Test
  void aLaterMovementKeepsTheEarliestFirstYearAndNamesItsOwnPeriod() {
    CycleRules later = new CycleRules(2021, 1, 2030, LocalDate.of(2026, 11, 20), 2026);
    Problems problems = new Problems();

    later.check(2027, LocalDate.of(2027, 12, 1), true, problems);
    later.check(2031, LocalDate.of(2031, 12, 1), false, problems);

    assertThat(problems.messages()).containsExactly(
        "Chỉ năm 2030 là năm tổng kết phong trào giai đoạn 2026–2030; năm 2027 không thể đánh dấu là năm tổng kết.",
        "Năm thi đua phải từ 2021 đến 2027, đã nhập 2031.");
  }
}
