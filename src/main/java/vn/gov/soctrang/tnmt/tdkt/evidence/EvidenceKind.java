package vn.gov.soctrang.tnmt.tdkt.evidence;

/** The kinds of file accepted as evidence. The kind is decided from the file's content, never from its name. */
enum EvidenceKind {
  PDF("application/pdf", "pdf", "PDF"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word (.docx)"),
  JPEG("image/jpeg", "jpg", "ảnh JPEG"),
  PNG("image/png", "png", "ảnh PNG");

  /** What users are told is accepted, in every refusal and on the upload page. */
  public static final String ACCEPTED_TEXT = "PDF, Word (.docx), ảnh JPEG hoặc PNG";

  private final String contentType;
  private final String extension;
  private final String label;

  EvidenceKind(String contentType, String extension, String label) {
    this.contentType = contentType;
    this.extension = extension;
    this.label = label;
  }

  public String contentType() {
    return contentType;
  }

  /** The extension the stored file name gets, without the dot. */
  public String extension() {
    return extension;
  }

  public String label() {
    return label;
  }
}
