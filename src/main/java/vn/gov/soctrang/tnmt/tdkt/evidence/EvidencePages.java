package vn.gov.soctrang.tnmt.tdkt.evidence;

/** Where a task's evidence is uploaded in the browser: one page per task, linked from its form in Tasklist. */
public final class EvidencePages {

  public static final String ROOT = "/minh-chung";

  private EvidencePages() {
  }

  public static String uploadPath(String taskId) {
    return ROOT + "/" + taskId;
  }

  /** The page's full address, from the address users reach the app at. */
  public static String uploadUrl(String publicUrl, String taskId) {
    String base = publicUrl == null ? "" : publicUrl.replaceAll("/+$", "");
    return base + uploadPath(taskId);
  }
}
