package vn.gov.soctrang.tnmt.tdkt.report;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;

/**
 * A unit's yearly report on the movement, against the plan's three collective criteria, with a guarded lifecycle:
 * register → draft → head approves or returns → the Office accepts or returns.
 */
@Entity
@Table(name = "unit_report")
public class UnitReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cycle_id", nullable = false)
  private Long cycleId;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReportStatus status;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "guidance_on_time")
  private boolean guidanceOnTime;

  @Column(name = "guidance_note")
  private String guidanceNote;

  @Column(name = "guidance_document_count")
  private int guidanceDocumentCount;

  @Column(name = "propaganda_session_count")
  private int propagandaSessionCount;

  @Column(name = "participant_count")
  private int participantCount;

  @Column(name = "propaganda_done")
  private boolean propagandaDone;

  @Column(name = "propaganda_note")
  private String propagandaNote;

  @Column(name = "locality_supported")
  private boolean localitySupported;

  @Column(name = "support_result")
  private String supportResult;

  private String summary;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "head_decided_by")
  private String headDecidedBy;

  @Column(name = "head_comment")
  private String headComment;

  @Column(name = "office_decided_by")
  private String officeDecidedBy;

  @Column(name = "office_comment")
  private String officeComment;

  @Version
  private long version;

  protected UnitReport() {
  }

  public UnitReport(Long cycleId, Unit unit, String processInstanceId, LocalDate dueDate) {
    this.cycleId = cycleId;
    this.unit = unit;
    this.processInstanceId = processInstanceId;
    this.dueDate = dueDate;
    this.status = ReportStatus.REGISTERING;
  }

  /** The content of the report, as the unit's staff drafted it. */
  public record Content(boolean guidanceOnTime, String guidanceNote, int guidanceDocumentCount,
      boolean propagandaDone, String propagandaNote, int propagandaSessionCount, int participantCount,
      boolean localitySupported, String supportResult, String summary) {
  }

  public void registered() {
    require(EnumSet.of(ReportStatus.REGISTERING), "đăng ký thi đua");
    status = ReportStatus.DRAFTING;
  }

  public void submit(Content content, String by, Instant at) {
    require(EnumSet.of(ReportStatus.DRAFTING, ReportStatus.RETURNED), "gửi báo cáo");
    guidanceOnTime = content.guidanceOnTime();
    guidanceNote = content.guidanceNote();
    guidanceDocumentCount = content.guidanceDocumentCount();
    propagandaSessionCount = content.propagandaSessionCount();
    participantCount = content.participantCount();
    propagandaDone = content.propagandaDone();
    propagandaNote = content.propagandaNote();
    localitySupported = content.localitySupported();
    supportResult = content.supportResult();
    summary = content.summary();
    submittedBy = by;
    submittedAt = at;
    status = ReportStatus.SUBMITTED;
  }

  public void approveByHead(String by, String comment) {
    require(EnumSet.of(ReportStatus.SUBMITTED), "duyệt báo cáo");
    headDecidedBy = by;
    headComment = comment;
    status = ReportStatus.HEAD_APPROVED;
  }

  public void returnByHead(String by, String reason) {
    require(EnumSet.of(ReportStatus.SUBMITTED), "trả lại báo cáo");
    headDecidedBy = by;
    headComment = reason;
    status = ReportStatus.RETURNED;
  }

  public void acceptByOffice(String by, String comment) {
    require(EnumSet.of(ReportStatus.HEAD_APPROVED), "tiếp nhận báo cáo");
    officeDecidedBy = by;
    officeComment = comment;
    status = ReportStatus.ACCEPTED;
  }

  public void returnByOffice(String by, String reason) {
    require(EnumSet.of(ReportStatus.HEAD_APPROVED), "trả lại báo cáo");
    officeDecidedBy = by;
    officeComment = reason;
    status = ReportStatus.RETURNED;
  }

  public void extendDeadline(LocalDate newDueDate) {
    require(EnumSet.of(ReportStatus.REGISTERING, ReportStatus.DRAFTING, ReportStatus.RETURNED), "gia hạn báo cáo");
    dueDate = newDueDate;
  }

  public void markNotReported(String by, String note) {
    require(EnumSet.of(ReportStatus.REGISTERING, ReportStatus.DRAFTING, ReportStatus.RETURNED),
        "ghi nhận không báo cáo");
    officeDecidedBy = by;
    officeComment = note;
    status = ReportStatus.NOT_REPORTED;
  }

  private void require(Set<ReportStatus> allowed, String action) {
    if (!allowed.contains(status)) {
      throw new ConflictException("Không thể " + action + ": báo cáo của " + unit.getName() + " đang ở trạng thái «"
          + status.label() + "».");
    }
  }

  public Long getId() {
    return id;
  }

  public Long getCycleId() {
    return cycleId;
  }

  public Unit getUnit() {
    return unit;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public ReportStatus getStatus() {
    return status;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public boolean isGuidanceOnTime() {
    return guidanceOnTime;
  }

  public String getGuidanceNote() {
    return guidanceNote;
  }

  public int getGuidanceDocumentCount() {
    return guidanceDocumentCount;
  }

  public int getPropagandaSessionCount() {
    return propagandaSessionCount;
  }

  public int getParticipantCount() {
    return participantCount;
  }

  public boolean isPropagandaDone() {
    return propagandaDone;
  }

  public String getPropagandaNote() {
    return propagandaNote;
  }

  public boolean isLocalitySupported() {
    return localitySupported;
  }

  public String getSupportResult() {
    return supportResult;
  }

  public String getSummary() {
    return summary;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public String getHeadComment() {
    return headComment;
  }

  public String getOfficeComment() {
    return officeComment;
  }
}
