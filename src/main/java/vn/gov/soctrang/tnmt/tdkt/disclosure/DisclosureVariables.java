package vn.gov.soctrang.tnmt.tdkt.disclosure;

import java.util.Date;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessVariable;

/**
 * The public consultation in the annual cycle (annual-cycle.bpmn): when it ends, the objections and the Council's
 * ruling on them.
 *
 * <p>Form fields are declared with {@link ProcessVariable#input}, what only the system sets with
 * {@link ProcessVariable#system}; the engine refuses a user's write of the latter.
 */
public final class DisclosureVariables {

  public static final ProcessVariable<Date> DISCLOSURE_ENDS_AT = ProcessVariable.system("disclosureEndsAt", Date.class);
  public static final ProcessVariable<Boolean> OBJECTIONS_PENDING =
      ProcessVariable.system("objectionsPending", Boolean.class);
  public static final ProcessVariable<Object> OBJECTION_OPTIONS =
      ProcessVariable.system("objectionOptions", Object.class);
  public static final ProcessVariable<String> OBJECTIONS_TEXT = ProcessVariable.system("objectionsText", String.class);
  public static final ProcessVariable<Object> UPHELD_OBJECTIONS = ProcessVariable.input("upheldObjections");
  public static final ProcessVariable<Object> RULING_NOTE = ProcessVariable.input("rulingNote");

  private DisclosureVariables() {
  }
}
