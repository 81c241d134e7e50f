package vn.gov.soctrang.tnmt.tdkt.merit;

/** Where a row of the register came from. */
public enum MeritSource {
  IMPORT("Nhập từ tệp dữ liệu các năm trước"),
  MANUAL("Văn phòng nhập theo quyết định"),
  DEPARTMENT("Quyết định của Sở trong hệ thống"),
  YEAR_END_TITLES("Bình xét danh hiệu thi đua cuối năm trong hệ thống"),
  AD_HOC("Khen thưởng đột xuất trong hệ thống"),
  THEMATIC("Tổng kết phong trào thi đua theo chuyên đề trong hệ thống");

  private final String label;

  MeritSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
