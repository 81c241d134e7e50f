package vn.gov.soctrang.tnmt.tdkt.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects every validation problem of one submission so the user sees them all at once. */
public final class Problems {

  private final List<String> messages = new ArrayList<>();

  public Problems add(String message) {
    messages.add(message);
    return this;
  }

  public Problems addIf(boolean condition, String message) {
    if (condition) {
      messages.add(message);
    }
    return this;
  }

  /** Takes over another check's problems, each prefixed (e.g. with the entry's number in a list). */
  public Problems addAll(String prefix, Problems other) {
    other.messages.forEach(m -> messages.add(prefix + m));
    return this;
  }

  public List<String> messages() {
    return List.copyOf(messages);
  }

  public boolean isEmpty() {
    return messages.isEmpty();
  }

  public void throwIfAny() {
    if (!messages.isEmpty()) {
      throw new InvalidInputException(messages);
    }
  }
}
