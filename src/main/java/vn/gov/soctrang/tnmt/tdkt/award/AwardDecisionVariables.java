package vn.gov.soctrang.tnmt.tdkt.award;

import vn.gov.soctrang.tnmt.tdkt.process.ProcessVariable;

/**
 * The Director's decision (annual-cycle.bpmn, «Quyết định khen thưởng») and its number and date, which the
 * award revocation's decision forms (award-revocation.bpmn) send under the same names.
 *
 * <p>Form fields are declared with {@link ProcessVariable#input}, what only the system sets with
 * {@link ProcessVariable#system}; the engine refuses a user's write of the latter.
 */
public final class AwardDecisionVariables {

  public static final ProcessVariable<String> AWARD_LIST_TEXT = ProcessVariable.system("awardListText", String.class);
  public static final ProcessVariable<Object> DECISION_NUMBER = ProcessVariable.input("decisionNumber");
  public static final ProcessVariable<Object> DECISION_DATE = ProcessVariable.input("decisionDate");

  private AwardDecisionVariables() {
  }
}
