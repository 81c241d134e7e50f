package vn.gov.soctrang.tnmt.tdkt.nomination;

/** Where a nomination stands (the counters comparable products show: proposed, not met, met). */
public enum NominationStatus {
  PROPOSED("Đề nghị"),
  NOT_MET("Không đạt"),
  MET("Đạt"),
  NOT_CONFIRMED("Không được xác nhận qua kiểm tra"),
  COUNCIL_APPROVED("Hội đồng đề nghị khen thưởng"),
  COUNCIL_REJECTED("Hội đồng không đề nghị"),
  OBJECTED("Có ý kiến phản đối, chờ Hội đồng xem xét"),
  WITHDRAWN_BY_OBJECTION("Rút khỏi danh sách do ý kiến phản đối"),
  SUBMITTED_UPWARD("Đã trình cấp trên, chờ kết quả"),
  RETURNED_BY_PROVINCE("Cấp trên trả lại, cần bổ sung hồ sơ"),
  REFUSED_BY_PROVINCE("Cấp trên không khen thưởng"),
  AWARDED("Đã được khen thưởng"),
  AWARD_REVOKED("Khen thưởng đã bị thu hồi");

  private final String label;

  NominationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
