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
}
