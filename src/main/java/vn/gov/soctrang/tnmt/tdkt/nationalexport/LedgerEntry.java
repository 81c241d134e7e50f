package vn.gov.soctrang.tnmt.tdkt.nationalexport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One record of the register, exported once: in which batch, when, how, and what the national database answered. */
@Entity
@Table(name = "national_export_ledger")
class LedgerEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "record_id", nullable = false)
  private String recordId;

  @Column(name = "batch_id", nullable = false)
  private Long batchId;

  @Column(name = "exported_at", nullable = false)
  private Instant exportedAt;

  @Column(nullable = false)
  private String transport;

  @Enumerated(EnumType.STRING)
  @Column(name = "ack_status", nullable = false)
  private ExportBatch.AckStatus ackStatus;

  @Column(name = "ack_at")
  private Instant ackAt;

  @Column(name = "ack_reference")
  private String ackReference;

  protected LedgerEntry() {
  }

  LedgerEntry(String recordId, Long batchId, Instant exportedAt, String transport) {
    this.recordId = recordId;
    this.batchId = batchId;
    this.exportedAt = exportedAt;
    this.transport = transport;
    this.ackStatus = ExportBatch.AckStatus.PENDING;
  }

  void acknowledged(ExportBatch.AckStatus status, String reference, Instant at) {
    ackStatus = status;
    ackReference = reference;
    ackAt = at;
  }

  String getRecordId() {
    return recordId;
  }

  Long getBatchId() {
    return batchId;
  }

  Instant getExportedAt() {
    return exportedAt;
  }

  String getTransport() {
    return transport;
  }

  ExportBatch.AckStatus getAckStatus() {
    return ackStatus;
  }

  Instant getAckAt() {
    return ackAt;
  }

  String getAckReference() {
    return ackReference;
  }
}
