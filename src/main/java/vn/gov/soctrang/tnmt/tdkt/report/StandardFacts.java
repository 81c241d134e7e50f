package vn.gov.soctrang.tnmt.tdkt.report;

import vn.gov.soctrang.tnmt.tdkt.merit.PriorFacts;
import vn.gov.soctrang.tnmt.tdkt.nomination.AwardType;
import vn.gov.soctrang.tnmt.tdkt.nomination.NomineeType;

/** What the standards of the proposed award look at for one nomination (processes/award-standards.dmn). */
record StandardFacts(AwardType awardType, NomineeType nomineeType, boolean tasksCompleted,
    boolean hasInitiative, boolean hasProvincialBangKhen, boolean hasPrimeMinisterBangKhen, int excellentYearsInRow,
    int excellentYearsAfterProvincial, int excellentYearsAfterPrimeMinister, int cstdCoSoInRow,
    boolean meetsDepartmentExcellentYears) {

  /**
   * @param giayKhenExcellentYears the years in a row the province's and the Department's rules require for a Giấy
   *     khen (a dated setting)
   */
  public static StandardFacts of(AwardType awardType, NomineeType nomineeType, boolean tasksCompleted,
      boolean hasInitiative, PriorFacts prior, int giayKhenExcellentYears) {
    return new StandardFacts(awardType, nomineeType, tasksCompleted, hasInitiative, prior.hasProvincialBangKhen(),
        prior.hasPrimeMinisterBangKhen(), prior.excellentYearsInRow(), prior.excellentYearsAfterProvincial(),
        prior.excellentYearsAfterPrimeMinister(), prior.cstdCoSoInRow(),
        prior.excellentYearsInRow() >= giayKhenExcellentYears);
  }
}
