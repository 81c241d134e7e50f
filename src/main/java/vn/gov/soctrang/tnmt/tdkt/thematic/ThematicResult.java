package vn.gov.soctrang.tnmt.tdkt.thematic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a unit reports against one criterion of the movement. */
@Entity
@Table(name = "thematic_result")
class ThematicResult {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "run_id", nullable = false)
  private long runId;

  @Column(name = "unit_code", nullable = false)
  private String unitCode;

  @Column(name = "criterion_id", nullable = false)
  private long criterionId;

  @Column(name = "result_text", nullable = false)
  private String resultText;

  @Column(name = "reported_by", nullable = false)
  private String reportedBy;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  protected ThematicResult() {
  }

  ThematicResult(long runId, String unitCode, long criterionId, String resultText, String reportedBy,
      Instant reportedAt) {
    this.runId = runId;
    this.unitCode = unitCode;
    this.criterionId = criterionId;
    this.resultText = resultText;
    this.reportedBy = reportedBy;
    this.reportedAt = reportedAt;
  }

  String getUnitCode() {
    return unitCode;
  }

  long getCriterionId() {
    return criterionId;
  }

  String getResultText() {
    return resultText;
  }
}
