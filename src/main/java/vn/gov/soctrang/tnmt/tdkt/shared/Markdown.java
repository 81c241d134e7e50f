package vn.gov.soctrang.tnmt.tdkt.shared;

/** User text placed inside the Markdown that forms display: shown as typed, never as markup. */
public final class Markdown {

  private Markdown() {
  }

  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("\\", "\\\\").replace("<", "&lt;").replace(">", "&gt;").replace("*", "\\*")
        .replace("_", "\\_").replace("#", "\\#").replace("[", "\\[").replace("]", "\\]").replace("`", "\\`")
        .replace("\r", "").replace("\n", " ");
  }
}
