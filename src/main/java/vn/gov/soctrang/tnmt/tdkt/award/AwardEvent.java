package vn.gov.soctrang.tnmt.tdkt.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The register's history: an award entered, an award revoked; who, when and why. Never updated or deleted. */
@Entity
@Table(name = "award_event")
public class AwardEvent {

  public static final String ENTERED = "ENTERED";
  public static final String REVOKED = "REVOKED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "award_id", nullable = false)
  private Long awardId;

  @Column(nullable = false)
  private String action;

  private String reason;

  @Column(nullable = false)
  private String actor;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected AwardEvent() {
  }

  public AwardEvent(Long awardId, String action, String reason, String actor, Instant createdAt) {
    this.awardId = awardId;
    this.action = action;
    this.reason = reason;
    this.actor = actor;
    this.createdAt = createdAt;
  }

  public String getAction() {
    return action;
  }

  public String getReason() {
    return reason;
  }

  public String getActor() {
    return actor;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
