package vn.gov.soctrang.tnmt.tdkt.dashboard;

import vn.gov.soctrang.tnmt.tdkt.nomination.NominationStatus;

/**
 * The counters the Office and the leadership read (proposed / not met / met at this level / raised to a higher level
 * / awarded / refused). Every nomination status belongs to exactly one group: the switches below have no default, so
 * a new status does not compile until someone decides where it is counted.
 */
enum NominationGroup {
  PROPOSED("Đã đề nghị, chưa xét"),
  NOT_MET("Không đạt tiêu chí"),
  MET_HERE("Đạt ở cấp Sở"),
  RAISED("Đề nghị cấp trên"),
  AWARDED("Đã khen thưởng"),
  REFUSED("Không được khen thưởng");

  private final String label;

  NominationGroup(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static NominationGroup of(NominationStatus status) {
    return switch (status) {
      case PROPOSED -> PROPOSED;
      case NOT_MET -> NOT_MET;
      // Still in the Department's hands: met the criteria, approved by the Council, or held by an objection.
      case MET, COUNCIL_APPROVED, OBJECTED -> MET_HERE;
      case SUBMITTED_UPWARD, RETURNED_BY_PROVINCE -> RAISED;
      case AWARDED -> AWARDED;
      // Left the list for good; a revoked award no longer counts as awarded.
      case NOT_CONFIRMED, COUNCIL_REJECTED, WITHDRAWN_BY_OBJECTION, REFUSED_BY_PROVINCE, AWARD_REVOKED -> REFUSED;
    };
  }

  /**
   * Whether the nomination met the criteria of the plan (and was not disproved by inspection), whatever happened
   * to it afterwards: the "met" column of the multi-year statistics.
   */
  public static boolean metCriteria(NominationStatus status) {
    return switch (status) {
      case PROPOSED, NOT_MET, NOT_CONFIRMED -> false;
      case MET, COUNCIL_APPROVED, COUNCIL_REJECTED, OBJECTED, WITHDRAWN_BY_OBJECTION, SUBMITTED_UPWARD,
          RETURNED_BY_PROVINCE, REFUSED_BY_PROVINCE, AWARDED, AWARD_REVOKED -> true;
    };
  }
}
