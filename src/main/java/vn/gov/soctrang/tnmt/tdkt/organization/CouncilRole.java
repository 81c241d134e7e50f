package vn.gov.soctrang.tnmt.tdkt.organization;

/** Seat on the Department's Emulation and Commendation Council. */
public enum CouncilRole {
  CHAIR("Chủ tịch Hội đồng"),
  SECRETARY("Thư ký Hội đồng"),
  MEMBER("Ủy viên");

  private final String label;

  CouncilRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
