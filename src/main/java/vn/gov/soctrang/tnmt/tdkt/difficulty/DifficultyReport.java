package vn.gov.soctrang.tnmt.tdkt.difficulty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;

/** A difficulty or obstacle a unit reports to the Department through the Office (the plan, section IV). */
@Entity
@Table(name = "difficulty_report")
class DifficultyReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @Column(nullable = false)
  private String reporter;

  @Column(nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DifficultyField field;

  @Column(nullable = false)
  private String content;

  private String proposal;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DifficultyStatus status;

  @Column(name = "resolver_group")
  private String resolverGroup;

  @Column(name = "routing_note")
  private String routingNote;

  private String answer;

  @Column(name = "answered_by")
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  private String feedback;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected DifficultyReport() {
  }

  public DifficultyReport(Unit unit, String reporter, String title, DifficultyField field, String content,
      String proposal, String processInstanceId, Instant createdAt) {
    this.unit = unit;
    this.reporter = reporter;
    this.title = title;
    this.field = field;
    this.content = content;
    this.proposal = proposal;
    this.processInstanceId = processInstanceId;
    this.createdAt = createdAt;
    this.status = DifficultyStatus.SUBMITTED;
  }

  public void routeTo(String group, String note) {
    require(EnumSet.of(DifficultyStatus.SUBMITTED, DifficultyStatus.REOPENED), "phân công xử lý");
    resolverGroup = group;
    routingNote = note;
    status = DifficultyStatus.ROUTED;
  }

  public void answer(String text, String by, Instant at) {
    require(EnumSet.of(DifficultyStatus.ROUTED), "trả lời");
    answer = text;
    answeredBy = by;
    answeredAt = at;
    status = DifficultyStatus.ANSWERED;
  }

  public void reviewedByUnit(boolean satisfied, String unitFeedback) {
    require(EnumSet.of(DifficultyStatus.ANSWERED), "ghi nhận ý kiến đơn vị");
    feedback = unitFeedback;
    status = satisfied ? DifficultyStatus.RESOLVED : DifficultyStatus.REOPENED;
  }

  private void require(Set<DifficultyStatus> allowed, String action) {
    if (!allowed.contains(status)) {
      throw new ConflictException("Không thể " + action + ": phản ánh «" + title + "» đang ở trạng thái «"
          + status.label() + "».");
    }
  }

  public Long getId() {
    return id;
  }

  public Unit getUnit() {
    return unit;
  }

  public String getReporter() {
    return reporter;
  }

  public String getTitle() {
    return title;
  }

  public DifficultyField getField() {
    return field;
  }

  public String getContent() {
    return content;
  }

  public String getProposal() {
    return proposal;
  }

  public DifficultyStatus getStatus() {
    return status;
  }

  public String getResolverGroup() {
    return resolverGroup;
  }

  public String getRoutingNote() {
    return routingNote;
  }

  public String getAnswer() {
    return answer;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  public String getFeedback() {
    return feedback;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
