package vn.gov.soctrang.tnmt.tdkt.thematic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.gov.soctrang.tnmt.tdkt.shared.DirectorDecidedRun;

/** The run of one thematic movement's process: opened by the Office, decided by the Director, summarised. */
@Entity
@Table(name = "thematic_run")
class ThematicRun extends DirectorDecidedRun {

  static final String REPORTING = "REPORTING";
  static final String RECORDED = "RECORDED";
  static final String SUMMARISED = "SUMMARISED";

  @Column(name = "movement_id", nullable = false)
  private long movementId;

  protected ThematicRun() {
  }

  ThematicRun(long movementId, String processInstanceId, String openedBy, Instant openedAt) {
    super(processInstanceId, openedBy, openedAt);
    this.movementId = movementId;
  }

  long getMovementId() {
    return movementId;
  }
}
