package vn.gov.soctrang.tnmt.tdkt.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an administrator may store for a setting. */
class SettingKeyTest {

  @ParameterizedTest(name = "{0} = «{1}» → {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "council.quorumPercent          | 66.67 | -",
      "council.quorumPercent          | 100   | -",
      "council.quorumPercent          | 49    | phải trong khoảng 50–100",
      "council.quorumPercent          | abc   | phải là một số",
      "council.approvalPercent.state  | 90    | -",
      "council.approvalPercent.state  | 101   | phải trong khoảng 50–100",
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
      "award.proposable.BANG_KHEN_TTG | 1     | phải là một trong: EVERY_YEAR, FINAL_SUMMARY_YEAR, NEVER"})
  void valuesAreCheckedByKind(String key, String value, String problem) {
    SettingKey settingKey = SettingKey.byKey(key).orElseThrow();
    if (problem == null) {
      assertThat(settingKey.problemWith(value)).isEmpty();
    } else {
      assertThat(settingKey.problemWith(value)).get().asString().contains(problem);
    }
  }

  @ParameterizedTest
  @CsvSource({"council.quorumPercent,true", "council.approvalPercent.inHouse,true", "council.workingDays,false",
      "cycle.maxYearsAhead,false"})
  void onlyPercentagesTakeDecimals(String key, boolean decimals) {
    assertThat(SettingKey.byKey(key).orElseThrow().allowsDecimals()).isEqualTo(decimals);
  }
}
