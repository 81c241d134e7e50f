package vn.gov.soctrang.tnmt.tdkt.process;

import java.util.List;

/**
 * What the plumbing reads on every task, whichever process it belongs to: the names in the Tasklist description and
 * the task mails ({@code TaskCreatedListener}, the engine adapter's {@code TaskMailListener}), the unit a task
 * belongs to (the evidence module's task lookup) and the task-local link where its evidence files are uploaded.
 *
 * <p>Form fields are declared with {@link ProcessVariable#input}, what only the system sets with
 * {@link ProcessVariable#system}; the engine refuses a user's write of the latter.
 */
public final class TaskContextVariables {

  public static final ProcessVariable<String> UNIT_CODE = ProcessVariable.system("unitCode", String.class);
  public static final ProcessVariable<String> UNIT_NAME = ProcessVariable.system("unitName", String.class);
  public static final ProcessVariable<String> INSPECTION_UNIT_NAME =
      ProcessVariable.system("inspectionUnitName", String.class);
  public static final ProcessVariable<String> REPORTER_UNIT_NAME =
      ProcessVariable.system("reporterUnitName", String.class);
  public static final ProcessVariable<Object> DIFFICULTY_TITLE = ProcessVariable.input("difficultyTitle");
  /**
   * The year of a year-end titles run (the start form's «Năm bình xét»), shown on each of its tasks; the titles module
   * refers to this declaration as {@code YearEndTitlesVariables.TITLES_YEAR}.
   */
  public static final ProcessVariable<Object> TITLES_YEAR = ProcessVariable.input("titlesYear");
  public static final ProcessVariable<String> EVIDENCE_UPLOAD_URL =
      ProcessVariable.system("evidenceUploadUrl", String.class);

  /** Where a task names the unit it is about: its own unit, an inspected unit, a unit reporting a difficulty. */
  public static final List<String> UNIT_NAMES = List.of(UNIT_NAME.name(),
      INSPECTION_UNIT_NAME.name(), REPORTER_UNIT_NAME.name());

  private TaskContextVariables() {
  }
}
