package vn.gov.soctrang.tnmt.tdkt.province;

/** The parts of an upward dossier (DOMAIN.md §7); the Office ticks each one before the Director signs. */
enum DossierDocument {
  PROPOSAL("Tờ trình của Giám đốc Sở (một hình thức khen thưởng)"),
  LIST("Danh sách đề nghị: STT, họ tên, chức vụ, đơn vị, tóm tắt thành tích, hình thức đề nghị"),
  MINUTES("Biên bản họp Hội đồng Thi đua – Khen thưởng Sở"),
  ACHIEVEMENT_REPORTS("Báo cáo thành tích của từng tập thể, cá nhân (theo mẫu của Nghị định có hiệu lực tại ngày lập) có xác nhận của Giám đốc");

  private final String label;

  DossierDocument(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
