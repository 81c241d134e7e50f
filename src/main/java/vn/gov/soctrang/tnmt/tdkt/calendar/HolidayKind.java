package vn.gov.soctrang.tnmt.tdkt.calendar;

import java.util.Arrays;
import java.util.Optional;

/** What a dated row of the office calendar does to that day. */
enum HolidayKind {
  /** A holiday, a compensatory day off or a working day swapped away: nobody works, deadlines skip it. */
  DAY_OFF("Ngày nghỉ"),
  /** A weekend day worked in exchange for a swapped day off: it counts as a working day. */
  WORKING_DAY("Ngày làm bù");

  private final String label;

  HolidayKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The kind spelt exactly as its name (case and surrounding blanks ignored), if there is one. */
  public static Optional<HolidayKind> byName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.strip();
    return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(wanted)).findFirst();
  }
}
