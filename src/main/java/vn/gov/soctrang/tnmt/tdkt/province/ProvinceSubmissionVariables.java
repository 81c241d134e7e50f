package vn.gov.soctrang.tnmt.tdkt.province;

import java.util.Date;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessVariable;

/**
 * The proposals to the province (province-submission.bpmn, one instance per award type) and the annual cycle's
 * routing to them (annual-cycle.bpmn): the dossier, its signature and dispatch, the province's public consultation on
 * state honours and the province's answer (also the fields of the province's answer message).
 *
 * <p>Form fields are declared with {@link ProcessVariable#input}, what only the system sets with
 * {@link ProcessVariable#system}; the engine refuses a user's write of the latter.
 */
public final class ProvinceSubmissionVariables {

  public static final ProcessVariable<Boolean> HAS_GIAY_KHEN = ProcessVariable.system("hasGiayKhen", Boolean.class);
  public static final ProcessVariable<Object> PROVINCE_AWARD_TYPES =
      ProcessVariable.system("provinceAwardTypes", Object.class);
  public static final ProcessVariable<String> AWARD_TYPE = ProcessVariable.system("awardType", String.class);
  public static final ProcessVariable<String> AWARD_TYPE_NAME = ProcessVariable.system("awardTypeName", String.class);
  public static final ProcessVariable<Long> SUBMISSION_ID = ProcessVariable.system("submissionId", Long.class);
  public static final ProcessVariable<String> DOSSIER_TEXT = ProcessVariable.system("dossierText", String.class);
  public static final ProcessVariable<Object> PROPOSAL_NUMBER = ProcessVariable.input("proposalNumber");
  public static final ProcessVariable<Object> PROPOSAL_DATE = ProcessVariable.input("proposalDate");
  public static final ProcessVariable<Object> DOSSIER_DOCUMENTS = ProcessVariable.input("dossierDocuments");
  public static final ProcessVariable<Object> DOSSIER_NOTE = ProcessVariable.input("dossierNote");
  public static final ProcessVariable<Object> SIGN_DECISION = ProcessVariable.input("signDecision");
  public static final ProcessVariable<Object> SIGN_COMMENT = ProcessVariable.input("signComment");
  public static final ProcessVariable<Boolean> PROPOSAL_SIGNED =
      ProcessVariable.system("proposalSigned", Boolean.class);
  public static final ProcessVariable<Object> DISPATCH_NUMBER = ProcessVariable.input("dispatchNumber");
  public static final ProcessVariable<Object> DISPATCH_DATE = ProcessVariable.input("dispatchDate");
  public static final ProcessVariable<Object> OTHER_AGENCIES = ProcessVariable.input("otherAgencies");
  public static final ProcessVariable<Date> PROVINCE_ANSWER_DUE_AT =
      ProcessVariable.system("provinceAnswerDueAt", Date.class);
  public static final ProcessVariable<Object> CONSULTATION_REPORT = ProcessVariable.input("consultationReport");
  public static final ProcessVariable<Object> CONSULTATION_POSTED_DATE =
      ProcessVariable.input("consultationPostedDate");
  public static final ProcessVariable<Object> CONSULTATION_END_DATE = ProcessVariable.input("consultationEndDate");
  public static final ProcessVariable<Boolean> CONSULTATION_NEEDED =
      ProcessVariable.system("consultationNeeded", Boolean.class);
  public static final ProcessVariable<Boolean> CONSULTATION_HELD =
      ProcessVariable.system("consultationHeld", Boolean.class);
  public static final ProcessVariable<Date> CONSULTATION_ENDS_AT =
      ProcessVariable.system("consultationEndsAt", Date.class);
  public static final ProcessVariable<Object> WAITING_OPTIONS = ProcessVariable.system("waitingOptions", Object.class);
  public static final ProcessVariable<Object> APPROVED_NOMINATIONS = ProcessVariable.input("approvedNominations");
  public static final ProcessVariable<Object> PROVINCE_DECISION_NUMBER =
      ProcessVariable.input("provinceDecisionNumber");
  public static final ProcessVariable<Object> PROVINCE_DECISION_DATE = ProcessVariable.input("provinceDecisionDate");
  public static final ProcessVariable<Object> RETURNED_NOMINATIONS = ProcessVariable.input("returnedNominations");
  public static final ProcessVariable<Object> PROVINCE_RETURN_REASON = ProcessVariable.input("provinceReturnReason");
  public static final ProcessVariable<Object> REFUSED_NOMINATIONS = ProcessVariable.input("refusedNominations");
  public static final ProcessVariable<Object> PROVINCE_REFUSAL_REASON = ProcessVariable.input("provinceRefusalReason");
  public static final ProcessVariable<String> PROVINCE_NEXT = ProcessVariable.system("provinceNext", String.class);

  private ProvinceSubmissionVariables() {
  }
}
