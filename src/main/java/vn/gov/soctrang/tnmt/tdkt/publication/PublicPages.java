package vn.gov.soctrang.tnmt.tdkt.publication;

/** Addresses of the public pages (no login): the list of published years and the page of one year. */
public final class PublicPages {

  public static final String ROOT = "/cong-bo";

  private PublicPages() {
  }

  /** The root of the public pages, for those outside this module that list them (the OpenAPI description). */
  public static String root() {
    return ROOT;
  }

  public static String yearPath(Object year) {
    return ROOT + "/" + year;
  }
}
