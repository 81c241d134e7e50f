package vn.gov.soctrang.tnmt.tdkt.calendar;

import java.util.Arrays;
import java.util.Optional;

/** Whether the Government has announced a year's days off and swaps, or the list is still an estimate. */
enum CalendarYearStatus {
  ANNOUNCED("Đã công bố chính thức"),
  PROVISIONAL("Dự kiến, chưa công bố chính thức");

  private final String label;

  CalendarYearStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<CalendarYearStatus> byName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.strip();
    return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(wanted)).findFirst();
  }
}
