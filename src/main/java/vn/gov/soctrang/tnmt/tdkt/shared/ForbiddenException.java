package vn.gov.soctrang.tnmt.tdkt.shared;

import java.util.List;

/** The user may not do this, whatever they send: it is not theirs to do (HTTP 403). */
public class ForbiddenException extends DomainException {

  public ForbiddenException(String message) {
    super(List.of(message));
  }
}
