package vn.gov.soctrang.tnmt.tdkt.report;

/** The states of a unit's yearly report. */
public enum ReportStatus {
  REGISTERING("Chờ đăng ký thi đua"),
  DRAFTING("Đang lập báo cáo"),
  SUBMITTED("Chờ trưởng đơn vị duyệt"),
  RETURNED("Bị trả lại, đang chỉnh sửa"),
  HEAD_APPROVED("Chờ Văn phòng tiếp nhận"),
  ACCEPTED("Văn phòng đã tiếp nhận"),
  NOT_REPORTED("Không nộp báo cáo");

  private final String label;

  ReportStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
