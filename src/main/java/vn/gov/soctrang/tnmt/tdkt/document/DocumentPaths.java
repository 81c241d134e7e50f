package vn.gov.soctrang.tnmt.tdkt.document;

/** Where documents are downloaded from (links in Tasklist forms and the API). */
public final class DocumentPaths {

  private DocumentPaths() {
  }

  public static String download(long id) {
    return "/api/documents/" + id;
  }
}
