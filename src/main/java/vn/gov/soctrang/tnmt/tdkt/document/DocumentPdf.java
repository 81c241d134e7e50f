package vn.gov.soctrang.tnmt.tdkt.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The PDF of a generated .docx version, converted once and kept, so every download gives the same bytes. */
@Entity
@Table(name = "generated_document_pdf")
class DocumentPdf {

  @Id
  @Column(name = "document_id")
  private Long documentId;

  @Column(nullable = false)
  private byte[] content;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected DocumentPdf() {
  }

  DocumentPdf(Long documentId, byte[] content, String sha256, Instant createdAt) {
    this.documentId = documentId;
    this.content = content;
    this.sha256 = sha256;
    this.createdAt = createdAt;
  }

  public Long getDocumentId() {
    return documentId;
  }

  public byte[] getContent() {
    return content;
  }

  public String getSha256() {
    return sha256;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
