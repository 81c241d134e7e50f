package vn.gov.soctrang.tnmt.tdkt.difficulty;

import java.util.Date;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessVariable;

/**
 * A unit's reported difficulty (difficulty-report.bpmn): the report form, the Office's routing, the answer and the
 * unit's feedback, and the escaped copies of those texts that the forms' text views show. (The title and the
 * reporting unit's name, shown in every task's description, are in the plumbing's {@code TaskContextVariables}.)
 *
 * <p>Form fields are declared with {@link ProcessVariable#input}, what only the system sets with
 * {@link ProcessVariable#system}; the engine refuses a user's write of the latter.
 */
public final class DifficultyReportVariables {

  public static final ProcessVariable<String> REPORTER = ProcessVariable.system("reporter", String.class);
  public static final ProcessVariable<Long> DIFFICULTY_ID = ProcessVariable.system("difficultyId", Long.class);
  public static final ProcessVariable<Object> DIFFICULTY_FIELD = ProcessVariable.input("difficultyField");
  public static final ProcessVariable<String> DIFFICULTY_FIELD_NAME =
      ProcessVariable.system("difficultyFieldName", String.class);
  public static final ProcessVariable<Object> DIFFICULTY_CONTENT = ProcessVariable.input("difficultyContent");
  public static final ProcessVariable<Object> PROPOSAL = ProcessVariable.input("proposal");
  public static final ProcessVariable<String> REPORTER_GROUP = ProcessVariable.system("reporterGroup", String.class);
  public static final ProcessVariable<Object> RESOLVER_OPTIONS =
      ProcessVariable.system("resolverOptions", Object.class);
  public static final ProcessVariable<Object> RESOLVER_GROUP = ProcessVariable.input("resolverGroup");
  public static final ProcessVariable<Object> ROUTING_NOTE = ProcessVariable.input("routingNote");
  public static final ProcessVariable<Object> ANSWER = ProcessVariable.input("answer");
  public static final ProcessVariable<Date> ANSWER_DUE_DATE = ProcessVariable.system("answerDueDate", Date.class);
  public static final ProcessVariable<Object> SATISFIED = ProcessVariable.input("satisfied");
  public static final ProcessVariable<Object> FEEDBACK = ProcessVariable.input("feedback");
  public static final ProcessVariable<String> DIFFICULTY_TITLE_TEXT =
      ProcessVariable.system("difficultyTitleText", String.class);
  public static final ProcessVariable<String> DIFFICULTY_CONTENT_TEXT =
      ProcessVariable.system("difficultyContentText", String.class);
  public static final ProcessVariable<String> PROPOSAL_TEXT = ProcessVariable.system("proposalText", String.class);
  public static final ProcessVariable<String> ROUTING_NOTE_TEXT =
      ProcessVariable.system("routingNoteText", String.class);
  public static final ProcessVariable<String> ANSWER_TEXT = ProcessVariable.system("answerText", String.class);
  public static final ProcessVariable<String> FEEDBACK_TEXT = ProcessVariable.system("feedbackText", String.class);

  private DifficultyReportVariables() {
  }
}
