package vn.gov.soctrang.tnmt.tdkt.award;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditSnapshots;

/**
 * The fields of the award register's records that the audit trail keeps, written here, next to the records, so the audit module
 * needs to know nothing about them. Plain values only; never a credential.
 */
final class AwardSnapshots {

  private AwardSnapshots() {
  }

  static Map<String, Object> of(Award a) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("id", a.getId());
    s.put("year", a.getYear());
    s.put("nominee", a.getNomineeName());
    s.put("nomineeKey", a.getNomineeKey());
    s.put("unit", a.getUnit() == null ? null : a.getUnit().getCode());
    s.put("awardType", a.getAwardType() == null ? null : a.getAwardType().name());
    s.put("authority", a.getAuthority());
    s.put("decisionNumber", a.getDecisionNumber());
    s.put("decisionDate", AuditSnapshots.text(a.getDecisionDate()));
    s.put("decidedBy", a.getDecidedBy());
    s.put("status", a.getStatus());
    s.put("revokedAt", AuditSnapshots.text(a.getRevokedAt()));
    return s;
  }
}
