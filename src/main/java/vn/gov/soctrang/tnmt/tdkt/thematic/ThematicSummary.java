package vn.gov.soctrang.tnmt.tdkt.thematic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The final summary (tổng kết) of a thematic movement, stored once its commendations are in the register. */
@Entity
@Table(name = "thematic_summary")
class ThematicSummary {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "run_id", nullable = false)
  private long runId;

  @Column(name = "movement_id", nullable = false)
  private long movementId;

  @Column(name = "participating_units", nullable = false)
  private int participatingUnits;

  @Column(name = "reporting_units", nullable = false)
  private int reportingUnits;

  @Column(nullable = false)
  private int commendations;

  @Column(name = "summary_text", nullable = false)
  private String text;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected ThematicSummary() {
  }

  ThematicSummary(long runId, long movementId, int participatingUnits, int reportingUnits, int commendations,
      String text, Instant recordedAt) {
    this.runId = runId;
    this.movementId = movementId;
    this.participatingUnits = participatingUnits;
    this.reportingUnits = reportingUnits;
    this.commendations = commendations;
    this.text = text;
    this.recordedAt = recordedAt;
  }

  int getParticipatingUnits() {
    return participatingUnits;
  }

  int getReportingUnits() {
    return reportingUnits;
  }

  int getCommendations() {
    return commendations;
  }

  String getText() {
    return text;
  }

  Instant getRecordedAt() {
    return recordedAt;
  }
}
