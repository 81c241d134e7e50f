package vn.gov.soctrang.tnmt.tdkt.inspection;

import java.util.ArrayList;
import java.util.List;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessVariable;
import vn.gov.soctrang.tnmt.tdkt.report.NominationSlots;

/** The inspection form's fixed slots, one per nomination of the unit (a collective and up to the individual slots). */
public final class FindingSlots {

  public static final int SLOTS = NominationSlots.INDIVIDUAL_SLOTS + 1;

  private FindingSlots() {
  }

  /**
   * One slot: {@code label} (what the inspector reads) and {@code nominationId} (which nomination the slot is about)
   * are set by the system, so that nobody records a finding against another nomination; {@code result} and
   * {@code note} are the inspector's form fields.
   */
  public record Slot(int number, ProcessVariable<String> label, ProcessVariable<Long> nominationId,
      ProcessVariable<Object> result, ProcessVariable<Object> note) {

    public List<ProcessVariable<?>> variables() {
      return List.of(label, nominationId, result, note);
    }
  }

  public static Slot slot(int k) {
    if (k < 1 || k > SLOTS) {
      throw new IllegalArgumentException("No finding slot " + k);
    }
    String p = "finding" + k;
    return new Slot(k, ProcessVariable.system(p + "Label", String.class),
        ProcessVariable.system(p + "NominationId", Long.class), ProcessVariable.input(p + "Result"),
        ProcessVariable.input(p + "Note"));
  }

  /** The variables of every slot, 1 to {@link #SLOTS}. */
  public static List<ProcessVariable<?>> variables() {
    List<ProcessVariable<?>> all = new ArrayList<>();
    for (int k = 1; k <= SLOTS; k++) {
      all.addAll(slot(k).variables());
    }
    return List.copyOf(all);
  }
}
