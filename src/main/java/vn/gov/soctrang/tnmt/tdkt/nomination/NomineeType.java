package vn.gov.soctrang.tnmt.tdkt.nomination;

/** Who is nominated: the unit as a collective, or one of its people. */
public enum NomineeType {
  COLLECTIVE("Tập thể"),
  INDIVIDUAL("Cá nhân");

  private final String label;

  NomineeType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
