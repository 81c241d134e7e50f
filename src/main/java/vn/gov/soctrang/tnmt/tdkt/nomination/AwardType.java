package vn.gov.soctrang.tnmt.tdkt.nomination;

/** The award ladder of the emulation law. Which year may propose which is a setting. */
public enum AwardType {
  GIAY_KHEN("Giấy khen của Giám đốc Sở", "Giám đốc Sở", false, false),
  BANG_KHEN_UBND("Bằng khen của Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh", true, false),
  BANG_KHEN_TTG("Bằng khen của Thủ tướng Chính phủ", "Thủ tướng Chính phủ", true, true),
  HUAN_CHUONG_LD3("Huân chương Lao động hạng Ba", "Chủ tịch nước", true, true);

  private final String label;
  private final String authority;
  private final boolean decidedAbove;
  private final boolean stateLevel;

  AwardType(String label, String authority, boolean decidedAbove, boolean stateLevel) {
    this.label = label;
    this.authority = authority;
    this.decidedAbove = decidedAbove;
    this.stateLevel = stateLevel;
  }

  public String label() {
    return label;
  }

  /** Who decides this award. */
  public String authority() {
    return authority;
  }

  /** Proposed upward through the province rather than decided by the Director. */
  public boolean decidedAbove() {
    return decidedAbove;
  }

  /** A State award (Prime Minister, President): the higher vote threshold and the longer disclosure apply. */
  public boolean stateLevel() {
    return stateLevel;
  }
}
