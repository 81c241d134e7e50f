package vn.gov.soctrang.tnmt.tdkt.organization;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditSnapshots;

/**
 * The fields of the organisation's records that the audit trail keeps, written here, next to the records, so the audit module
 * needs to know nothing about them. Plain values only; never a credential.
 */
final class OrganizationSnapshots {

  private OrganizationSnapshots() {
  }

  static Map<String, Object> of(Unit u) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("code", u.getCode());
    s.put("shortName", u.getShortName());
    s.put("name", u.getName());
    s.put("active", u.isActive());
    s.put("underReview", u.isUnderReview());
    return s;
  }

  static Map<String, Object> of(Person p) {
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

  static Map<String, Object> of(Locality l) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("code", l.getCode());
    s.put("name", l.getName());
    s.put("kind", l.getKind() == null ? null : l.getKind().name());
    s.put("parent", l.getParent() == null ? null : l.getParent().getCode());
    s.put("active", l.isActive());
    s.put("validFrom", AuditSnapshots.text(l.getValidFrom()));
    s.put("validTo", AuditSnapshots.text(l.getValidTo()));
    s.put("note", l.getNote());
    return s;
  }

  static Map<String, Object> of(CouncilMember m) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("id", m.getId());
    s.put("username", m.getPerson().getUsername());
    s.put("councilRole", m.getCouncilRole() == null ? null : m.getCouncilRole().name());
    s.put("validFrom", AuditSnapshots.text(m.getValidFrom()));
    s.put("validTo", AuditSnapshots.text(m.getValidTo()));
    return s;
  }
}
