package vn.gov.soctrang.tnmt.tdkt.settings;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditAction;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditService;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditedObject;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;

/** Reads the setting in force on a date. A missing setting is a configuration error, not a silent default. */
@Service
@Transactional(readOnly = true)
public class SettingsService {

  /** The length of the {@code setting.note} column. */
  static final int NOTE_MAX_LENGTH = 400;

  private final SettingRepository settings;
  private final Clock clock;
  private final AuditService audit;

  public SettingsService(SettingRepository settings, Clock clock, AuditService audit) {
    this.settings = settings;
    this.clock = clock;
    this.audit = audit;
  }

  public String value(SettingKey key, LocalDate on) {
    return settings.findFirstByKeyAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(key.key(), on)
        .map(Setting::getValue)
        .orElseThrow(() -> new IllegalStateException("Setting " + key.key() + " has no value in force on " + on));
  }

  /** The values of several settings in force on a date, read in one statement. */
  public Map<SettingKey, String> values(Collection<SettingKey> keys, LocalDate on) {
    Map<String, Setting> latest = new HashMap<>();
    for (Setting s : settings.findByKeyInAndEffectiveFromLessThanEqual(
        keys.stream().map(SettingKey::key).toList(), on)) {
      latest.merge(s.getKey(), s, (a, b) -> a.getEffectiveFrom().isAfter(b.getEffectiveFrom()) ? a : b);
    }
    Map<SettingKey, String> values = new EnumMap<>(SettingKey.class);
    for (SettingKey key : keys) {
      Setting in = latest.get(key.key());
      if (in == null) {
        throw new IllegalStateException("Setting " + key.key() + " has no value in force on " + on);
      }
      values.put(key, in.getValue());
    }
    return values;
  }

  public int intValue(SettingKey key, LocalDate on) {
    return Integer.parseInt(value(key, on).strip());
  }

  public int intValue(SettingKey key) {
    return intValue(key, LocalDate.now(clock));
  }

  public BigDecimal decimalValue(SettingKey key, LocalDate on) {
    return new BigDecimal(value(key, on).strip());
  }

  /** A share of the Council's members ({@link SettingKey#isRatio()}), compared exactly. */
  public Ratio ratioValue(SettingKey key, LocalDate on) {
    return Ratio.parse(value(key, on));
  }

  /** The row in force on a date, with its note (the source of its value). */
  public Setting inForce(SettingKey key, LocalDate on) {
    return settings.findFirstByKeyAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(key.key(), on)
        .orElseThrow(() -> new IllegalStateException("Setting " + key.key() + " has no value in force on " + on));
  }

  /** Every setting with the value in force today. */
  public List<Setting> inForce() {
    LocalDate today = LocalDate.now(clock);
    return Arrays.stream(SettingKey.values())
        .map(k -> settings.findFirstByKeyAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(k.key(), today))
        .flatMap(Optional::stream).toList();
  }

  public List<Setting> history(SettingKey key) {
    return settings.findByKeyOrderByEffectiveFromDesc(key.key());
  }

  /**
   * Records a new value from a date on. Never in the past: a finished stage (a vote, a deadline already set) keeps
   * the value it was decided under; the new value applies to the next stage that reads it.
   */
  @Transactional
  public Setting change(String keyName, String value, LocalDate effectiveFrom, String note) {
    Problems problems = new Problems();
    SettingKey key = SettingKey.byKey(keyName).orElse(null);
    problems.addIf(keyName == null || keyName.isBlank(), "Vui lòng chọn tham số cần thay đổi (key).");
    problems.addIf(key == null && keyName != null && !keyName.isBlank(), "Không có tham số «" + keyName + "».");
    problems.addIf(note != null && note.length() > NOTE_MAX_LENGTH, "Ghi chú không được dài quá " + NOTE_MAX_LENGTH
        + " ký tự.");
    if (key != null) {
      key.problemWith(value).ifPresent(problems::add);
    }
    LocalDate today = LocalDate.now(clock);
    problems.addIf(effectiveFrom == null, "Vui lòng chọn ngày áp dụng.");
    problems.addIf(effectiveFrom != null && effectiveFrom.isBefore(today),
        "Ngày áp dụng không được trước hôm nay: thay đổi không áp dụng hồi tố.");
    problems.throwIfAny();
    Setting existing = settings.findByKeyAndEffectiveFrom(key.key(), effectiveFrom).orElse(null);
    if (existing != null) {
      throw new ConflictException("Tham số «" + key.label() + "» đã có giá trị áp dụng "
          + "từ ngày " + VietnameseDates.format(effectiveFrom) + ".");
    }
    // Before: the value that would have applied from that date without this change.
    var before = settings.findFirstByKeyAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(key.key(), effectiveFrom)
        .map(SettingSnapshots::of).orElse(null);
    Setting saved = settings.save(new Setting(key.key(), value.strip(), effectiveFrom, note));
    audit.record(AuditedObject.SETTING, key.key(), AuditAction.NEW_VALUE, before, SettingSnapshots.of(saved));
    return saved;
  }
}
