package vn.gov.soctrang.tnmt.tdkt.shared;

import java.util.List;

/** What the user submitted is missing, malformed or out of range (HTTP 400). */
public class InvalidInputException extends DomainException {

  public InvalidInputException(String message) {
    this(List.of(message));
  }

  public InvalidInputException(List<String> messages) {
    super(messages);
  }
}
