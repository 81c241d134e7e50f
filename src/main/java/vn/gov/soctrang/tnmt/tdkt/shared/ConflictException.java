package vn.gov.soctrang.tnmt.tdkt.shared;

import java.util.List;

/** The request is well formed but clashes with the current state, e.g. a second cycle for a year (HTTP 409). */
public class ConflictException extends DomainException {

  public ConflictException(String message) {
    super(List.of(message));
  }
}
