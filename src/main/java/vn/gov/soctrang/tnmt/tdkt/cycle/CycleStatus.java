package vn.gov.soctrang.tnmt.tdkt.cycle;

/** Where the year's cycle stands. */
public enum CycleStatus {
  REPORTING("Đơn vị đăng ký và báo cáo"),
  CONSOLIDATING("Văn phòng tổng hợp"),
  CONSOLIDATED("Đã chốt danh sách đề nghị"),
  DISCLOSING("Đang công khai lấy ý kiến"),
  DISCLOSED("Đã hết thời gian công khai, đang quyết định khen thưởng"),
  PUBLISHED("Đã công bố điển hình tiên tiến"),
  FINISHED("Đã kết thúc");

  private final String label;

  CycleStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
