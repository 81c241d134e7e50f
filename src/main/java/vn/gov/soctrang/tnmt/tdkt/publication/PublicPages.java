package vn.gov.soctrang.tnmt.tdkt.publication;

/** Addresses of the public pages (no login): the list of published years and the page of one year. */
public final class PublicPages {

  public static final String ROOT = "/cong-bo";

  private PublicPages() {
  }

  public static String yearPath(Object year) {
    return ROOT + "/" + year;
  }
}
