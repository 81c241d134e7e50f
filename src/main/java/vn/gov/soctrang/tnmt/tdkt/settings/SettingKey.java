package vn.gov.soctrang.tnmt.tdkt.settings;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Settings the law or the province may change. Their values (with defaults) are dated rows in the setting table;
 * each key knows what a valid value looks like, so an administrator cannot store a nonsensical one. (The movement's
 * years, once the settings cycle.firstYear and cycle.finalSummaryYear, belong to the movement record since V17; their
 * rows stay in the table as history.)
 */
public enum SettingKey {
  CYCLE_MAX_YEARS_AHEAD("cycle.maxYearsAhead", "Số năm được mở chu trình trước", 0, 5),
  REPORT_DEADLINE_DAYS("report.deadlineDays", "Hạn báo cáo sau khi phát động (ngày)", 1, 365),
  REPORT_REMINDER_DAYS_BEFORE("report.reminderDaysBefore", "Nhắc hạn báo cáo trước (ngày)", 0, 60),
  REPORT_RETURN_GRACE_DAYS("report.returnGraceDays", "Thời gian tối thiểu để sửa báo cáo bị trả lại (ngày)", 1, 60),
  CONSOLIDATION_WORKING_DAYS("consolidation.workingDays", "Thời hạn Văn phòng tổng hợp (ngày làm việc)", 1, 120),
  DIFFICULTY_ANSWER_WORKING_DAYS("difficulty.answerWorkingDays", "Thời hạn trả lời phản ánh (ngày làm việc)", 1, 120),
  COUNCIL_QUORUM("council.quorum", "Số thành viên Hội đồng có mặt tối thiểu (phần tổng số thành viên)"),
  COUNCIL_APPROVAL_GIAY_KHEN("council.approval.GIAY_KHEN",
      "Số phiếu đồng ý tối thiểu (phần tổng số thành viên Hội đồng): Giấy khen của Giám đốc Sở"),
  COUNCIL_APPROVAL_BANG_KHEN_UBND("council.approval.BANG_KHEN_UBND",
      "Số phiếu đồng ý tối thiểu (phần tổng số thành viên Hội đồng): Bằng khen của Chủ tịch UBND tỉnh"),
  COUNCIL_APPROVAL_BANG_KHEN_TTG("council.approval.BANG_KHEN_TTG",
      "Số phiếu đồng ý tối thiểu (phần tổng số thành viên Hội đồng): Bằng khen của Thủ tướng Chính phủ"),
  COUNCIL_APPROVAL_HUAN_CHUONG_LD3("council.approval.HUAN_CHUONG_LD3",
      "Số phiếu đồng ý tối thiểu (phần tổng số thành viên Hội đồng): Huân chương Lao động hạng Ba"),
  COUNCIL_APPROVAL_CHIEN_SI_THI_DUA_CO_SO("council.approval.CHIEN_SI_THI_DUA_CO_SO",
      "Số phiếu đồng ý tối thiểu (phần tổng số thành viên Hội đồng): danh hiệu Chiến sĩ thi đua cơ sở"),
  COUNCIL_APPROVAL_CHIEN_SI_THI_DUA_CAP_TINH("council.approval.CHIEN_SI_THI_DUA_CAP_TINH",
      "Số phiếu đồng ý tối thiểu (phần tổng số thành viên Hội đồng): danh hiệu Chiến sĩ thi đua cấp tỉnh"),
  COUNCIL_APPROVAL_LAO_DONG_TIEN_TIEN("council.approval.LAO_DONG_TIEN_TIEN",
      "Số phiếu đồng ý tối thiểu (phần tổng số thành viên Hội đồng): danh hiệu Lao động tiên tiến"),
  COUNCIL_APPROVAL_TAP_THE_LAO_DONG_TIEN_TIEN("council.approval.TAP_THE_LAO_DONG_TIEN_TIEN",
      "Số phiếu đồng ý tối thiểu (phần tổng số thành viên Hội đồng): danh hiệu Tập thể lao động tiên tiến"),
  COUNCIL_APPROVAL_TAP_THE_LAO_DONG_XUAT_SAC("council.approval.TAP_THE_LAO_DONG_XUAT_SAC",
      "Số phiếu đồng ý tối thiểu (phần tổng số thành viên Hội đồng): danh hiệu Tập thể lao động xuất sắc"),
  COUNCIL_BALLOT_WORKING_DAYS("council.ballotWorkingDays",
      "Hạn nhận phiếu bầu, kể cả phiếu bằng văn bản (số ngày làm việc sau ngày họp)", 0, 30),
  COUNCIL_WORKING_DAYS("council.workingDays", "Thời hạn Hội đồng xét (ngày làm việc)", 1, 120),
  DISCLOSURE_WORKING_DAYS_IN_HOUSE("disclosure.workingDays.inHouse", "Thời gian công khai, khen thưởng của Sở (ngày làm việc)",
      1, 60),
  DISCLOSURE_WORKING_DAYS_STATE("disclosure.workingDays.state", "Thời gian công khai, khen thưởng cấp Nhà nước (ngày làm việc)",
      1, 60),
  PROVINCE_REMINDER_WORKING_DAYS("province.reminderWorkingDays", "Nhắc khi tỉnh chưa trả lời sau (ngày làm việc)", 1, 180),
  PROVINCE_REMINDER_WORKING_DAYS_WITH_AGENCIES("province.reminderWorkingDays.withAgencies",
      "Nhắc khi tỉnh chưa trả lời, có lấy ý kiến cơ quan khác (ngày làm việc)", 1, 180),
  PROPOSABLE_GIAY_KHEN("award.proposable.GIAY_KHEN", "Năm được đề nghị Giấy khen của Giám đốc Sở", Proposability.class),
  PROPOSABLE_BANG_KHEN_UBND("award.proposable.BANG_KHEN_UBND", "Năm được đề nghị Bằng khen của Chủ tịch UBND tỉnh",
      Proposability.class),
  PROPOSABLE_BANG_KHEN_TTG("award.proposable.BANG_KHEN_TTG", "Năm được đề nghị Bằng khen của Thủ tướng Chính phủ",
      Proposability.class),
  PROPOSABLE_HUAN_CHUONG_LD3("award.proposable.HUAN_CHUONG_LD3", "Năm được đề nghị Huân chương Lao động hạng Ba",
      Proposability.class),
  CONSULTATION_BANG_KHEN_UBND("province.consultation.BANG_KHEN_UBND",
      "Tỉnh lấy ý kiến Nhân dân khi đề nghị Bằng khen của Chủ tịch UBND tỉnh", ConsultationRule.class),
  CONSULTATION_BANG_KHEN_TTG("province.consultation.BANG_KHEN_TTG",
      "Tỉnh lấy ý kiến Nhân dân khi đề nghị Bằng khen của Thủ tướng Chính phủ", ConsultationRule.class),
  CONSULTATION_HUAN_CHUONG_LD3("province.consultation.HUAN_CHUONG_LD3",
      "Tỉnh lấy ý kiến Nhân dân khi đề nghị Huân chương Lao động hạng Ba", ConsultationRule.class),
  CONSULTATION_WORKING_DAYS("province.consultationWorkingDays", "Thời gian tỉnh lấy ý kiến Nhân dân (ngày làm việc)",
      1, 60),
  STANDARD_GIAY_KHEN_EXCELLENT_YEARS("standard.giayKhen.excellentYearsInRow",
      "Giấy khen: số năm liên tục hoàn thành xuất sắc nhiệm vụ tối thiểu theo quy định của tỉnh, của Sở", 0, 10),
  EVIDENCE_MAX_SIZE_MB("evidence.maxSizeMb", "Dung lượng tối đa của một tệp minh chứng (MB)", 1, 50),
  MAIL_REMIND_BEFORE_WORKING_DAYS("mail.remindBeforeWorkingDays", "Gửi thư nhắc trước hạn (ngày làm việc)", 0, 30),
  THEMATIC_REPORT_WORKING_DAYS("thematic.reportWorkingDays",
      "Hạn đơn vị báo cáo kết quả phong trào thi đua theo chuyên đề sau ngày kết thúc đợt (ngày làm việc)", 1, 120);

  /** In which cycles an award may be proposed. */
  public enum Proposability {
    EVERY_YEAR("Hằng năm"),
    FINAL_SUMMARY_YEAR("Chỉ năm tổng kết phong trào"),
    NEVER("Không được đề nghị");

    private final String label;

    Proposability(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public boolean allows(boolean finalSummaryCycle) {
      return this == EVERY_YEAR || (this == FINAL_SUMMARY_YEAR && finalSummaryCycle);
    }
  }

  /** Whether the province publishes the nominees of an award for public comment before its Council considers them. */
  public enum ConsultationRule {
    REQUIRED("Tỉnh lấy ý kiến Nhân dân trước khi Hội đồng tỉnh xét"),
    NOT_REQUIRED("Không lấy ý kiến Nhân dân");

    private final String label;

    ConsultationRule(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private final String key;
  private final String label;
  private final BigDecimal min;
  private final BigDecimal max;
  private final Class<? extends Enum<?>> choices;
  private final boolean ratio;

  /** A share of the Council's members ({@link Ratio}): «2/3», «80%», «>1/2». */
  SettingKey(String key, String label) {
    this.key = key;
    this.label = label;
    this.min = null;
    this.max = null;
    this.choices = null;
    this.ratio = true;
  }

  SettingKey(String key, String label, int min, int max) {
    this.key = key;
    this.label = label;
    this.min = BigDecimal.valueOf(min);
    this.max = BigDecimal.valueOf(max);
    this.choices = null;
    this.ratio = false;
  }

  SettingKey(String key, String label, Class<? extends Enum<?>> choices) {
    this.key = key;
    this.label = label;
    this.min = null;
    this.max = null;
    this.choices = choices;
    this.ratio = false;
  }

  /** The values a choice setting may take (empty for a number). */
  public List<String> choices() {
    return choices == null ? List.of() : Arrays.stream(choices.getEnumConstants()).map(Enum::name).toList();
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  /** A share of the Council's members rather than a number or a choice. */
  public boolean isRatio() {
    return ratio;
  }

  /** The approval share for an award type or a title, by its code ({@code GIAY_KHEN}, {@code CHIEN_SI_THI_DUA_CO_SO}). */
  public static Optional<SettingKey> approvalFor(String honourCode) {
    return byKey("council.approval." + honourCode);
  }

  /** The problem with a proposed value, if any, in Vietnamese. */
  public Optional<String> problemWith(String value) {
    if (ratio) {
      return Ratio.read(value).isPresent() ? Optional.empty()
          : Optional.of("«" + label + "» phải là một phân số hoặc tỷ lệ phần trăm của tổng số thành viên, ví dụ 2/3, "
              + "80% hoặc >1/2 (quá một nửa).");
    }
    if (choices != null) {
      String v = value == null ? "" : value.strip();
      return choices().contains(v) ? Optional.empty()
          : Optional.of("«" + label + "» phải là một trong: " + String.join(", ", choices()) + ".");
    }
    BigDecimal number;
    try {
      number = new BigDecimal(value == null ? "" : value.strip());
    } catch (NumberFormatException e) {
      return Optional.of("«" + label + "» phải là một số.");
    }
    if (number.stripTrailingZeros().scale() > 0) {
      return Optional.of("«" + label + "» phải là số nguyên.");
    }
    if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
      return Optional.of("«" + label + "» phải trong khoảng " + min + "–" + max + ".");
    }
    return Optional.empty();
  }

  public static Optional<SettingKey> byKey(String key) {
    return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
  }
}
