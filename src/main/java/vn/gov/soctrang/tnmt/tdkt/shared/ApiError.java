package vn.gov.soctrang.tnmt.tdkt.shared;

import java.util.List;

/**
 * The body of every refusal the app's API answers: {@code {"status": 400, "message": "…", "messages": ["…"]}}, the
 * message (Vietnamese) being the messages joined by a space.
 */
public record ApiError(int status, String message, List<String> messages) {

  public static ApiError of(int status, String message) {
    return new ApiError(status, message, List.of(message));
  }

  public static ApiError of(int status, List<String> messages) {
    return new ApiError(status, String.join(" ", messages), List.copyOf(messages));
  }
}
