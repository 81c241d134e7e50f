package vn.gov.soctrang.tnmt.tdkt.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an administrator may store for a setting. */
class SettingKeyTest {

  @ParameterizedTest(name = "{0} = «{1}» → {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "council.quorum                 | 2/3   | -",
      "council.quorum                 | 66.67 | phải là một phân số",
      "council.quorum                 | abc   | phải là một phân số",
      "council.quorum                 | 4/3   | phải là một phân số",
      "council.quorum                 | 0/3   | phải là một phân số",
      "council.approval.BANG_KHEN_TTG | 90%   | -",
      "council.approval.BANG_KHEN_TTG | 101%  | phải là một phân số",
      "council.approval.GIAY_KHEN     | >1/2  | -",
      "council.approval.CHIEN_SI_THI_DUA_CO_SO | 4/5 | -",
      "disclosure.workingDays.inHouse | 5     | -",
      "disclosure.workingDays.inHouse | 5.5   | phải là số nguyên",
      "disclosure.workingDays.inHouse | 0     | phải trong khoảng 1–60",
      "disclosure.workingDays.inHouse | -3    | phải trong khoảng 1–60",
      "report.reminderDaysBefore      | 0     | -",
      "report.reminderDaysBefore      | ' '   | phải là một số",
      "cycle.maxYearsAhead            | 2     | -",
      "cycle.maxYearsAhead            | 6     | phải trong khoảng 0–5",
      "award.proposable.BANG_KHEN_TTG | FINAL_SUMMARY_YEAR | -",
      "award.proposable.BANG_KHEN_TTG | NEVER | -",
      "award.proposable.BANG_KHEN_TTG | 1     | phải là một trong: EVERY_YEAR, FINAL_SUMMARY_YEAR, NEVER",
      "province.consultation.HUAN_CHUONG_LD3 | REQUIRED | -",
      "province.consultation.BANG_KHEN_TTG   | NOT_REQUIRED | -",
      "province.consultation.HUAN_CHUONG_LD3 | YES   | phải là một trong: REQUIRED, NOT_REQUIRED",
      "province.consultationWorkingDays      | 10    | -",
      "province.consultationWorkingDays      | 0     | phải trong khoảng 1–60"})
  void valuesAreCheckedByKind(String key, String value, String problem) {
    SettingKey settingKey = SettingKey.byKey(key).orElseThrow();
    if (problem == null) {
      assertThat(settingKey.problemWith(value)).isEmpty();
    } else {
      assertThat(settingKey.problemWith(value)).get().asString().contains(problem);
    }
  }

  @ParameterizedTest
  @CsvSource({"council.quorum,true", "council.approval.HUAN_CHUONG_LD3,true", "council.workingDays,false",
      "award.proposable.GIAY_KHEN,false"})
  void councilSharesAreRatios(String key, boolean ratio) {
    assertThat(SettingKey.byKey(key).orElseThrow().isRatio()).isEqualTo(ratio);
  }

  @ParameterizedTest
  @CsvSource({"GIAY_KHEN", "BANG_KHEN_UBND", "BANG_KHEN_TTG", "HUAN_CHUONG_LD3", "CHIEN_SI_THI_DUA_CO_SO",
      "CHIEN_SI_THI_DUA_CAP_TINH"})
  void everyAwardAndVotedTitleHasAnApprovalShare(String code) {
    assertThat(SettingKey.approvalFor(code)).get().extracting(SettingKey::isRatio).isEqualTo(true);
  }
}
