package vn.gov.soctrang.tnmt.tdkt.nomination;

/** The award ladder (Law 06/2022/QH15, Decree 98/2023/NĐ-CP). */
public enum AwardType {
  GIAY_KHEN("Giấy khen của Giám đốc Sở", false, false),
  BANG_KHEN_UBND("Bằng khen của Chủ tịch UBND tỉnh", true, false),
  BANG_KHEN_TTG("Bằng khen của Thủ tướng Chính phủ", true, true),
  HUAN_CHUONG_LD3("Huân chương Lao động hạng Ba", true, true);

  private final String label;
  private final boolean decidedAbove;
  private final boolean finalSummaryOnly;

  AwardType(String label, boolean decidedAbove, boolean finalSummaryOnly) {
    this.label = label;
    this.decidedAbove = decidedAbove;
    this.finalSummaryOnly = finalSummaryOnly;
  }

  public String label() {
    return label;
  }

  /** Proposed upward to the province rather than decided by the Director. */
  public boolean decidedAbove() {
    return decidedAbove;
  }

  /** May be proposed only in the cycle that closes the five-year movement. */
  public boolean finalSummaryOnly() {
    return finalSummaryOnly;
  }

  public boolean allowedIn(boolean finalSummaryCycle) {
    return finalSummaryCycle || !finalSummaryOnly;
  }
}
