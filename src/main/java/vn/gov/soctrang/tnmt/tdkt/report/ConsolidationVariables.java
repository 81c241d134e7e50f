package vn.gov.soctrang.tnmt.tdkt.report;

import java.util.Date;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessVariable;

/**
 * The Office's consolidation in the annual cycle (annual-cycle.bpmn): the results the system evaluates and the
 * fields of the form that confirms the nomination list.
 *
 * <p>Form fields are declared with {@link ProcessVariable#input}, what only the system sets with
 * {@link ProcessVariable#system}; the engine refuses a user's write of the latter.
 */
public final class ConsolidationVariables {

  public static final ProcessVariable<Date> CONSOLIDATION_DUE_DATE =
      ProcessVariable.system("consolidationDueDate", Date.class);
  public static final ProcessVariable<Object> CONSOLIDATION_RESULTS =
      ProcessVariable.system("consolidationResults", Object.class);
  public static final ProcessVariable<String> CONSOLIDATION_SUMMARY_TEXT =
      ProcessVariable.system("consolidationSummaryText", String.class);
  public static final ProcessVariable<Object> CONFIRM_LIST = ProcessVariable.input("confirmList");
  public static final ProcessVariable<Object> CONSOLIDATION_NOTE = ProcessVariable.input("consolidationNote");

  private ConsolidationVariables() {
  }
}
