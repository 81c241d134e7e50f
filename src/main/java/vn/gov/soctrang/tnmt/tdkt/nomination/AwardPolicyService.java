package vn.gov.soctrang.tnmt.tdkt.nomination;

import java.time.LocalDate;
import java.util.EnumMap;
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

  public AwardYearPolicy on(LocalDate date) {
    Map<AwardType, Proposability> rules = new EnumMap<>(AwardType.class);
    KEYS.forEach((award, key) -> rules.put(award, Proposability.valueOf(settings.value(key, date))));
    return new AwardYearPolicy(rules, settings.intValue(SettingKey.FINAL_SUMMARY_YEAR, date));
  }
}
