package vn.gov.soctrang.tnmt.tdkt.shared;

import java.util.List;

/** A business rule refused what a user asked for. Messages are Vietnamese: they are shown to the user. */
public abstract class DomainException extends RuntimeException {

  private final List<String> messages;

  protected DomainException(List<String> messages) {
    super(String.join(" ", messages));
    this.messages = List.copyOf(messages);
  }

  public List<String> messages() {
    return messages;
  }
}
