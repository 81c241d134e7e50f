package vn.gov.soctrang.tnmt.tdkt.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingKey;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingsService;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/** The awards a year may propose follow the dated settings, all read together for the day asked about. */
class AwardPolicyServiceTest extends ProcessTestSupport {

  @Autowired AwardPolicyService policies;
  @Autowired SettingsService settings;

  @Test
  void aValueThatTakesEffectTomorrowChangesTomorrowsPolicyAndNotTodays() {
    LocalDate today = TestClock.today();
    boolean allowedToday = policies.on(today).allows(AwardType.GIAY_KHEN, false);
    int finalYearToday = policies.on(today).finalSummaryYear();
    assertThat(allowedToday).isTrue();

    settings.change(SettingKey.PROPOSABLE_GIAY_KHEN.key(), "NEVER", today.plusDays(1), "Tạm dừng Giấy khen");
    settings.change(SettingKey.FINAL_SUMMARY_YEAR.key(), String.valueOf(finalYearToday + 5), today.plusDays(2),
        "Kéo dài giai đoạn");

    assertThat(policies.on(today).allows(AwardType.GIAY_KHEN, false)).isTrue();
    assertThat(policies.on(today).finalSummaryYear()).isEqualTo(finalYearToday);
    assertThat(policies.on(today.plusDays(1)).allows(AwardType.GIAY_KHEN, false)).isFalse();
    assertThat(policies.on(today.plusDays(1)).finalSummaryYear()).isEqualTo(finalYearToday);
    assertThat(policies.on(today.plusDays(2)).finalSummaryYear()).isEqualTo(finalYearToday + 5);
    assertThat(settings.values(List.of(SettingKey.PROPOSABLE_GIAY_KHEN, SettingKey.FINAL_SUMMARY_YEAR),
        today.plusDays(3))).containsEntry(SettingKey.PROPOSABLE_GIAY_KHEN, "NEVER")
        .containsEntry(SettingKey.FINAL_SUMMARY_YEAR, String.valueOf(finalYearToday + 5));
  }

  @Test
  void aSettingWithNoValueInForceIsAConfigurationErrorNotADefault() {
    assertThatThrownBy(() -> policies.on(LocalDate.of(1990, 1, 1)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no value in force");
  }
}
