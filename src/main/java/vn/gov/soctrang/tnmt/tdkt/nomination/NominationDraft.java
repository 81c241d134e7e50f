package vn.gov.soctrang.tnmt.tdkt.nomination;

/**
 * One nomination as the unit drafted it, after its fields were read.
 *
 * @param place where it is on the unit's form ("Tập thể đơn vị", "Cá nhân thứ 2"), for messages
 */
public record NominationDraft(String place, NomineeType type, String personUsername, AwardType award,
    String achievements, String initiatives, boolean tasksCompleted) {
}
