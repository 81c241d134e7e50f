package vn.gov.soctrang.tnmt.tdkt.titles;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The year-end titles of one year: opened by the Office, decided by the Director. */
@Entity
@Table(name = "title_run")
class TitleRun {

  static final String OPEN = "OPEN";
  static final String CHECKED = "CHECKED";
  static final String DECIDED = "DECIDED";
  static final String RECORDED = "RECORDED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "run_year", nullable = false)
  private int year;

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

  protected TitleRun() {
  }

  TitleRun(int year, String processInstanceId, String openedBy, Instant openedAt) {
    this.year = year;
    this.processInstanceId = processInstanceId;
    this.openedBy = openedBy;
    this.openedAt = openedAt;
  }

  Long getId() {
    return id;
  }

  int getYear() {
    return year;
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

  void decide(String number, LocalDate date, String by) {
    this.decisionNumber = number;
    this.decisionDate = date;
    this.decidedBy = by;
    this.status = DECIDED;
  }
}
