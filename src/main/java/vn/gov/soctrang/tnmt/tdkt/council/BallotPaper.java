package vn.gov.soctrang.tnmt.tdkt.council;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A ballot as sealed in the box: every item of the meeting's agenda (a nomination, a title proposal), in the agenda's
 * order, each with the member's choice ({@code 12=1;13=0}). Every ballot of a meeting lists the same items, so all
 * have the same length.
 */
final class BallotPaper {

  private BallotPaper() {
  }

  static byte[] write(List<Long> list, Set<Long> approved) {
    return list.stream().map(id -> id + "=" + (approved.contains(id) ? 1 : 0)).collect(Collectors.joining(";"))
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** The choices on a ballot, by nomination; empty if the paper is not a ballot. */
  static Map<Long, Boolean> read(byte[] paper) {
    Map<Long, Boolean> choices = new LinkedHashMap<>();
    String text = new String(paper, StandardCharsets.US_ASCII);
    if (text.isEmpty()) {
      return choices;
    }
    for (String entry : text.split(";")) {
      String[] parts = entry.split("=");
      if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("[01]")
          || choices.put(Long.valueOf(parts[0]), parts[1].equals("1")) != null) {
        return Map.of();
      }
    }
    return choices;
  }
}
