package vn.gov.soctrang.tnmt.tdkt.organization;

/** What a person does in the cycle; each role maps to Camunda groups and authorizations. */
public enum Role {
  ADMIN("Quản trị hệ thống"),
  OFFICE("Văn phòng Sở"),
  DIRECTOR("Giám đốc Sở"),
  DEPUTY_DIRECTOR("Phó Giám đốc Sở"),
  INSPECTOR("Thanh tra Sở"),
  UNIT_STAFF("Chuyên viên đơn vị"),
  UNIT_HEAD("Trưởng đơn vị"),
  PUBLISHER("Công bố điển hình tiên tiến (Trung tâm Công nghệ thông tin)");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
