package vn.gov.soctrang.tnmt.tdkt.process;

/**
 * Variables several processes use: who started an instance (annual-cycle.bpmn, award-revocation.bpmn) and the
 * links to the generated documents (annual-cycle.bpmn, province-submission.bpmn).
 *
 * <p>Form fields are declared with {@link ProcessVariable#input}, what only the system sets with
 * {@link ProcessVariable#system}; the engine refuses a user's write of the latter.
 */
public final class SharedVariables {

  public static final ProcessVariable<String> INITIATOR = ProcessVariable.system("initiator", String.class);
  public static final ProcessVariable<String> DOCUMENTS_TEXT = ProcessVariable.system("documentsText", String.class);

  private SharedVariables() {
  }
}
