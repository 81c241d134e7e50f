package vn.gov.soctrang.tnmt.tdkt.thematic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The run of one thematic movement's process: opened by the Office, decided by the Director, summarised. */
@Entity
@Table(name = "thematic_run")
class ThematicRun {

  static final String OPEN = "OPEN";
  static final String REPORTING = "REPORTING";
  static final String DECIDED = "DECIDED";
  static final String RECORDED = "RECORDED";
  static final String SUMMARISED = "SUMMARISED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "movement_id", nullable = false)
  private long movementId;

  @Column(name = "process_instance_id", nullable = false)
  private String processInstanceId;

  @Column(nullable = false)
  private String status = OPEN;

  @Column(name = "decision_number")
  private String decisionNumber;

  @Column(name = "decision_date")
  private LocalDate decisionDate;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "opened_by")
  private String openedBy;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  protected ThematicRun() {
  }

  ThematicRun(long movementId, String processInstanceId, String openedBy, Instant openedAt) {
    this.movementId = movementId;
    this.processInstanceId = processInstanceId;
    this.openedBy = openedBy;
    this.openedAt = openedAt;
  }

  void decide(String number, LocalDate date, String by) {
    this.decisionNumber = number;
    this.decisionDate = date;
    this.decidedBy = by;
    this.status = DECIDED;
  }

  Long getId() {
    return id;
  }

  long getMovementId() {
    return movementId;
  }

  String getProcessInstanceId() {
    return processInstanceId;
  }

  String getStatus() {
    return status;
  }

  void setStatus(String status) {
    this.status = status;
  }

  String getDecisionNumber() {
    return decisionNumber;
  }

  LocalDate getDecisionDate() {
    return decisionDate;
  }

  String getDecidedBy() {
    return decidedBy;
  }

  String getOpenedBy() {
    return openedBy;
  }
}
