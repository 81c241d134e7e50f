package vn.gov.soctrang.tnmt.tdkt.thematic;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessVariable;

/**
 * The thematic movement process (thematic-movement.bpmn): the start form's movement, the units' registration, their
 * results per criterion and proposals in fixed slots (ADR 0007), the Office's review, the Director's decision, and
 * what the system sets for the next steps.
 */
public final class ThematicMovementVariables {

  public static final ProcessVariable<Object> MOVEMENT_CODE = ProcessVariable.input("thematicMovementCode");
  public static final ProcessVariable<Object> PARTICIPATES = ProcessVariable.input("thematicParticipates");
  public static final ProcessVariable<Object> COMMITMENT = ProcessVariable.input("thematicCommitment");
  public static final ProcessVariable<Object> RESULT_1 = ProcessVariable.input("thematicResult1");
  public static final ProcessVariable<Object> RESULT_2 = ProcessVariable.input("thematicResult2");
  public static final ProcessVariable<Object> RESULT_3 = ProcessVariable.input("thematicResult3");
  public static final ProcessVariable<Object> RESULT_4 = ProcessVariable.input("thematicResult4");
  public static final ProcessVariable<Object> RESULT_5 = ProcessVariable.input("thematicResult5");
  public static final ProcessVariable<Object> RESULT_6 = ProcessVariable.input("thematicResult6");
  public static final ProcessVariable<Object> PROPOSE_UNIT = ProcessVariable.input("thematicProposeUnit");
  public static final ProcessVariable<Object> UNIT_ACHIEVEMENT = ProcessVariable.input("thematicUnitAchievement");
  public static final ProcessVariable<Object> PERSON_1 = ProcessVariable.input("thematicPerson1");
  public static final ProcessVariable<Object> PERSON_ACHIEVEMENT_1 =
      ProcessVariable.input("thematicPersonAchievement1");
  public static final ProcessVariable<Object> PERSON_2 = ProcessVariable.input("thematicPerson2");
  public static final ProcessVariable<Object> PERSON_ACHIEVEMENT_2 =
      ProcessVariable.input("thematicPersonAchievement2");
  public static final ProcessVariable<Object> PERSON_3 = ProcessVariable.input("thematicPerson3");
  public static final ProcessVariable<Object> PERSON_ACHIEVEMENT_3 =
      ProcessVariable.input("thematicPersonAchievement3");
  public static final ProcessVariable<Object> OFFICE_DECISION = ProcessVariable.input("thematicOfficeDecision");
  public static final ProcessVariable<Object> EXCLUDED = ProcessVariable.input("thematicExcluded");
  public static final ProcessVariable<Object> RETURN_UNITS = ProcessVariable.input("thematicReturnUnits");
  public static final ProcessVariable<Object> OFFICE_REASON = ProcessVariable.input("thematicOfficeReason");
  public static final ProcessVariable<Object> DECISION_NUMBER = ProcessVariable.input("thematicDecisionNumber");
  public static final ProcessVariable<Object> DECISION_DATE = ProcessVariable.input("thematicDecisionDate");

  public static final ProcessVariable<Long> RUN_ID = ProcessVariable.system("thematicRunId", Long.class);
  public static final ProcessVariable<Object> UNIT_GROUPS = ProcessVariable.system("thematicUnitGroups", Object.class);
  public static final ProcessVariable<String> UNIT_GROUP = ProcessVariable.system("thematicUnitGroup", String.class);
  public static final ProcessVariable<Object> REPORT_GROUPS =
      ProcessVariable.system("thematicReportGroups", Object.class);
  public static final ProcessVariable<String> REPORT_GROUP =
      ProcessVariable.system("thematicReportGroup", String.class);
  public static final ProcessVariable<Date> REPORT_DUE_AT = ProcessVariable.system("thematicReportDueAt", Date.class);
  public static final ProcessVariable<Date> ENDS_AT = ProcessVariable.system("thematicEndsAt", Date.class);
  public static final ProcessVariable<String> MOVEMENT_TEXT =
      ProcessVariable.system("thematicMovementText", String.class);
  public static final ProcessVariable<String> CRITERIA_TEXT =
      ProcessVariable.system("thematicCriteriaText", String.class);
  public static final ProcessVariable<Integer> CRITERIA_COUNT =
      ProcessVariable.system("thematicCriteriaCount", Integer.class);
  public static final ProcessVariable<Boolean> RETURNED = ProcessVariable.system("thematicReturned", Boolean.class);
  /** Whether the Office forwarded any proposal, so that the Council votes (council-vote.bpmn, ADR 0020). */
  public static final ProcessVariable<Boolean> COUNCIL_NEEDED =
      ProcessVariable.system("thematicCouncilNeeded", Boolean.class);
  /** The Council's meeting that voted on the forwarded proposals, returned by council-vote.bpmn. */
  public static final ProcessVariable<Long> COUNCIL_MEETING_ID =
      ProcessVariable.system("thematicCouncilMeetingId", Long.class);
  public static final ProcessVariable<String> RETURN_TEXT = ProcessVariable.system("thematicReturnText", String.class);
  public static final ProcessVariable<String> REVIEW_TEXT = ProcessVariable.system("thematicReviewText", String.class);

  /** The result slots, one per criterion in the movement's order. */
  static final List<ProcessVariable<Object>> RESULTS = List.of(RESULT_1, RESULT_2, RESULT_3, RESULT_4, RESULT_5,
      RESULT_6);

  /** One person slot of the proposal. */
  record PersonSlot(int number, ProcessVariable<Object> person, ProcessVariable<Object> achievement) {

    String place() {
      return "Cá nhân thứ " + number;
    }
  }

  static final List<PersonSlot> PEOPLE = List.of(new PersonSlot(1, PERSON_1, PERSON_ACHIEVEMENT_1),
      new PersonSlot(2, PERSON_2, PERSON_ACHIEVEMENT_2), new PersonSlot(3, PERSON_3, PERSON_ACHIEVEMENT_3));

  /** Every field of the results form, reset on each unit's task so that one unit never sees another's. */
  static List<ProcessVariable<Object>> reportFields() {
    List<ProcessVariable<Object>> all = new ArrayList<>(RESULTS);
    all.add(PROPOSE_UNIT);
    all.add(UNIT_ACHIEVEMENT);
    PEOPLE.forEach(p -> all.addAll(List.of(p.person(), p.achievement())));
    return all;
  }

  private ThematicMovementVariables() {
  }
}
