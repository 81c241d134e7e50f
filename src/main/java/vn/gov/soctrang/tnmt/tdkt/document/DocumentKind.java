package vn.gov.soctrang.tnmt.tdkt.document;

/** The documents the system writes, each at the step that needs it. */
enum DocumentKind {
  CONSOLIDATED_REPORT("Báo cáo tổng hợp kết quả thi đua", "bao-cao-tong-hop"),
  COUNCIL_MINUTES("Biên bản họp Hội đồng Thi đua – Khen thưởng", "bien-ban-hop-hoi-dong"),
  ACHIEVEMENT_REPORT("Báo cáo thành tích", "bao-cao-thanh-tich"),
  PROPOSAL("Tờ trình đề nghị khen thưởng", "to-trinh"),
  DIRECTOR_DECISION("Quyết định tặng Giấy khen", "quyet-dinh-giay-khen"),
  CERTIFICATES("Giấy khen (bản in)", "giay-khen"),
  FINAL_SUMMARY_REPORT("Báo cáo tổng kết phong trào", "bao-cao-tong-ket"),
  PUBLIC_LIST("Danh sách khen thưởng công bố", "danh-sach-khen-thuong"),
  /** The Director's decision on a year's titles (year-end-titles.bpmn); belongs to no cycle. */
  TITLES_DECISION("Quyết định công nhận danh hiệu thi đua", "quyet-dinh-danh-hieu-thi-dua"),
  /** The Director's decision on one ad-hoc award (ad-hoc-award.bpmn); belongs to no cycle. */
  AD_HOC_DECISION("Quyết định khen thưởng đột xuất", "quyet-dinh-khen-thuong-dot-xuat"),
  /** The Director's decision at a thematic movement's summary (thematic-movement.bpmn); belongs to no cycle. */
  THEMATIC_DECISION("Quyết định khen thưởng tổng kết phong trào thi đua theo chuyên đề",
      "quyet-dinh-khen-thuong-tong-ket-phong-trao"),
  /** The report on a thematic movement's final summary (thematic-movement.bpmn); belongs to no cycle. */
  THEMATIC_SUMMARY("Báo cáo tổng kết phong trào thi đua theo chuyên đề", "bao-cao-tong-ket-phong-trao-chuyen-de");

  private final String label;
  private final String slug;

  DocumentKind(String label, String slug) {
    this.label = label;
    this.slug = slug;
  }

  public String label() {
    return label;
  }

  public String slug() {
    return slug;
  }
}
