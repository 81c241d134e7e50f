package vn.gov.soctrang.tnmt.tdkt.adhoc;

import vn.gov.soctrang.tnmt.tdkt.process.ProcessVariable;

/**
 * The ad-hoc award process (ad-hoc-award.bpmn): the unit's proposal on the start form, the head's approval, the
 * Office's check, the Director's decision and what the system sets for the next steps.
 */
public final class AdHocAwardVariables {

  public static final ProcessVariable<Object> NOMINEE = ProcessVariable.input("adHocNominee");
  public static final ProcessVariable<Object> COLLECTIVE = ProcessVariable.input("adHocCollective");
  public static final ProcessVariable<Object> ACHIEVEMENT = ProcessVariable.input("adHocAchievement");
  public static final ProcessVariable<Object> ACHIEVEMENT_DATE = ProcessVariable.input("adHocAchievementDate");
  public static final ProcessVariable<Object> RESULT = ProcessVariable.input("adHocResult");
  public static final ProcessVariable<Object> HEAD_DECISION = ProcessVariable.input("adHocHeadDecision");
  public static final ProcessVariable<Object> HEAD_COMMENT = ProcessVariable.input("adHocHeadComment");
  public static final ProcessVariable<Object> OFFICE_DECISION = ProcessVariable.input("adHocOfficeDecision");
  public static final ProcessVariable<Object> OFFICE_REASON = ProcessVariable.input("adHocOfficeReason");
  /** The Office's choice to hear the Council first, shown only where the dated rule leaves it open. */
  public static final ProcessVariable<Object> VIA_COUNCIL = ProcessVariable.input("adHocViaCouncil");
  public static final ProcessVariable<Object> DIRECTOR_DECISION = ProcessVariable.input("adHocDirectorDecision");
  public static final ProcessVariable<Object> DECISION_NUMBER = ProcessVariable.input("adHocDecisionNumber");
  public static final ProcessVariable<Object> DECISION_DATE = ProcessVariable.input("adHocDecisionDate");
  public static final ProcessVariable<Object> REFUSAL_REASON = ProcessVariable.input("adHocRefusalReason");

  public static final ProcessVariable<String> PROPOSER = ProcessVariable.system("adHocProposer", String.class);
  public static final ProcessVariable<Long> AWARD_ID = ProcessVariable.system("adHocAwardId", Long.class);
  public static final ProcessVariable<String> HEAD_GROUP = ProcessVariable.system("adHocHeadGroup", String.class);
  public static final ProcessVariable<String> SUMMARY_TEXT = ProcessVariable.system("adHocSummaryText", String.class);
  public static final ProcessVariable<String> CHECK_TEXT = ProcessVariable.system("adHocCheckText", String.class);
  /** The dated rule on the Council in force on the Office's check: REQUIRED, OPTIONAL or NOT_REQUIRED. */
  public static final ProcessVariable<String> COUNCIL_RULE = ProcessVariable.system("adHocCouncilRule", String.class);
  public static final ProcessVariable<String> COUNCIL_RULE_TEXT =
      ProcessVariable.system("adHocCouncilRuleText", String.class);
  /** Whether the proposal goes before the Council (the gateway after the Office's check reads it). */
  public static final ProcessVariable<Boolean> COUNCIL_NEEDED =
      ProcessVariable.system("adHocCouncilNeeded", Boolean.class);
  /** The Council's meeting that voted on the proposal (council-vote.bpmn's {@code meetingId}). */
  public static final ProcessVariable<Long> COUNCIL_MEETING_ID =
      ProcessVariable.system("adHocCouncilMeetingId", Long.class);
  /** The Council's result as the Director's form shows it. */
  public static final ProcessVariable<String> COUNCIL_TEXT = ProcessVariable.system("adHocCouncilText", String.class);

  private AdHocAwardVariables() {
  }
}
