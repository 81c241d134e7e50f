package vn.gov.soctrang.tnmt.tdkt.award;

import vn.gov.soctrang.tnmt.tdkt.process.ProcessVariable;

/**
 * The revocation of an award (award-revocation.bpmn): what the system sets, then the forms' fields. (The decision's
 * number and date are in {@link AwardDecisionVariables}; who started it in the plumbing's {@code SharedVariables}.)
 *
 * <p>Form fields are declared with {@link ProcessVariable#input}, what only the system sets with
 * {@link ProcessVariable#system}; the engine refuses a user's write of the latter.
 */
public final class AwardRevocationVariables {

  public static final ProcessVariable<Long> REVOCATION_ID = ProcessVariable.system("revocationId", Long.class);
  public static final ProcessVariable<Boolean> REVOCATION_BY_DIRECTOR =
      ProcessVariable.system("revocationByDirector", Boolean.class);
  /** After a decision step: DECIDED, RETURNED or REFUSED ({@code RevocationService.Next}). */
  public static final ProcessVariable<String> REVOCATION_NEXT = ProcessVariable.system("revocationNext", String.class);
  public static final ProcessVariable<String> REVOCATION_TEXT = ProcessVariable.system("revocationText", String.class);
  public static final ProcessVariable<String> REVOCATION_RETURN_TEXT =
      ProcessVariable.system("revocationReturnText", String.class);
  public static final ProcessVariable<Object> REVOCABLE_AWARD_OPTIONS =
      ProcessVariable.system("revocableAwardOptions", Object.class);
  public static final ProcessVariable<Object> REVOCATION_GROUND_OPTIONS =
      ProcessVariable.system("revocationGroundOptions", Object.class);
  public static final ProcessVariable<Object> REVOCATION_AWARD = ProcessVariable.input("revocationAward");
  public static final ProcessVariable<Object> REVOCATION_GROUND = ProcessVariable.input("revocationGround");
  public static final ProcessVariable<Object> REVOCATION_REASONS = ProcessVariable.input("revocationReasons");
  public static final ProcessVariable<Object> REVOCATION_EVIDENCE = ProcessVariable.input("revocationEvidence");
  public static final ProcessVariable<Object> REVOCATION_DECISION = ProcessVariable.input("revocationDecision");
  public static final ProcessVariable<Object> SUPERIOR_OUTCOME = ProcessVariable.input("superiorOutcome");
  public static final ProcessVariable<Object> REVOCATION_COMMENT = ProcessVariable.input("revocationComment");
  public static final ProcessVariable<Object> DECISION_SIGNER = ProcessVariable.input("decisionSigner");
  public static final ProcessVariable<Object> ISSUING_AUTHORITY = ProcessVariable.input("issuingAuthority");
  public static final ProcessVariable<Object> CERTIFICATE_RECOVERED = ProcessVariable.input("certificateRecovered");
  public static final ProcessVariable<Object> CERTIFICATE_RECOVERED_ON =
      ProcessVariable.input("certificateRecoveredOn");
  public static final ProcessVariable<Object> CERTIFICATE_NOTE = ProcessVariable.input("certificateNote");
  public static final ProcessVariable<Object> MONEY_AMOUNT = ProcessVariable.input("moneyAmount");
  public static final ProcessVariable<Object> MONEY_RECOVERED_ON = ProcessVariable.input("moneyRecoveredOn");
  public static final ProcessVariable<Object> MONEY_NOTE = ProcessVariable.input("moneyNote");

  private AwardRevocationVariables() {
  }
}
