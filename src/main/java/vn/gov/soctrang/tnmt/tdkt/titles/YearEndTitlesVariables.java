package vn.gov.soctrang.tnmt.tdkt.titles;

import java.util.ArrayList;
import java.util.List;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessVariable;
import vn.gov.soctrang.tnmt.tdkt.process.TaskContextVariables;

/**
 * The year-end titles process (year-end-titles.bpmn): the start form's year, the units' fixed proposal slots (ADR
 * 0007), the Director's decision and what the system sets for the next steps.
 *
 * <p>Form fields are declared with {@link ProcessVariable#input}, what only the system sets with
 * {@link ProcessVariable#system}; the engine refuses a user's write of the latter.
 */
public final class YearEndTitlesVariables {

  /** Declared with what every task's description reads (the plumbing shows «Năm bình xét» on each task). */
  public static final ProcessVariable<Object> TITLES_YEAR = TaskContextVariables.TITLES_YEAR;
  public static final ProcessVariable<Long> TITLES_RUN_ID = ProcessVariable.system("titlesRunId", Long.class);
  public static final ProcessVariable<Object> TITLES_UNIT_GROUPS =
      ProcessVariable.system("titlesUnitGroups", Object.class);
  public static final ProcessVariable<String> TITLES_UNIT_GROUP =
      ProcessVariable.system("titlesUnitGroup", String.class);
  public static final ProcessVariable<Object> TITLE_PERSON_1 = ProcessVariable.input("titlePerson1");
  public static final ProcessVariable<Object> TITLE_CODE_1 = ProcessVariable.input("titleCode1");
  public static final ProcessVariable<Object> TITLE_INITIATIVE_1 = ProcessVariable.input("titleInitiative1");
  public static final ProcessVariable<Object> TITLE_PERSON_2 = ProcessVariable.input("titlePerson2");
  public static final ProcessVariable<Object> TITLE_CODE_2 = ProcessVariable.input("titleCode2");
  public static final ProcessVariable<Object> TITLE_INITIATIVE_2 = ProcessVariable.input("titleInitiative2");
  public static final ProcessVariable<Object> TITLE_PERSON_3 = ProcessVariable.input("titlePerson3");
  public static final ProcessVariable<Object> TITLE_CODE_3 = ProcessVariable.input("titleCode3");
  public static final ProcessVariable<Object> TITLE_INITIATIVE_3 = ProcessVariable.input("titleInitiative3");
  public static final ProcessVariable<Object> TITLE_PERSON_4 = ProcessVariable.input("titlePerson4");
  public static final ProcessVariable<Object> TITLE_CODE_4 = ProcessVariable.input("titleCode4");
  public static final ProcessVariable<Object> TITLE_INITIATIVE_4 = ProcessVariable.input("titleInitiative4");
  public static final ProcessVariable<Object> COLLECTIVE_TITLE = ProcessVariable.input("collectiveTitle");
  public static final ProcessVariable<Object> ALL_MEMBERS_COMPLETED = ProcessVariable.input("allMembersCompleted");
  public static final ProcessVariable<Object> TITLES_DECISION_NUMBER = ProcessVariable.input("titlesDecisionNumber");
  public static final ProcessVariable<Object> TITLES_DECISION_DATE = ProcessVariable.input("titlesDecisionDate");
  public static final ProcessVariable<String> TITLES_LIST_TEXT = ProcessVariable.system("titlesListText", String.class);
  /** Whether any proposal met the standards, so that the Council votes (council-vote.bpmn, ADR 0019). */
  public static final ProcessVariable<Boolean> TITLES_COUNCIL_NEEDED =
      ProcessVariable.system("titlesCouncilNeeded", Boolean.class);
  /** The Council's meeting that voted on the run's proposals, returned by council-vote.bpmn. */
  public static final ProcessVariable<Long> TITLES_COUNCIL_MEETING_ID =
      ProcessVariable.system("titlesCouncilMeetingId", Long.class);

  /** One individual slot of the proposal form. */
  record Slot(int number, ProcessVariable<Object> person, ProcessVariable<Object> title,
      ProcessVariable<Object> initiative) {

    String place() {
      return "Cá nhân thứ " + number;
    }
  }

  static final List<Slot> SLOTS = List.of(
      new Slot(1, TITLE_PERSON_1, TITLE_CODE_1, TITLE_INITIATIVE_1),
      new Slot(2, TITLE_PERSON_2, TITLE_CODE_2, TITLE_INITIATIVE_2),
      new Slot(3, TITLE_PERSON_3, TITLE_CODE_3, TITLE_INITIATIVE_3),
      new Slot(4, TITLE_PERSON_4, TITLE_CODE_4, TITLE_INITIATIVE_4));

  /** Every field of the proposal form, reset on each unit's task so that one unit never sees another's. */
  static List<ProcessVariable<Object>> proposalFields() {
    List<ProcessVariable<Object>> all = new ArrayList<>();
    for (Slot s : SLOTS) {
      all.addAll(List.of(s.person(), s.title(), s.initiative()));
    }
    all.add(COLLECTIVE_TITLE);
    all.add(ALL_MEMBERS_COMPLETED);
    return all;
  }

  private YearEndTitlesVariables() {
  }
}
