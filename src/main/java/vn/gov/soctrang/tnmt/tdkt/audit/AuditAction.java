package vn.gov.soctrang.tnmt.tdkt.audit;

/** What a change did to the object, with the name users see. */
public enum AuditAction {
  ENTERED("Vào sổ khen thưởng"),
  REVOKED("Thu hồi khen thưởng"),
  NEW_VALUE("Giá trị mới theo ngày áp dụng"),
  CREATED("Thêm mới"),
  UPDATED("Sửa đổi"),
  DELETED("Xóa"),
  SEATED("Vào Hội đồng"),
  LEFT("Rời Hội đồng");

  private final String label;

  AuditAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
