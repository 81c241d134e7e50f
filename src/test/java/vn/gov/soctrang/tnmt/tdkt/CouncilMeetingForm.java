package vn.gov.soctrang.tnmt.tdkt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.soctrang.tnmt.tdkt.process.JsonVariables;

/**
 * What the Office fills in «Họp Hội đồng: điểm danh»: date, time and place, who is present, who sends a written
 * ballot, the chair and the secretary (the demo Council's own when present, otherwise the first present members)
 * and the counting committee (the secretary).
 */
public final class CouncilMeetingForm {

  private CouncilMeetingForm() {
  }

  /** As Tasklist or a REST client sends it: plain lists. */
  public static Map<String, Object> rest(String date, List<String> present) {
    return rest(date, present, List.of());
  }

  public static Map<String, Object> rest(String date, List<String> present, List<String> written) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("meetingDate", date);
    form.put("meetingTime", "08:30");
    form.put("meetingPlace", "Phòng họp số 1, trụ sở Sở");
    form.put("presentMembers", present);
    form.put("writtenBallotMembers", written);
    String chair = present.contains("giamdoc") ? "giamdoc" : present.isEmpty() ? null : present.get(0);
    String secretary = present.contains("chanhvanphong") ? "chanhvanphong"
        : present.stream().filter(p -> !p.equals(chair)).findFirst().orElse(null);
    if (chair != null) {
      form.put("meetingChair", chair);
    }
    if (secretary != null) {
      form.put("meetingSecretary", secretary);
      form.put("countingCommittee", List.of(secretary));
    }
    return form;
  }

  /** As a test completes the task through the engine: the lists as JSON values. */
  public static Map<String, Object> engine(String date, List<String> present) {
    return engine(date, present, List.of());
  }

  public static Map<String, Object> engine(String date, List<String> present, List<String> written) {
    Map<String, Object> form = rest(date, present, written);
    form.replaceAll((k, v) -> v instanceof List<?> list ? JsonVariables.jsonValue(list) : v);
    return form;
  }
}
