package vn.gov.soctrang.tnmt.tdkt.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Working-day arithmetic: Saturdays, Sundays and the given holidays are not working days. */
public final class WorkingDays {

  private final Set<LocalDate> holidays;

  public WorkingDays(Set<LocalDate> holidays) {
    this.holidays = Set.copyOf(holidays);
  }

  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
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
}
