package vn.gov.soctrang.tnmt.tdkt.audit;

/** The kinds of record whose changes the audit trail keeps, with the name users see. */
public enum AuditedObject {
  AWARD("Khen thưởng trong sổ khen thưởng"),
  AWARD_REVOCATION("Hồ sơ hủy bỏ khen thưởng"),
  SETTING("Tham số"),
  HOLIDAY("Ngày nghỉ lễ"),
  CALENDAR_YEAR("Lịch nghỉ lễ của năm"),
  UNIT("Đơn vị"),
  PERSON("Cán bộ"),
  LOCALITY("Địa phương"),
  COUNCIL_MEMBER("Thành viên Hội đồng Thi đua – Khen thưởng"),
  ACCOUNT("Tài khoản đăng nhập"),
  ACCOUNT_GROUP("Nhóm tài khoản"),
  GROUP_MEMBERSHIP("Thành viên nhóm tài khoản"),
  AUTHORIZATION("Phân quyền"),
  MOVEMENT("Phong trào thi đua"),
  ISSUING_BODY("Tên cơ quan ban hành văn bản"),
  UNIT_NAME("Tên đơn vị theo thời gian"),
  LEGAL_BASIS("Căn cứ pháp lý của văn bản"),
  REGIME_DATE("Ngày xác định quy định áp dụng cho hồ sơ của chu trình"),
  MERIT_RECORD("Sổ theo dõi danh hiệu, khen thưởng"),
  PROCESS_INSTANCE("Quy trình đang thực hiện"),
  SECRET_BALLOT("Phiếu bầu kín của thành viên Hội đồng"),
  SIGNED_DOCUMENT("Văn bản đã ký số (bản phát hành)"),
  DOCUMENT_TEMPLATE("Mẫu văn bản (tệp Word)"),
  DOCUMENT_WORDING("Nội dung văn bản theo quy định (nơi nhận, đề nghị, số mẫu)");

  private final String label;

  AuditedObject(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
