package vn.gov.soctrang.tnmt.tdkt.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One file uploaded as evidence for a user task: where it belongs (task, process instance, the year's business key,
 * the unit), who uploaded it and when, and what it is. Never changed once stored; its bytes live in
 * {@link EvidenceContent} so that lists never load them.
 */
@Entity
@Table(name = "evidence")
class Evidence {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "task_id", nullable = false)
  private String taskId;

  @Column(name = "task_name")
  private String taskName;

  @Column(name = "task_definition_key", nullable = false)
  private String taskDefinitionKey;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "business_key")
  private String businessKey;

  @Column(name = "unit_code")
  private String unitCode;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "kind", nullable = false)
  private String kind;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "sha256", nullable = false)
  private String sha256;

  private String note;

  @Column(name = "uploaded_by", nullable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected Evidence() {
  }

  public Evidence(TaskFacts task, EvidenceRules.AcceptedFile file, String note, String uploadedBy,
      Instant uploadedAt) {
    this.taskId = task.id();
    this.taskName = task.name();
    this.taskDefinitionKey = task.definitionKey();
    this.processInstanceId = task.processInstanceId();
    this.businessKey = task.businessKey();
    this.unitCode = task.unitCode();
    this.fileName = file.fileName();
    this.kind = file.kind().name();
    this.contentType = file.kind().contentType();
    this.sizeBytes = file.size();
    this.sha256 = file.sha256();
    this.note = note;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  public String getTaskId() {
    return taskId;
  }

  public String getTaskName() {
    return taskName;
  }

  public String getTaskDefinitionKey() {
    return taskDefinitionKey;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getBusinessKey() {
    return businessKey;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public String getFileName() {
    return fileName;
  }

  public EvidenceKind getKind() {
    return EvidenceKind.valueOf(kind);
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
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
