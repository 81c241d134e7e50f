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

/** One version of a generated document; its bytes are in {@link DocumentContent}. */
@Entity
@Table(name = "generated_document")
class GeneratedDocument {

  public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String PDF = "application/pdf";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The yearly cycle the document belongs to; null for a year-end titles or ad-hoc award decision (V47). */
  @Column(name = "cycle_id")
  private Long cycleId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DocumentKind kind;

  /**
   * What the document is about within the cycle: "cycle", "nomination:12", "submission:3", …; outside a cycle:
   * "title-run:4", "ad-hoc-award:7".
   */
  @Column(nullable = false)
  private String subject;

  /** The unit the document is about, when it is about one (decides who else may read it). */
  @Column(name = "unit_id")
  private Long unitId;

  @Column(nullable = false)
  private int version;

  @Column(nullable = false)
  private String title;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** The uploaded template that wrote this version; null: the template shipped with the release. */
  @Column(name = "template_id")
  private Long templateId;

  protected GeneratedDocument() {
  }

  GeneratedDocument(Long cycleId, DocumentKind kind, String subject, Long unitId, int version, String title,
      String fileName, String contentType, long size, String sha256, String createdBy, Instant createdAt) {
    this.cycleId = cycleId;
    this.kind = kind;
    this.subject = subject;
    this.unitId = unitId;
    this.version = version;
    this.title = title;
    this.fileName = fileName;
    this.contentType = contentType;
    this.size = size;
    this.sha256 = sha256;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public Long getCycleId() {
    return cycleId;
  }

  public DocumentKind getKind() {
    return kind;
  }

  public String getSubject() {
    return subject;
  }

  public Long getUnitId() {
    return unitId;
  }

  public int getVersion() {
    return version;
  }

  public String getTitle() {
    return title;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSize() {
    return size;
  }

  public String getSha256() {
    return sha256;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Long getTemplateId() {
    return templateId;
  }

  void writtenFrom(Long templateId) {
    this.templateId = templateId;
  }
}
