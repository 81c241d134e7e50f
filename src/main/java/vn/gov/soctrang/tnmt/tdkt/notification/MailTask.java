package vn.gov.soctrang.tnmt.tdkt.notification;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;

/**
 * What a mail says about a task: never more than its name, cycle, unit and due date (in particular nothing a form
 * holds, so a ballot's content cannot reach a mail).
 *
 * @param cycleYear the year of the cycle, from the task's variables or the business key {@code TDKT-<year>}
 * @param unitName the unit the task is about, if any
 */
record MailTask(String taskId, String taskName, String taskDefinitionKey, String processInstanceId,
    String cycleYear, String unitName, Instant dueDate) {

  private static final Pattern BUSINESS_KEY = Pattern.compile("TDKT-(\\d{4})");

  /** The year from the cycle variable if set, else from the business key. */
  static String yearOf(Object cycleYear, String businessKey) {
    if (cycleYear != null && !String.valueOf(cycleYear).isBlank()) {
      return String.valueOf(cycleYear).strip();
    }
    if (businessKey != null) {
      Matcher m = BUSINESS_KEY.matcher(businessKey);
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }

  /** A Council member's ballot: its mail only says that a ballot awaits. */
  boolean isBallot() {
    return UserTask.CAST_BALLOT.id().equals(taskDefinitionKey);
  }

  Optional<Instant> due() {
    return Optional.ofNullable(dueDate);
  }
}
