package vn.gov.soctrang.tnmt.tdkt.document;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import vn.gov.soctrang.tnmt.tdkt.organization.CamundaGroups;

/**
 * Who may read a generated document: the Office, the leadership and administrators read everything; Council members
 * the minutes; the IT Center what it publishes; a unit the documents about itself; anyone the public list.
 *
 * @param groups the reader's Camunda groups
 */
record DocumentAccess(Collection<String> groups) {

  private static final Set<DocumentKind> PUBLISHED = EnumSet.of(DocumentKind.PUBLIC_LIST,
      DocumentKind.DIRECTOR_DECISION, DocumentKind.CERTIFICATES, DocumentKind.TITLES_DECISION,
      DocumentKind.AD_HOC_DECISION, DocumentKind.THEMATIC_DECISION, DocumentKind.THEMATIC_SUMMARY);

  /**
   * Who may upload the signed copy of a document, its issued version: those who issue the documents, the Office
   * (which prepares and numbers them) and the leadership (who sign them). Not a unit, a Council member or the
   * administrator: they read, they do not issue.
   */
  public boolean mayIssue(DocumentKind kind) {
    return groups.contains(CamundaGroups.OFFICE) || groups.contains(CamundaGroups.LEADERSHIP);
  }

  public boolean mayRead(DocumentKind kind, String unitCodeOfDocument) {
    if (kind == DocumentKind.PUBLIC_LIST) {
      return true;
    }
    if (groups.contains(CamundaGroups.OFFICE) || groups.contains(CamundaGroups.LEADERSHIP)
        || groups.contains(CamundaGroups.ADMIN)) {
      return true;
    }
    if (kind == DocumentKind.COUNCIL_MINUTES && groups.contains(CamundaGroups.COUNCIL)) {
      return true;
    }
    if (PUBLISHED.contains(kind) && groups.contains(CamundaGroups.PUBLISHERS)) {
      return true;
    }
    return unitCodeOfDocument != null && (groups.contains(CamundaGroups.staffGroup(unitCodeOfDocument))
        || groups.contains(CamundaGroups.headGroup(unitCodeOfDocument)));
  }
}
