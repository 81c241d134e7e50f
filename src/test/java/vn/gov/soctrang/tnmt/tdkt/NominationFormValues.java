package vn.gov.soctrang.tnmt.tdkt;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.gov.soctrang.tnmt.tdkt.report.NominationSlots;

/** The report form's nomination slots filled as Tasklist submits them (for tests and the benchmark). */
public final class NominationFormValues {

  private NominationFormValues() {
  }

  /**
   * Puts nominations into the form's slots, the collective one then individual 1, 2, … in order, and empties the
   * rest.
   */
  public static Map<String, Object> slots(List<Map<String, Object>> nominations) {
    Map<String, Object> values = new HashMap<>();
    values.put(NominationSlots.COLLECTIVE_PROPOSED.name(), false);
    for (int i = 1; i <= NominationSlots.INDIVIDUAL_SLOTS; i++) {
      values.put(NominationSlots.individual(i).person().name(), null);
    }
    int k = 0;
    for (Map<String, Object> n : nominations) {
      if ("COLLECTIVE".equals(n.get("nomineeType"))) {
        values.put(NominationSlots.COLLECTIVE_PROPOSED.name(), true);
        values.put(NominationSlots.COLLECTIVE_AWARD.name(), n.get("proposedAward"));
        values.put(NominationSlots.COLLECTIVE_ACHIEVEMENTS.name(), n.get("achievements"));
        values.put(NominationSlots.COLLECTIVE_INITIATIVES.name(), n.get("initiatives"));
      } else {
        NominationSlots.Individual slot = NominationSlots.individual(++k);
        values.put(slot.person().name(), n.get("personUsername"));
        values.put(slot.award().name(), n.get("proposedAward"));
        values.put(slot.tasksCompleted().name(), n.getOrDefault("tasksCompleted", false));
        values.put(slot.achievements().name(), n.get("achievements"));
        values.put(slot.initiatives().name(), n.get("initiatives"));
      }
    }
    return values;
  }
}
