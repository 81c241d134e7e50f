package vn.gov.soctrang.tnmt.tdkt.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Text as it goes into a spreadsheet cell. */
final class SpreadsheetText {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private SpreadsheetText() {
  }

  /**
   * Text a spreadsheet would take for a formula (=, +, -, @, or a tab or carriage return that some programs strip
   * first) is prefixed with an apostrophe, so that a nominee's name or an achievement typed by anyone is shown,
   * never evaluated (CSV/formula injection).
   */
  public static String guard(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
        ? "'" + text : text;
  }

  /** A cell's value as CSV text (dates as dd/MM/yyyy, the way the Department writes them). */
  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof LocalDate date) {
      return DATE.format(date);
    }
    if (value instanceof Number number) {
      return number.toString();
    }
    return guard(value.toString());
  }
}
