package vn.gov.soctrang.tnmt.tdkt.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDaysTest {

  /** Tết Nguyên đán 2026: Monday 16/02 to Friday 20/02. */
  private static final Set<LocalDate> TET_2026 = Set.of(
      LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
      LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20));

  private final WorkingDays noHolidays = new WorkingDays(Set.of());
  private final WorkingDays withTet = new WorkingDays(TET_2026);

  @ParameterizedTest(name = "{0} is a working day: {1}")
  @CsvSource({
      "2026-01-05, true",   // Monday
      "2026-01-09, true",   // Friday
      "2026-01-10, false",  // Saturday
      "2026-01-11, false",  // Sunday
      "2026-02-16, false",  // Tết, Monday
      "2026-02-20, false",  // Tết, Friday
      "2026-02-13, true",   // Friday before Tết
      "2026-02-23, true",   // Monday after Tết
  })
  void tellsWorkingDaysFromWeekendsAndHolidays(LocalDate date, boolean working) {
    assertThat(withTet.isWorkingDay(date)).isEqualTo(working);
  }

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
      "2026-01-05, 1, 2026-01-06",  // Monday -> Tuesday
      "2026-01-05, 4, 2026-01-09",  // Monday -> Friday of the same week
      "2026-01-05, 5, 2026-01-12",  // Monday -> next Monday, weekend skipped
      "2026-01-08, 2, 2026-01-12",  // Thursday -> Monday
      "2026-01-09, 1, 2026-01-12",  // start on a Friday
      "2026-01-10, 1, 2026-01-12",  // start on a Saturday
      "2026-01-11, 1, 2026-01-12",  // start on a Sunday
      "2026-01-10, 5, 2026-01-16",  // start on a Saturday, a full week
      "2026-01-05, 10, 2026-01-19", // two weeks
  })
  void skipsWeekends(LocalDate start, int days, LocalDate expected) {
    assertThat(noHolidays.plus(start, days)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} + {1} working days over Tết 2026 = {2}")
  @CsvSource({
      "2026-02-12, 1, 2026-02-13",  // Thursday -> Friday, before Tết
      "2026-02-12, 2, 2026-02-23",  // the whole Tết week and both weekends skipped
      "2026-02-12, 10, 2026-03-05",
      "2026-02-13, 1, 2026-02-23",  // start on the Friday before Tết
      "2026-02-14, 1, 2026-02-23",  // start on the Saturday before Tết
      "2026-02-18, 1, 2026-02-23",  // start in the middle of Tết
      "2026-02-20, 5, 2026-02-27",  // start on the last day of Tết
  })
  void skipsHolidays(LocalDate start, int days, LocalDate expected) {
    assertThat(withTet.plus(start, days)).isEqualTo(expected);
  }

  @Test
  void withoutTheHolidaysTheSameTenDaysLandOneWeekEarlier() {
    // Same start as above, no holidays: the five Tết days are what shifts the deadline by a week.
    assertThat(noHolidays.plus(LocalDate.of(2026, 2, 12), 10)).isEqualTo(LocalDate.of(2026, 2, 26));
  }

  @ParameterizedTest(name = "0 working days after {0} is {0} itself")
  @ValueSource(strings = {"2026-01-05", "2026-01-10", "2026-01-11", "2026-02-16"})
  void zeroDaysReturnsTheStartEvenOnANonWorkingDay(LocalDate start) {
    assertThat(withTet.plus(start, 0)).isEqualTo(start);
  }

  @ParameterizedTest(name = "{0} days")
  @ValueSource(ints = {-1, -10, Integer.MIN_VALUE})
  void rejectsNegativeDays(int days) {
    assertThatThrownBy(() -> withTet.plus(LocalDate.of(2026, 2, 12), days))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be negative");
  }

  @Test
  void aHolidayOnAWeekendDoesNotCostAnExtraDay() {
    WorkingDays saturdayHoliday = new WorkingDays(Set.of(LocalDate.of(2026, 1, 10)));
    assertThat(saturdayHoliday.plus(LocalDate.of(2026, 1, 9), 1)).isEqualTo(LocalDate.of(2026, 1, 12));
  }

  @Test
  void keepsItsOwnCopyOfTheHolidays() {
    Set<LocalDate> holidays = new HashSet<>();
    WorkingDays days = new WorkingDays(holidays);
    holidays.add(LocalDate.of(2026, 1, 6));
    assertThat(days.isWorkingDay(LocalDate.of(2026, 1, 6))).isTrue();
    assertThat(days.plus(LocalDate.of(2026, 1, 5), 1)).isEqualTo(LocalDate.of(2026, 1, 6));
  }

  // ---------------------------------------------------------------- make-up working days

  /** Tết Dương lịch 2026: Thursday 01/01 off, Friday 02/01 swapped away, Saturday 10/01 worked instead. */
  private final WorkingDays january2026 = new WorkingDays(
      Set.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2)), Set.of(LocalDate.of(2026, 1, 10)));

  @ParameterizedTest(name = "{0} is a working day in January 2026: {1}")
  @CsvSource({
      "2026-01-01, false",  // Tết Dương lịch
      "2026-01-02, false",  // Friday swapped away
      "2026-01-03, false",  // Saturday
      "2026-01-05, true",   // Monday
      "2026-01-10, true",   // the make-up Saturday
      "2026-01-11, false",  // Sunday after it
      "2026-01-17, false",  // an ordinary Saturday
  })
  void theSwappedFridayIsOffAndTheMakeUpSaturdayIsWorked(LocalDate date, boolean working) {
    assertThat(january2026.isWorkingDay(date)).isEqualTo(working);
  }

  @ParameterizedTest(name = "{0} + {1} working days in January 2026 = {2}")
  @CsvSource({
      "2025-12-31, 1, 2026-01-05",  // 01/01 and 02/01 off, then the weekend
      "2025-12-31, 5, 2026-01-09",  // Monday 05/01 to Friday 09/01
      "2025-12-31, 6, 2026-01-10",  // the make-up Saturday counts
      "2025-12-31, 7, 2026-01-12",  // Sunday 11/01 does not
      "2026-01-09, 1, 2026-01-10",  // Friday -> the make-up Saturday
      "2026-01-10, 1, 2026-01-12",  // start on the make-up Saturday
  })
  void countsTheMakeUpSaturdayAndSkipsTheSwappedFriday(LocalDate start, int days, LocalDate expected) {
    assertThat(january2026.plus(start, days)).isEqualTo(expected);
  }

  @Test
  void countsSevenWorkingDaysFromTheFirstToTheTwelfthOfJanuary2026() {
    LocalDate from = LocalDate.of(2026, 1, 1);
    LocalDate to = LocalDate.of(2026, 1, 12);
    assertThat(from.datesUntil(to.plusDays(1)).filter(january2026::isWorkingDay).map(LocalDate::getDayOfMonth))
        .containsExactly(5, 6, 7, 8, 9, 10, 12);
    assertThat(january2026.count(from, to)).isEqualTo(7);
    // Without the make-up Saturday the same span has one working day less; with no swap at all it has one more.
    assertThat(new WorkingDays(Set.of(from, LocalDate.of(2026, 1, 2))).count(from, to)).isEqualTo(6);
    assertThat(new WorkingDays(Set.of()).count(from, to)).isEqualTo(8);
    assertThat(january2026.count(to, from)).isZero();
  }

  @Test
  void theMakeUpSaturdaysOf2024And2025AreWorkingDays() {
    // 2024: Monday 29/04 swapped away, worked on Saturday 04/05.
    WorkingDays may2024 = new WorkingDays(Set.of(LocalDate.of(2024, 4, 29), LocalDate.of(2024, 4, 30),
        LocalDate.of(2024, 5, 1)), Set.of(LocalDate.of(2024, 5, 4)));
    assertThat(may2024.plus(LocalDate.of(2024, 4, 26), 1)).isEqualTo(LocalDate.of(2024, 5, 2));
    assertThat(may2024.plus(LocalDate.of(2024, 5, 2), 2)).isEqualTo(LocalDate.of(2024, 5, 4));
    // 2025: Friday 02/05 swapped away, worked on Saturday 26/04.
    WorkingDays april2025 = new WorkingDays(Set.of(LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 1),
        LocalDate.of(2025, 5, 2)), Set.of(LocalDate.of(2025, 4, 26)));
    assertThat(april2025.plus(LocalDate.of(2025, 4, 25), 1)).isEqualTo(LocalDate.of(2025, 4, 26));
    assertThat(april2025.plus(LocalDate.of(2025, 4, 29), 1)).isEqualTo(LocalDate.of(2025, 5, 5));
    assertThat(april2025.count(LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 4))).isEqualTo(8);
  }

  @Test
  void aDateCannotBeBothADayOffAndAMakeUpWorkingDay() {
    LocalDate saturday = LocalDate.of(2026, 1, 10);
    assertThatThrownBy(() -> new WorkingDays(Set.of(saturday), Set.of(saturday)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-01-10");
  }

  @Test
  void keepsItsOwnCopyOfTheMakeUpDays() {
    Set<LocalDate> makeUp = new HashSet<>(List.of(LocalDate.of(2026, 1, 10)));
    WorkingDays days = new WorkingDays(Set.of(), makeUp);
    makeUp.clear();
    assertThat(days.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
  }
}
