package vn.gov.soctrang.tnmt.tdkt.council;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The secret ballot issued to a member: the ballot task and the member it belongs to, recorded when the task is
 * created. Only the application writes it; no engine call (a variable, an assignee) changes whose ballot it is.
 */
@Entity
@Table(name = "ballot_issue")
class BallotIssue {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "meeting_id", nullable = false)
  private Long meetingId;

  @Column(name = "member_username", nullable = false)
  private String memberUsername;

  @Column(name = "task_id", nullable = false)
  private String taskId;

  @Column(name = "execution_id", nullable = false)
  private String executionId;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  protected BallotIssue() {
  }

  BallotIssue(Long meetingId, String memberUsername, String taskId, String executionId, Instant issuedAt) {
    this.meetingId = meetingId;
    this.memberUsername = memberUsername;
    this.taskId = taskId;
    this.executionId = executionId;
    this.issuedAt = issuedAt;
  }

  public Long getMeetingId() {
    return meetingId;
  }

  public String getMemberUsername() {
    return memberUsername;
  }

  public String getTaskId() {
    return taskId;
  }

  public String getExecutionId() {
    return executionId;
  }
}
