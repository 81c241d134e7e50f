package vn.gov.soctrang.tnmt.tdkt.settings;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the setting in force on a date. A missing setting is a configuration error, not a silent default. */
@Service
@Transactional(readOnly = true)
public class SettingsService {

  private final SettingRepository settings;
  private final Clock clock;

  public SettingsService(SettingRepository settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  public String value(SettingKey key, LocalDate on) {
    return settings.findFirstByKeyAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(key.key(), on)
        .map(Setting::getValue)
        .orElseThrow(() -> new IllegalStateException("Setting " + key.key() + " has no value in force on " + on));
  }

  public int intValue(SettingKey key, LocalDate on) {
    return Integer.parseInt(value(key, on).strip());
  }

  public int intValue(SettingKey key) {
    return intValue(key, LocalDate.now(clock));
  }
}
