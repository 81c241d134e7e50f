package vn.gov.soctrang.tnmt.tdkt.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reminder or escalation addressed to a group (a unit, the Office) or a person. */
@Entity
@Table(name = "notification")
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recipient_group")
  private String recipientGroup;

  @Column(name = "recipient_user")
  private String recipientUser;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String body;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Notification() {
  }

  public Notification(String recipientGroup, String recipientUser, String subject, String body,
      String processInstanceId, Instant createdAt) {
    this.recipientGroup = recipientGroup;
    this.recipientUser = recipientUser;
    this.subject = subject;
    this.body = body;
    this.processInstanceId = processInstanceId;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getRecipientGroup() {
    return recipientGroup;
  }

  public String getRecipientUser() {
    return recipientUser;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
