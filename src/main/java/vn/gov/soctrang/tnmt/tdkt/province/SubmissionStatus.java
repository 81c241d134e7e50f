package vn.gov.soctrang.tnmt.tdkt.province;

/** Where a proposal to the province stands. */
public enum SubmissionStatus {
  PREPARING("Văn phòng chuẩn bị hồ sơ"),
  AWAITING_SIGNATURE("Chờ Giám đốc ký tờ trình"),
  SIGNED("Giám đốc đã ký, chờ gửi"),
  SENT("Đã gửi, chờ kết quả của tỉnh"),
  COMPLETED("Đã có kết quả");

  private final String label;

  SubmissionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
