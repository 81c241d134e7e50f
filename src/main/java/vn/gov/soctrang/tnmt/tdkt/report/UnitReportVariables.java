package vn.gov.soctrang.tnmt.tdkt.report;

import java.util.Date;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessVariable;

/**
 * The variables of a unit's report (unit-report.bpmn): the context the system sets when the report opens, and the
 * fields of the registration, report, approval, review and overdue forms. (The nomination slots of the report form
 * are in {@link NominationSlots}.)
 *
 * <p>Form fields are declared with {@link ProcessVariable#input}, what only the system sets with
 * {@link ProcessVariable#system}; the engine refuses a user's write of the latter.
 */
public final class UnitReportVariables {

  public static final ProcessVariable<String> STAFF_GROUP = ProcessVariable.system("staffGroup", String.class);
  public static final ProcessVariable<String> HEAD_GROUP = ProcessVariable.system("headGroup", String.class);
  public static final ProcessVariable<Long> UNIT_REPORT_ID = ProcessVariable.system("unitReportId", Long.class);
  public static final ProcessVariable<Date> REPORT_DUE_DATE = ProcessVariable.system("reportDueDate", Date.class);
  public static final ProcessVariable<Date> REMINDER_DATE = ProcessVariable.system("reminderDate", Date.class);
  public static final ProcessVariable<String> REPORT_DUE_DATE_TEXT =
      ProcessVariable.system("reportDueDateText", String.class);
  public static final ProcessVariable<Object> LOCALITY_OPTIONS =
      ProcessVariable.system("localityOptions", Object.class);
  public static final ProcessVariable<Object> NOMINEE_OPTIONS = ProcessVariable.system("nomineeOptions", Object.class);
  public static final ProcessVariable<Object> AWARD_OPTIONS = ProcessVariable.system("awardOptions", Object.class);
  public static final ProcessVariable<String> REGISTERED_LOCALITY_NAME =
      ProcessVariable.system("registeredLocalityName", String.class);
  public static final ProcessVariable<String> RETURN_REASON = ProcessVariable.system("returnReason", String.class);
  public static final ProcessVariable<String> REPORT_SUMMARY_TEXT =
      ProcessVariable.system("reportSummaryText", String.class);
  public static final ProcessVariable<Object> COMMITMENT = ProcessVariable.input("commitment");
  public static final ProcessVariable<Object> LOCALITY_CODE = ProcessVariable.input("localityCode");
  public static final ProcessVariable<Object> SUPPORT_PLAN = ProcessVariable.input("supportPlan");
  public static final ProcessVariable<Object> GUIDANCE_ON_TIME = ProcessVariable.input("guidanceOnTime");
  public static final ProcessVariable<Object> GUIDANCE_NOTE = ProcessVariable.input("guidanceNote");
  public static final ProcessVariable<Object> GUIDANCE_DOCUMENT_COUNT = ProcessVariable.input("guidanceDocumentCount");
  public static final ProcessVariable<Object> PROPAGANDA_SESSION_COUNT =
      ProcessVariable.input("propagandaSessionCount");
  public static final ProcessVariable<Object> PARTICIPANT_COUNT = ProcessVariable.input("participantCount");
  public static final ProcessVariable<Object> PROPAGANDA_DONE = ProcessVariable.input("propagandaDone");
  public static final ProcessVariable<Object> PROPAGANDA_NOTE = ProcessVariable.input("propagandaNote");
  public static final ProcessVariable<Object> LOCALITY_SUPPORTED = ProcessVariable.input("localitySupported");
  public static final ProcessVariable<Object> SUPPORT_RESULT = ProcessVariable.input("supportResult");
  public static final ProcessVariable<Object> REPORT_SUMMARY = ProcessVariable.input("reportSummary");
  public static final ProcessVariable<Object> HEAD_DECISION = ProcessVariable.input("headDecision");
  public static final ProcessVariable<Object> HEAD_COMMENT = ProcessVariable.input("headComment");
  public static final ProcessVariable<Object> OFFICE_DECISION = ProcessVariable.input("officeDecision");
  public static final ProcessVariable<Object> OFFICE_COMMENT = ProcessVariable.input("officeComment");
  public static final ProcessVariable<Object> OVERDUE_DECISION = ProcessVariable.input("overdueDecision");
  public static final ProcessVariable<Object> NEW_DEADLINE = ProcessVariable.input("newDeadline");
  public static final ProcessVariable<Object> OVERDUE_NOTE = ProcessVariable.input("overdueNote");

  private UnitReportVariables() {
  }
}
