package vn.gov.soctrang.tnmt.tdkt.audit;

/** The kinds of record whose changes the audit trail keeps, with the name users see. */
public enum AuditedObject {
  AWARD("Khen thưởng trong sổ khen thưởng"),
  SETTING("Tham số"),
  HOLIDAY("Ngày nghỉ lễ"),
  UNIT("Đơn vị"),
  PERSON("Cán bộ"),
  LOCALITY("Địa phương"),
  COUNCIL_MEMBER("Thành viên Hội đồng Thi đua – Khen thưởng");

  private final String label;

  AuditedObject(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
