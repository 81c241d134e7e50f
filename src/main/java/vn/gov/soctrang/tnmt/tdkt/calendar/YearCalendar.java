package vn.gov.soctrang.tnmt.tdkt.calendar;

import java.util.List;

/**
 * One year of the office calendar: its days off and make-up working days, and whether the Government has announced
 * them.
 *
 * @param status {@link CalendarYearStatus#PROVISIONAL} also when nobody has recorded the year at all
 * @param note where the announcement is (or why the year is still provisional); null when the year has no row
 * @param days the dated rows, by date
 */
record YearCalendar(int year, CalendarYearStatus status, String note, List<Holiday> days) {

  public boolean provisional() {
    return status != CalendarYearStatus.ANNOUNCED;
  }
}
