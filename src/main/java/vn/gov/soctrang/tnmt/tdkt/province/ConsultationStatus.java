package vn.gov.soctrang.tnmt.tdkt.province;

/**
 * The province's public consultation (lấy ý kiến Nhân dân) on the nominees of a proposal, for the awards whose
 * setting requires it: the province's step, which delays its answer.
 */
public enum ConsultationStatus {
  AWAITING_POSTING("Chờ tỉnh đăng danh sách lấy ý kiến Nhân dân"),
  OPEN("Tỉnh lấy ý kiến Nhân dân"),
  NOT_HELD("Tỉnh trả lời trước khi lấy ý kiến Nhân dân");

  private final String label;

  ConsultationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
