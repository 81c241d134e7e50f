package vn.gov.soctrang.tnmt.tdkt.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A .docx template an administrator uploaded for one kind of document, applying from its date. Never changed. */
@Entity
@Table(name = "document_template")
class DocumentTemplate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DocumentKind kind;

  @Column(name = "effective_from", nullable = false)
  private LocalDate effectiveFrom;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(nullable = false)
  private byte[] content;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(nullable = false)
  private String sha256;

  private String note;

  @Column(name = "uploaded_by", nullable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected DocumentTemplate() {
  }

  DocumentTemplate(DocumentKind kind, LocalDate effectiveFrom, String fileName, byte[] content, String sha256,
      String note, String uploadedBy, Instant uploadedAt) {
    this.kind = kind;
    this.effectiveFrom = effectiveFrom;
    this.fileName = fileName;
    this.content = content;
    this.size = content.length;
    this.sha256 = sha256;
    this.note = note;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  public DocumentKind getKind() {
    return kind;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public String getFileName() {
    return fileName;
  }

  public byte[] getContent() {
    return content;
  }

  public long getSize() {
    return size;
  }

  public String getSha256() {
    return sha256;
  }

  public String getNote() {
    return note;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
