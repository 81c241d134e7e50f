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
    assertThat(policies.on(today, 2025).allows(AwardType.GIAY_KHEN, false)).isTrue();

    settings.change(SettingKey.PROPOSABLE_GIAY_KHEN.key(), "NEVER", today.plusDays(1), "Tạm dừng Giấy khen");

    assertThat(policies.on(today, 2025).allows(AwardType.GIAY_KHEN, false)).isTrue();
    assertThat(policies.on(today.plusDays(1), 2025).allows(AwardType.GIAY_KHEN, false)).isFalse();
    assertThat(settings.values(List.of(SettingKey.PROPOSABLE_GIAY_KHEN), today.plusDays(3)))
        .containsEntry(SettingKey.PROPOSABLE_GIAY_KHEN, "NEVER");
  }

  /** The year that closes the movement is the movement's, not a setting: the refusal names it. */
  @Test
  void theFinalSummaryYearComesFromTheMovement() {
    assertThat(policies.on(TestClock.today(), 2030).finalSummaryYear()).isEqualTo(2030);
    assertThat(policies.on(TestClock.today(), 2030).problem(AwardType.BANG_KHEN_TTG, false)).get().asString()
        .contains("(2030)");
  }

  @Test
  void aSettingWithNoValueInForceIsAConfigurationErrorNotADefault() {
    assertThatThrownBy(() -> policies.on(LocalDate.of(1990, 1, 1), 2025))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no value in force");
  }
}
