package vn.gov.soctrang.tnmt.tdkt.shared;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * Dates as Vietnamese readers write them: {@code dd/MM/yyyy} in text and tables, and the date line of an
 * administrative document («ngày 03 tháng 12 năm 2026»).
 */
public final class VietnameseDates {

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private VietnameseDates() {
  }

  public static String format(LocalDate date) {
    return date == null ? "" : FORMAT.format(date);
  }

  /**
   * «ngày 05 tháng 3 năm 2026»: in a document's date line only days below 10 and the months January and February
   * take a leading zero (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.5 b).
   */
  public static String inWords(LocalDate date) {
    int month = date.getMonthValue();
    return "ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng "
        + (month <= 2 ? String.format("%02d", month) : String.valueOf(month)) + " năm " + date.getYear();
  }

  /** «08 giờ 30», as minutes state the time a meeting opened. */
  public static String clock(LocalTime time) {
    return time == null ? "" : String.format("%02d giờ %02d", time.getHour(), time.getMinute());
  }
}
