package vn.gov.soctrang.tnmt.tdkt.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change to a record the Department must be able to account for (an award, a setting, a holiday, the
 * organisation): who, when, which object, what was done, and the object's relevant fields before and after, as JSON.
 * Written in the same transaction as the change; never updated or deleted.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(name = "object_type", nullable = false, updatable = false)
  private String objectType;

  @Column(name = "object_id", nullable = false, updatable = false)
  private String objectId;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(name = "before_json", updatable = false)
  private String beforeJson;

  @Column(name = "after_json", updatable = false)
  private String afterJson;

  protected AuditEntry() {
  }

  AuditEntry(Instant occurredAt, String actor, AuditedObject objectType, String objectId, AuditAction action,
      String beforeJson, String afterJson) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.objectType = objectType.name();
    this.objectId = objectId;
    this.action = action.name();
    this.beforeJson = beforeJson;
    this.afterJson = afterJson;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getObjectType() {
    return objectType;
  }

  public String getObjectId() {
    return objectId;
  }

  public String getAction() {
    return action;
  }

  /** The object's audited fields before the change, as JSON; null when the change created it. */
  public String getBeforeJson() {
    return beforeJson;
  }

  /** The object's audited fields after the change, as JSON; null when the change removed it. */
  public String getAfterJson() {
    return afterJson;
  }
}
