package vn.gov.soctrang.tnmt.tdkt.merit;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditSnapshots;

/**
 * The fields of the register of earlier years's records that the audit trail keeps, written here, next to the records, so the audit module
 * needs to know nothing about them. Plain values only; never a credential.
 */
final class MeritSnapshots {

  private MeritSnapshots() {
  }

  static Map<String, Object> of(MeritRecord r) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("id", r.getId());
    s.put("year", r.getYear());
    s.put("code", r.getCode() == null ? null : r.getCode().name());
    s.put("nomineeKey", r.getNomineeKey());
    s.put("nominee", r.getNomineeName());
    s.put("unit", r.getUnitCode());
    s.put("decisionNumber", r.getDecisionNumber());
    s.put("decisionDate", AuditSnapshots.text(r.getDecisionDate()));
    s.put("authority", r.getAuthority());
    s.put("source", r.getSource() == null ? null : r.getSource().name());
    s.put("note", r.getNote());
    s.put("recordedBy", r.getRecordedBy());
    return s;
  }
}
