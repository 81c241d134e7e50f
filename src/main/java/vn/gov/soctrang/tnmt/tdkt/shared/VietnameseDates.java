package vn.gov.soctrang.tnmt.tdkt.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese readers write them: dd/MM/yyyy. */
public final class VietnameseDates {

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private VietnameseDates() {
  }

  public static String format(LocalDate date) {
    return date == null ? "" : FORMAT.format(date);
  }
}
