package vn.gov.soctrang.tnmt.tdkt.thematic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A unit's registration for a thematic movement: whether it takes part, and its commitment. */
@Entity
@Table(name = "thematic_participation")
class ThematicParticipation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "run_id", nullable = false)
  private long runId;

  @Column(name = "unit_code", nullable = false)
  private String unitCode;

  @Column(nullable = false)
  private boolean participates;

  @Column
  private String commitment;

  @Column(name = "registered_by", nullable = false)
  private String registeredBy;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  protected ThematicParticipation() {
  }

  ThematicParticipation(long runId, String unitCode, boolean participates, String commitment, String registeredBy,
      Instant registeredAt) {
    this.runId = runId;
    this.unitCode = unitCode;
    this.participates = participates;
    this.commitment = commitment;
    this.registeredBy = registeredBy;
    this.registeredAt = registeredAt;
  }

  String getUnitCode() {
    return unitCode;
  }

  boolean isParticipates() {
    return participates;
  }

  String getCommitment() {
    return commitment;
  }
}
