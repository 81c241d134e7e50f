package vn.gov.soctrang.tnmt.tdkt.cycle;

/** Where the year's cycle stands. */
public enum CycleStatus {
  REPORTING("Đơn vị đăng ký và báo cáo"),
  CONSOLIDATING("Văn phòng tổng hợp"),
  CONSOLIDATED("Đã chốt danh sách đề nghị");

  private final String label;

  CycleStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
