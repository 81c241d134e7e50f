package vn.gov.soctrang.tnmt.tdkt.nomination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingKey;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingKey.Proposability;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingsService;

/** Reads which awards may be proposed from the dated settings in force on a day. */
@Service
public class AwardPolicyService {

  private static final Map<AwardType, SettingKey> KEYS = Map.of(
      AwardType.GIAY_KHEN, SettingKey.PROPOSABLE_GIAY_KHEN,
      AwardType.BANG_KHEN_UBND, SettingKey.PROPOSABLE_BANG_KHEN_UBND,
      AwardType.BANG_KHEN_TTG, SettingKey.PROPOSABLE_BANG_KHEN_TTG,
      AwardType.HUAN_CHUONG_LD3, SettingKey.PROPOSABLE_HUAN_CHUONG_LD3);

  private final SettingsService settings;

  public AwardPolicyService(SettingsService settings) {
    this.settings = settings;
  }

  /** The policy on that date, for a cycle of a movement that closes with the given final-summary year. */
  public AwardYearPolicy on(LocalDate date, int finalSummaryYear) {
    List<SettingKey> wanted = new ArrayList<>(KEYS.values());
    Map<SettingKey, String> values = settings.values(wanted, date);
    Map<AwardType, Proposability> rules = new EnumMap<>(AwardType.class);
    KEYS.forEach((award, key) -> rules.put(award, Proposability.valueOf(values.get(key))));
    return new AwardYearPolicy(rules, finalSummaryYear);
  }
}
