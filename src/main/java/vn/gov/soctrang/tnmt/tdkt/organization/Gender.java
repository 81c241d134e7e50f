package vn.gov.soctrang.tnmt.tdkt.organization;

/** Needed by the rule that women come first where candidates are equal. */
public enum Gender {
  MALE("Nam"),
  FEMALE("Nữ");

  private final String label;

  Gender(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
