package vn.gov.soctrang.tnmt.tdkt.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditSnapshots;

/**
 * The fields of the settings's records that the audit trail keeps, written here, next to the records, so the audit module
 * needs to know nothing about them. Plain values only; never a credential.
 */
final class SettingSnapshots {

  private SettingSnapshots() {
  }

  static Map<String, Object> of(Setting setting) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("key", setting.getKey());
    s.put("value", setting.getValue());
    s.put("effectiveFrom", AuditSnapshots.text(setting.getEffectiveFrom()));
    s.put("note", setting.getNote());
    return s;
  }
}
