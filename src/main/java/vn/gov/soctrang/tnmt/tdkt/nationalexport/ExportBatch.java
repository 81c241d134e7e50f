package vn.gov.soctrang.tnmt.tdkt.nationalexport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;

/** One export: its records are in the ledger, its files in {@link ExportBatchFile}. */
@Entity
@Table(name = "national_export_batch")
class ExportBatch {

  /** What the national database answered about a batch. */
  enum AckStatus {
    PENDING("Chưa có phản hồi"),
    ACCEPTED("Đã tiếp nhận"),
    REJECTED("Từ chối tiếp nhận");

    private final String label;

    AckStatus(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "batch_ref")
  private String batchRef;

  @Column(name = "schema_version", nullable = false)
  private String schemaVersion;

  @Column(name = "scope_year")
  private Integer scopeYear;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(nullable = false)
  private String transport;

  @Column(name = "record_count", nullable = false)
  private int recordCount;

  @Column(name = "delivery_reference")
  private String deliveryReference;

  @Column(name = "delivery_count", nullable = false)
  private int deliveryCount;

  @Column(name = "last_delivered_at")
  private Instant lastDeliveredAt;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "ack_status", nullable = false)
  private AckStatus ackStatus;

  @Column(name = "ack_at")
  private Instant ackAt;

  @Column(name = "ack_reference")
  private String ackReference;

  @Column(name = "ack_note")
  private String ackNote;

  @Column(name = "ack_recorded_by")
  private String ackRecordedBy;

  @Version
  private long version;

  protected ExportBatch() {
  }

  ExportBatch(String schemaVersion, Integer scopeYear, Instant createdAt, String createdBy, String transport,
      int recordCount) {
    this.schemaVersion = schemaVersion;
    this.scopeYear = scopeYear;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
    this.transport = transport;
    this.recordCount = recordCount;
    this.ackStatus = AckStatus.PENDING;
  }

  /** The batch's reference, given once its id is known: XK-<year of export>-<id>. */
  void name(int exportYear) {
    this.batchRef = "XK-%d-%06d".formatted(exportYear, id);
  }

  void delivered(String reference, Instant at) {
    deliveryReference = reference;
    deliveryCount++;
    lastDeliveredAt = at;
  }

  /** The national database's answer, recorded once. */
  void acknowledged(AckStatus status, String reference, String note, String actor, Instant at) {
    if (ackStatus != AckStatus.PENDING) {
      throw new ConflictException("Lô " + batchRef + " đã được ghi nhận phản hồi («" + ackStatus.label()
          + "», số " + ackReference + "): không ghi nhận lại.");
    }
    ackStatus = status;
    ackReference = reference;
    ackNote = note;
    ackRecordedBy = actor;
    ackAt = at;
  }

  Long getId() {
    return id;
  }

  String getBatchRef() {
    return batchRef;
  }

  String getSchemaVersion() {
    return schemaVersion;
  }

  Integer getScopeYear() {
    return scopeYear;
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  String getCreatedBy() {
    return createdBy;
  }

  String getTransport() {
    return transport;
  }

  int getRecordCount() {
    return recordCount;
  }

  String getDeliveryReference() {
    return deliveryReference;
  }

  int getDeliveryCount() {
    return deliveryCount;
  }

  Instant getLastDeliveredAt() {
    return lastDeliveredAt;
  }

  AckStatus getAckStatus() {
    return ackStatus;
  }

  Instant getAckAt() {
    return ackAt;
  }

  String getAckReference() {
    return ackReference;
  }

  String getAckNote() {
    return ackNote;
  }

  String getAckRecordedBy() {
    return ackRecordedBy;
  }
}
