package vn.gov.soctrang.tnmt.tdkt.nomination;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingKey.Proposability;

/**
 * Which awards a cycle may propose, from the settings in force: every year, only in the year that closes the
 * movement, or not at all. An award without a setting is not proposable.
 */
public record AwardYearPolicy(Map<AwardType, Proposability> proposability, int finalSummaryYear) {

  public AwardYearPolicy {
    proposability = Map.copyOf(new EnumMap<>(proposability));
  }

  public boolean allows(AwardType award, boolean finalSummaryCycle) {
    return proposability.getOrDefault(award, Proposability.NEVER).allows(finalSummaryCycle);
  }

  public List<AwardType> allowedIn(boolean finalSummaryCycle) {
    return Arrays.stream(AwardType.values()).filter(a -> allows(a, finalSummaryCycle)).toList();
  }

  /** Why the award cannot be proposed in this cycle, in Vietnamese. */
  public Optional<String> problem(AwardType award, boolean finalSummaryCycle) {
    if (allows(award, finalSummaryCycle)) {
      return Optional.empty();
    }
    Proposability rule = proposability.getOrDefault(award, Proposability.NEVER);
    return Optional.of(rule == Proposability.FINAL_SUMMARY_YEAR
        ? award.label() + " chỉ được đề nghị trong năm tổng kết phong trào (" + finalSummaryYear + ")."
        : award.label() + " hiện không được đề nghị theo quy định đang áp dụng.");
  }
}
