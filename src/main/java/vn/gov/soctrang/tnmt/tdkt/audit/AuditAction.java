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
  LEFT("Rời Hội đồng"),
  /** An administrator moved a process's tokens (modification, restart, migration, suspension, a job run early). */
  MOVED("Điều chỉnh tiến trình quy trình"),
  /** An attempt the system refused (a door of the engine closed to the user): recorded, nothing else changed. */
  REFUSED("Bị từ chối");

  private final String label;

  AuditAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
