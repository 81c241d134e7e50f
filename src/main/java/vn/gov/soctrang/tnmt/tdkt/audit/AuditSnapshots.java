package vn.gov.soctrang.tnmt.tdkt.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Helpers for the snapshots the audit trail keeps. Each module writes its own records' snapshots (plain values only,
 * never a credential), so the audit module depends on none of them.
 */
public final class AuditSnapshots {

  private AuditSnapshots() {
  }

  /** A snapshot with one more field, e.g. the reason of a revocation. */
  public static Map<String, Object> with(Map<String, Object> snapshot, String field, Object value) {
    Map<String, Object> s = new LinkedHashMap<>(snapshot);
    s.put(field, value);
    return s;
  }

  /** A value as the trail keeps it: its text, or null. */
  public static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
