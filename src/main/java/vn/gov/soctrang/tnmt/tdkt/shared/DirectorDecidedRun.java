package vn.gov.soctrang.tnmt.tdkt.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What every run of a feature's process that ends in a Director's decision records (the year-end titles, a thematic
 * movement): its process instance, its status, who opened it and when, and the decision's number, date and author.
 * The tables share these columns; each feature adds its own (the year, the movement) and its own statuses.
 */
@MappedSuperclass
public abstract class DirectorDecidedRun {

  /** The status of a run just opened. */
  public static final String OPEN = "OPEN";
  /** The status once the Director has decided. */
  public static final String DECIDED = "DECIDED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_instance_id", nullable = false)
  private String processInstanceId;

  @Column(name = "status", nullable = false)
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

  protected DirectorDecidedRun() {
  }

  protected DirectorDecidedRun(String processInstanceId, String openedBy, Instant openedAt) {
    this.processInstanceId = processInstanceId;
    this.openedBy = openedBy;
    this.openedAt = openedAt;
  }

  /** The Director's decision: its number, date and who recorded it. */
  public void decide(String number, LocalDate date, String by) {
    this.decisionNumber = number;
    this.decisionDate = date;
    this.decidedBy = by;
    this.status = DECIDED;
  }

  public Long getId() {
    return id;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getDecisionNumber() {
    return decisionNumber;
  }

  public LocalDate getDecisionDate() {
    return decisionDate;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getOpenedBy() {
    return openedBy;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }
}
