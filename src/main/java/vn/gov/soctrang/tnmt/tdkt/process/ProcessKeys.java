package vn.gov.soctrang.tnmt.tdkt.process;

/** Keys of the deployed process and decision definitions. */
public final class ProcessKeys {

  public static final String ANNUAL_CYCLE = "annual-cycle";
  public static final String UNIT_REPORT = "unit-report";
  public static final String DIFFICULTY_REPORT = "difficulty-report";
  public static final String PROVINCE_SUBMISSION = "province-submission";
  public static final String AWARD_REVOCATION = "award-revocation";
  /** The year-end titles (bình xét danh hiệu thi đua) of a year. */
  public static final String YEAR_END_TITLES = "year-end-titles";
  public static final String AD_HOC_AWARD = "ad-hoc-award";
  /** A thematic movement (thi đua theo chuyên đề) from the units' registration to its final summary. */
  public static final String THEMATIC_MOVEMENT = "thematic-movement";

  /** The Council's meeting and secret ballot on an agenda a calling process supplies (ADR 0019). */
  public static final String COUNCIL_VOTE = "council-vote";
  /** The province's answer to a proposal, correlated by the cycle's business key and the award type. */
  public static final String PROVINCE_ANSWER_MESSAGE = "provinceAnswer";
  /** The dates of the province's public consultation on a proposal, correlated like the answer. */
  public static final String PROVINCE_CONSULTATION_MESSAGE = "provinceConsultation";
  public static final String NOMINATION_CRITERIA_DECISION = "nominationCriteria";
  /** The law's standards per award type and nominee kind (processes/award-standards.dmn). */
  public static final String AWARD_STANDARDS_DECISION = "awardStandards";

  private ProcessKeys() {
  }

  /** Business key of the cycle of a year: one cycle per year. */
  public static String cycleBusinessKey(int year) {
    return "TDKT-" + year;
  }
}
