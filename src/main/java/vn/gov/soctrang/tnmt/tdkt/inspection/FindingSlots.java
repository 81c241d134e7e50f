package vn.gov.soctrang.tnmt.tdkt.inspection;

import vn.gov.soctrang.tnmt.tdkt.process.ProcessVariable;
import vn.gov.soctrang.tnmt.tdkt.report.NominationSlots;

/** The inspection form's fixed slots, one per nomination of the unit (a collective and up to the individual slots). */
final class FindingSlots {

  public static final int SLOTS = NominationSlots.INDIVIDUAL_SLOTS + 1;

  private FindingSlots() {
  }

  /** @param label what the inspector reads; @param nominationId which nomination the slot is about */
  public record Slot(int number, ProcessVariable<String> label, ProcessVariable<Long> nominationId,
      ProcessVariable<Object> result, ProcessVariable<Object> note) {
  }

  public static Slot slot(int k) {
    if (k < 1 || k > SLOTS) {
      throw new IllegalArgumentException("No finding slot " + k);
    }
    String p = "finding" + k;
    return new Slot(k, ProcessVariable.of(p + "Label", String.class), ProcessVariable.of(p + "NominationId", Long.class),
        ProcessVariable.of(p + "Result", Object.class), ProcessVariable.of(p + "Note", Object.class));
  }
}
