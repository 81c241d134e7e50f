package vn.gov.soctrang.tnmt.tdkt.merit;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the register records: the titles of Luật Thi đua, khen thưởng 2022 (Chương II), the yearly assessment the
 * standards count («hoàn thành xuất sắc nhiệm vụ»), and the awards a person or unit may have received, here or
 * elsewhere. «Danh hiệu» and «hình thức» stay distinct ({@link #kind()}).
 */
public enum MeritCode {
  LAO_DONG_TIEN_TIEN(MeritKind.TITLE, Nominee.INDIVIDUAL, "Lao động tiên tiến"),
  CHIEN_SI_THI_DUA_CO_SO(MeritKind.TITLE, Nominee.INDIVIDUAL, "Chiến sĩ thi đua cơ sở"),
  CHIEN_SI_THI_DUA_CAP_TINH(MeritKind.TITLE, Nominee.INDIVIDUAL, "Chiến sĩ thi đua cấp tỉnh"),
  CHIEN_SI_THI_DUA_TOAN_QUOC(MeritKind.TITLE, Nominee.INDIVIDUAL, "Chiến sĩ thi đua toàn quốc"),
  TAP_THE_LAO_DONG_TIEN_TIEN(MeritKind.TITLE, Nominee.COLLECTIVE, "Tập thể lao động tiên tiến"),
  TAP_THE_LAO_DONG_XUAT_SAC(MeritKind.TITLE, Nominee.COLLECTIVE, "Tập thể lao động xuất sắc"),
  CO_THI_DUA_UBND_TINH(MeritKind.TITLE, Nominee.COLLECTIVE, "Cờ thi đua của UBND tỉnh"),
  HOAN_THANH_XUAT_SAC_NHIEM_VU(MeritKind.RATING, Nominee.ANY, "Hoàn thành xuất sắc nhiệm vụ"),
  HOAN_THANH_TOT_NHIEM_VU(MeritKind.RATING, Nominee.ANY, "Hoàn thành tốt nhiệm vụ"),
  GIAY_KHEN(MeritKind.AWARD, Nominee.ANY, "Giấy khen"),
  BANG_KHEN_UBND(MeritKind.AWARD, Nominee.ANY, "Bằng khen của Chủ tịch UBND tỉnh"),
  BANG_KHEN_BO(MeritKind.AWARD, Nominee.ANY, "Bằng khen của Bộ trưởng, Thủ trưởng cơ quan ngang bộ"),
  BANG_KHEN_TTG(MeritKind.AWARD, Nominee.ANY, "Bằng khen của Thủ tướng Chính phủ"),
  HUAN_CHUONG_LD3(MeritKind.AWARD, Nominee.ANY, "Huân chương Lao động hạng Ba"),
  HUAN_CHUONG_LD2(MeritKind.AWARD, Nominee.ANY, "Huân chương Lao động hạng Nhì");

  /** Who may hold it. */
  public enum Nominee {
    INDIVIDUAL, COLLECTIVE, ANY
  }

  private final MeritKind kind;
  private final Nominee nominee;
  private final String label;

  MeritCode(MeritKind kind, Nominee nominee, String label) {
    this.kind = kind;
    this.nominee = nominee;
    this.label = label;
  }

  public MeritKind kind() {
    return kind;
  }

  public Nominee nominee() {
    return nominee;
  }

  public String label() {
    return label;
  }

  /** The code of a label or a name as people write it in a spreadsheet (case and spaces aside). */
  public static Optional<MeritCode> read(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(t) || c.label.equalsIgnoreCase(t))
        .findFirst();
  }
}
