package vn.gov.soctrang.tnmt.tdkt.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.gov.soctrang.tnmt.tdkt.award.Award;
import vn.gov.soctrang.tnmt.tdkt.calendar.CalendarYear;
import vn.gov.soctrang.tnmt.tdkt.calendar.Holiday;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRecord;
import vn.gov.soctrang.tnmt.tdkt.organization.CouncilMember;
import vn.gov.soctrang.tnmt.tdkt.organization.Locality;
import vn.gov.soctrang.tnmt.tdkt.organization.Person;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.settings.Setting;

/**
 * The fields of each audited record that the trail keeps. Plain values only (text, numbers, booleans, lists), and
 * never a password: a person's snapshot has no credential in it at all.
 */
public final class AuditSnapshots {

  private AuditSnapshots() {
  }

  public static Map<String, Object> of(Award a) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("id", a.getId());
    s.put("year", a.getYear());
    s.put("nominee", a.getNomineeName());
    s.put("nomineeKey", a.getNomineeKey());
    s.put("unit", a.getUnit() == null ? null : a.getUnit().getCode());
    s.put("awardType", a.getAwardType() == null ? null : a.getAwardType().name());
    s.put("authority", a.getAuthority());
    s.put("decisionNumber", a.getDecisionNumber());
    s.put("decisionDate", text(a.getDecisionDate()));
    s.put("decidedBy", a.getDecidedBy());
    s.put("status", a.getStatus());
    s.put("revokedAt", text(a.getRevokedAt()));
    return s;
  }

  public static Map<String, Object> of(Setting setting) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("key", setting.getKey());
    s.put("value", setting.getValue());
    s.put("effectiveFrom", text(setting.getEffectiveFrom()));
    s.put("note", setting.getNote());
    return s;
  }

  public static Map<String, Object> of(Holiday h) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("date", text(h.getDate()));
    s.put("name", h.getName());
    s.put("kind", h.getKind() == null ? null : h.getKind().name());
    s.put("note", h.getNote());
    return s;
  }

  public static Map<String, Object> of(CalendarYear y) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("year", y.getYear());
    s.put("status", y.getStatus() == null ? null : y.getStatus().name());
    s.put("note", y.getNote());
    return s;
  }

  public static Map<String, Object> of(Unit u) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("code", u.getCode());
    s.put("shortName", u.getShortName());
    s.put("name", u.getName());
    s.put("active", u.isActive());
    s.put("underReview", u.isUnderReview());
    return s;
  }

  public static Map<String, Object> of(MeritRecord r) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("id", r.getId());
    s.put("year", r.getYear());
    s.put("code", r.getCode() == null ? null : r.getCode().name());
    s.put("nomineeKey", r.getNomineeKey());
    s.put("nominee", r.getNomineeName());
    s.put("unit", r.getUnitCode());
    s.put("decisionNumber", r.getDecisionNumber());
    s.put("decisionDate", text(r.getDecisionDate()));
    s.put("authority", r.getAuthority());
    s.put("source", r.getSource() == null ? null : r.getSource().name());
    s.put("note", r.getNote());
    s.put("recordedBy", r.getRecordedBy());
    return s;
  }

  public static Map<String, Object> of(Person p) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("username", p.getUsername());
    s.put("fullName", p.getFullName());
    s.put("unit", p.getUnit() == null ? null : p.getUnit().getCode());
    s.put("position", p.getPositionTitle());
    s.put("gender", p.getGender() == null ? null : p.getGender().name());
    s.put("email", p.getEmail());
    s.put("roles", p.getRoles().stream().map(Enum::name).sorted().toList());
    s.put("active", p.isActive());
    s.put("underDiscipline", p.isUnderDiscipline());
    return s;
  }

  public static Map<String, Object> of(Locality l) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("code", l.getCode());
    s.put("name", l.getName());
    s.put("kind", l.getKind() == null ? null : l.getKind().name());
    s.put("parent", l.getParent() == null ? null : l.getParent().getCode());
    s.put("active", l.isActive());
    s.put("validFrom", text(l.getValidFrom()));
    s.put("validTo", text(l.getValidTo()));
    s.put("note", l.getNote());
    return s;
  }

  public static Map<String, Object> of(CouncilMember m) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("id", m.getId());
    s.put("username", m.getPerson().getUsername());
    s.put("councilRole", m.getCouncilRole() == null ? null : m.getCouncilRole().name());
    s.put("validFrom", text(m.getValidFrom()));
    s.put("validTo", text(m.getValidTo()));
    return s;
  }

  /** A snapshot with one more field, e.g. the reason of a revocation. */
  public static Map<String, Object> with(Map<String, Object> snapshot, String field, Object value) {
    Map<String, Object> s = new LinkedHashMap<>(snapshot);
    s.put(field, value);
    return s;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
