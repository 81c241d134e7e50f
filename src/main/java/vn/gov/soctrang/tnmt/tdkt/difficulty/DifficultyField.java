package vn.gov.soctrang.tnmt.tdkt.difficulty;

/** The field a difficulty concerns. */
enum DifficultyField {
  DAT_DAI("Đất đai"),
  MOI_TRUONG("Môi trường"),
  TAI_NGUYEN_NUOC("Tài nguyên nước"),
  KHOANG_SAN("Khoáng sản"),
  BIEN_HAI_DAO("Biển và hải đảo"),
  DO_DAC_BAN_DO("Đo đạc, bản đồ"),
  THI_DUA("Thi đua, khen thưởng"),
  KHAC("Khác");

  private final String label;

  DifficultyField(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
