package vn.gov.soctrang.tnmt.tdkt.process;

/**
 * The annual cycle's own variables (annual-cycle.bpmn): its start form and what the system derives when it opens.
 * The called processes receive {@code cycleId}, {@code cycleYear} and {@code reportDeadline} through their call
 * activities, and most stages read {@code cycleId}; that is why they live in the plumbing module.
 *
 * <p>Form fields are declared with {@link ProcessVariable#input}, what only the system sets with
 * {@link ProcessVariable#system}; the engine refuses a user's write of the latter.
 */
public final class AnnualCycleVariables {

  public static final ProcessVariable<Object> CYCLE_YEAR = ProcessVariable.input("cycleYear");
  public static final ProcessVariable<Object> REPORT_DEADLINE = ProcessVariable.input("reportDeadline");
  public static final ProcessVariable<Object> FINAL_SUMMARY = ProcessVariable.input("finalSummary");
  public static final ProcessVariable<Long> CYCLE_ID = ProcessVariable.system("cycleId", Long.class);
  public static final ProcessVariable<Object> UNIT_CODES = ProcessVariable.system("unitCodes", Object.class);

  private AnnualCycleVariables() {
  }
}
