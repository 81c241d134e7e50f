package vn.gov.soctrang.tnmt.tdkt.calendar;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditSnapshots;

/**
 * The fields of the calendar's records that the audit trail keeps, written here, next to the records, so the audit module
 * needs to know nothing about them. Plain values only; never a credential.
 */
final class CalendarSnapshots {

  private CalendarSnapshots() {
  }

  static Map<String, Object> of(Holiday h) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("date", AuditSnapshots.text(h.getDate()));
    s.put("name", h.getName());
    s.put("kind", h.getKind() == null ? null : h.getKind().name());
    s.put("note", h.getNote());
    return s;
  }

  static Map<String, Object> of(CalendarYear y) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("year", y.getYear());
    s.put("status", y.getStatus() == null ? null : y.getStatus().name());
    s.put("note", y.getNote());
    return s;
  }
}
