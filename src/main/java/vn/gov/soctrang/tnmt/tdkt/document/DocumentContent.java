package vn.gov.soctrang.tnmt.tdkt.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one document version, loaded only for a download. */
@Entity
@Table(name = "generated_document_content")
class DocumentContent {

  @Id
  @Column(name = "document_id")
  private Long documentId;

  @Column(nullable = false)
  private byte[] content;

  protected DocumentContent() {
  }

  DocumentContent(Long documentId, byte[] content) {
    this.documentId = documentId;
    this.content = content;
  }

  public byte[] getContent() {
    return content;
  }
}
