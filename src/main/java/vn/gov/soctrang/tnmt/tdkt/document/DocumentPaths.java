package vn.gov.soctrang.tnmt.tdkt.document;

/** Where documents are downloaded from (links in Tasklist forms and the API). */
final class DocumentPaths {

  private DocumentPaths() {
  }

  public static String download(long id) {
    return "/api/documents/" + id;
  }

  /** The version as PDF, for signing. */
  public static String pdf(long id) {
    return download(id) + "/pdf";
  }

  /** The signed copy: the issued version. */
  public static String signed(long id) {
    return download(id) + "/signed";
  }

  /** The complete upward dossier of one award type, as one ZIP. */
  public static String dossier(Object year, String awardType) {
    return "/api/cycles/" + year + "/dossiers/" + awardType;
  }
}
