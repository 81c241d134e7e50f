package vn.gov.soctrang.tnmt.tdkt.movement;

/**
 * How a movement is organised (Luật Thi đua, khen thưởng 2022: thi đua thường xuyên and thi đua theo chuyên đề): a
 * long-running movement whose yearly cycles belong to it, or a thematic one with its own period, criteria and summary.
 */
public enum MovementKind {
  THUONG_XUYEN("Phong trào thi đua thường xuyên, theo giai đoạn"),
  CHUYEN_DE("Phong trào thi đua theo chuyên đề, theo đợt");

  private final String label;

  MovementKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
