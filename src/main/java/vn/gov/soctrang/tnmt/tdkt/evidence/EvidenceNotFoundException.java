package vn.gov.soctrang.tnmt.tdkt.evidence;

/** No such task or evidence file (HTTP 404). The message is Vietnamese. */
class EvidenceNotFoundException extends RuntimeException {

  public EvidenceNotFoundException(String message) {
    super(message);
  }
}
