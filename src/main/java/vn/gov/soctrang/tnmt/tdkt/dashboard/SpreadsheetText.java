package vn.gov.soctrang.tnmt.tdkt.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Text as it goes into a spreadsheet cell. */
final class SpreadsheetText {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private SpreadsheetText() {
  }

  /**
   * Whether a spreadsheet would take the text for a formula when it is typed or imported: it starts with =, +, -, @,
   * or a tab or carriage return that some programs strip first.
   */
  static boolean looksLikeFormula(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
  }

  /**
   * For CSV, which has no cell types: text that {@link #looksLikeFormula looks like a formula} is prefixed with an
   * apostrophe, so that a nominee's name or an achievement typed by anyone is shown, never evaluated (CSV/formula
   * injection). The xlsx export keeps the text as it is and marks the cell quote-prefixed instead.
   */
  static String guard(String text) {
    return looksLikeFormula(text) ? "'" + text : text;
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
