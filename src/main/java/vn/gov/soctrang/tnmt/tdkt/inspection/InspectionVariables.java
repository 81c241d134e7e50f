package vn.gov.soctrang.tnmt.tdkt.inspection;

import vn.gov.soctrang.tnmt.tdkt.process.ProcessVariable;

/**
 * The inspection stage of the annual cycle (annual-cycle.bpmn): the Office's decision which units to inspect and the
 * unit each inspection is about. (The findings' fixed slots are in {@link FindingSlots}; the inspected unit's name,
 * shown in every task's description, is in the plumbing's {@code TaskContextVariables}.)
 *
 * <p>Form fields are declared with {@link ProcessVariable#input}, what only the system sets with
 * {@link ProcessVariable#system}; the engine refuses a user's write of the latter.
 */
public final class InspectionVariables {

  public static final ProcessVariable<Object> INSPECTION_NEEDED = ProcessVariable.input("inspectionNeeded");
  public static final ProcessVariable<Object> INSPECTION_UNIT_CODES = ProcessVariable.input("inspectionUnitCodes");
  public static final ProcessVariable<Object> INSPECTION_UNIT_OPTIONS =
      ProcessVariable.system("inspectionUnitOptions", Object.class);
  public static final ProcessVariable<Object> INSPECTION_NOTE = ProcessVariable.input("inspectionNote");
  public static final ProcessVariable<String> INSPECTION_UNIT_CODE =
      ProcessVariable.system("inspectionUnitCode", String.class);

  private InspectionVariables() {
  }
}
