package vn.gov.soctrang.tnmt.tdkt.merit;

/** What a row of the register is: a title (danh hiệu thi đua), a yearly assessment, or an award (hình thức). */
public enum MeritKind {
  TITLE("Danh hiệu thi đua"),
  RATING("Kết quả đánh giá, xếp loại"),
  AWARD("Hình thức khen thưởng");

  private final String label;

  MeritKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
