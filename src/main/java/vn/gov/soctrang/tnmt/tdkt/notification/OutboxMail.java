package vn.gov.soctrang.tnmt.tdkt.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** One message to one recipient, waiting in the outbox, sent, or given up after its last attempt. */
@Entity
@Table(name = "mail_outbox")
class OutboxMail {

  static final int MAX_ERROR_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MailKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MailStatus status;

  @Column(name = "recipient_email", nullable = false)
  private String recipientEmail;

  @Column(name = "recipient_name")
  private String recipientName;

  @Column(name = "recipient_user")
  private String recipientUser;

  @Column(nullable = false)
  private String subject;

  @Column(name = "body_text", nullable = false)
  private String bodyText;

  @Column(name = "body_html", nullable = false)
  private String bodyHtml;

  @Column(name = "task_id")
  private String taskId;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected OutboxMail() {
  }

  public OutboxMail(MailKind kind, Recipient recipient, ComposedMail mail, String taskId, String processInstanceId,
      Instant now) {
    this.kind = kind;
    this.status = MailStatus.PENDING;
    this.recipientEmail = recipient.email();
    this.recipientName = recipient.fullName();
    this.recipientUser = recipient.username();
    this.subject = mail.subject();
    this.bodyText = mail.text();
    this.bodyHtml = mail.html();
    this.taskId = taskId;
    this.processInstanceId = processInstanceId;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  /** The message reached the mail server. */
  void sent(Instant now) {
    attempts++;
    status = MailStatus.SENT;
    sentAt = now;
    lockedUntil = null;
  }

  /**
   * An attempt failed: another is scheduled after the delay, or the message is given up after the last attempt.
   *
   * @return whether the message is now FAILED
   */
  boolean failed(String error, Instant now, int maxAttempts, Duration delay) {
    attempts++;
    lastError = error == null ? "" : error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
    lockedUntil = null;
    if (attempts >= maxAttempts) {
      status = MailStatus.FAILED;
      return true;
    }
    nextAttemptAt = now.plus(delay);
    return false;
  }

  /** An administrator asks for a new round of attempts (after fixing the address or the server). */
  void retryNow(Instant now) {
    status = MailStatus.PENDING;
    attempts = 0;
    nextAttemptAt = now;
    lockedUntil = null;
  }

  public Long getId() {
    return id;
  }

  public MailKind getKind() {
    return kind;
  }

  public MailStatus getStatus() {
    return status;
  }

  public String getRecipientEmail() {
    return recipientEmail;
  }

  public String getRecipientName() {
    return recipientName;
  }

  public String getRecipientUser() {
    return recipientUser;
  }

  public String getSubject() {
    return subject;
  }

  public String getBodyText() {
    return bodyText;
  }

  public String getBodyHtml() {
    return bodyHtml;
  }

  public String getTaskId() {
    return taskId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
