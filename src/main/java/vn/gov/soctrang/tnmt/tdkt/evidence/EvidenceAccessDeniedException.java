package vn.gov.soctrang.tnmt.tdkt.evidence;

/** The user may not add or see this evidence (HTTP 403). The message is Vietnamese. */
class EvidenceAccessDeniedException extends RuntimeException {

  public EvidenceAccessDeniedException(String message) {
    super(message);
  }
}
