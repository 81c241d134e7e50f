package vn.gov.soctrang.tnmt.tdkt.publication;

import vn.gov.soctrang.tnmt.tdkt.process.ProcessVariable;

/**
 * The IT Center's publication of the exemplary models at the end of the annual cycle (annual-cycle.bpmn).
 *
 * <p>Form fields are declared with {@link ProcessVariable#input}, what only the system sets with
 * {@link ProcessVariable#system}; the engine refuses a user's write of the latter.
 */
public final class PublicationVariables {

  public static final ProcessVariable<String> PUBLICATION_TEXT =
      ProcessVariable.system("publicationText", String.class);
  public static final ProcessVariable<Object> PUBLICATION_TITLE = ProcessVariable.input("publicationTitle");
  public static final ProcessVariable<Object> PUBLICATION_INTRO = ProcessVariable.input("publicationIntro");
  public static final ProcessVariable<Object> FEATURED_AWARDS = ProcessVariable.input("featuredAwards");
  public static final ProcessVariable<Object> FEATURED_OPTIONS =
      ProcessVariable.system("featuredOptions", Object.class);
  public static final ProcessVariable<String> PUBLIC_PAGE_URL = ProcessVariable.system("publicPageUrl", String.class);

  private PublicationVariables() {
  }
}
