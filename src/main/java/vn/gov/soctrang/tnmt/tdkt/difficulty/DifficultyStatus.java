package vn.gov.soctrang.tnmt.tdkt.difficulty;

/** Where a reported difficulty stands. */
enum DifficultyStatus {
  SUBMITTED("Chờ Văn phòng phân công"),
  ROUTED("Đang xử lý"),
  ANSWERED("Đã trả lời, chờ đơn vị xem"),
  RESOLVED("Đã giải quyết"),
  REOPENED("Đơn vị chưa đồng ý, chờ phân công lại");

  private final String label;

  DifficultyStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
