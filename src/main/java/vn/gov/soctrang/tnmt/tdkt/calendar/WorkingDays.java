package vn.gov.soctrang.tnmt.tdkt.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working-day arithmetic for the office calendar: Monday to Friday are working days unless listed as a day off;
 * a weekend day is a working day only when listed as a make-up working day (a Saturday worked for a swapped day).
 */
final class WorkingDays {

  private final Set<LocalDate> daysOff;
  private final Set<LocalDate> makeUpDays;

  /** Only days off, no make-up working days. */
  public WorkingDays(Set<LocalDate> daysOff) {
    this(daysOff, Set.of());
  }

  public WorkingDays(Set<LocalDate> daysOff, Set<LocalDate> makeUpDays) {
    Set<LocalDate> both = new HashSet<>(daysOff);
    both.retainAll(makeUpDays);
    if (!both.isEmpty()) {
      throw new IllegalArgumentException("a date cannot be both a day off and a make-up working day: "
          + new TreeSet<>(both));
    }
    this.daysOff = Set.copyOf(daysOff);
    this.makeUpDays = Set.copyOf(makeUpDays);
  }

  public boolean isWorkingDay(LocalDate date) {
    if (makeUpDays.contains(date)) {
      return true;
    }
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !daysOff.contains(date);
  }

  /** The date that is {@code days} working days after {@code start} (start itself not counted). */
  public LocalDate plus(LocalDate start, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    LocalDate date = start;
    int counted = 0;
    while (counted < days) {
      date = date.plusDays(1);
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return date;
  }

  /** How many working days lie from {@code from} to {@code to}, both included (0 when {@code to} is earlier). */
  public int count(LocalDate from, LocalDate to) {
    int counted = 0;
    for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return counted;
  }
}
