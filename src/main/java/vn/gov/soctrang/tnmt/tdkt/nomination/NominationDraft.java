package vn.gov.soctrang.tnmt.tdkt.nomination;

/**
 * One nomination as the unit drafted it, after its fields were read.
 *
 * @param position 1-based place in the unit's list, for messages
 */
public record NominationDraft(int position, NomineeType type, String personUsername, AwardType award,
    String achievements, String initiatives, boolean tasksCompleted) {
}
