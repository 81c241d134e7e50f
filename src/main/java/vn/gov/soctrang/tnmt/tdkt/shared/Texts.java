package vn.gov.soctrang.tnmt.tdkt.shared;

/** Small text helpers for user input. */
public final class Texts {

  private Texts() {
  }

  public static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  public static String trimToNull(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  /**
   * An ISO date (2025-07-01) an administrator typed into a request; a missing required one or one that is not a
   * date adds a Vietnamese problem and gives null.
   */
  public static java.time.LocalDate isoDate(String text, String label, boolean required, Problems problems) {
    if (trimToNull(text) == null) {
      problems.addIf(required, "Vui lòng nhập «" + label + "» (năm-tháng-ngày).");
      return null;
    }
    try {
      return java.time.LocalDate.parse(text.strip());
    } catch (java.time.format.DateTimeParseException e) {
      problems.add("«" + label + "» không phải là ngày hợp lệ (năm-tháng-ngày, ví dụ 2025-07-01).");
      return null;
    }
  }
}
