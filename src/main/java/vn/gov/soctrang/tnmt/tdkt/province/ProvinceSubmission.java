package vn.gov.soctrang.tnmt.tdkt.province;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import vn.gov.soctrang.tnmt.tdkt.nomination.AwardType;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;

/**
 * The Department's proposal (tờ trình) to the province for one award type of one cycle: never two award types in
 * one. It goes round again, with more documents, when the province returns nominations.
 */
@Entity
@Table(name = "province_submission")
public class ProvinceSubmission {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cycle_id", nullable = false)
  private Long cycleId;

  @Enumerated(EnumType.STRING)
  @Column(name = "award_type", nullable = false)
  private AwardType awardType;

  @Column(name = "round_no", nullable = false)
  private int round;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SubmissionStatus status;

  @Column(name = "proposal_number")
  private String proposalNumber;

  @Column(name = "proposal_date")
  private LocalDate proposalDate;

  @Column(name = "dossier_note")
  private String dossierNote;

  @Column(name = "signed_by")
  private String signedBy;

  @Column(name = "signed_at")
  private Instant signedAt;

  @Column(name = "dispatch_number")
  private String dispatchNumber;

  @Column(name = "dispatch_date")
  private LocalDate dispatchDate;

  @Column(name = "needs_other_agencies", nullable = false)
  private boolean needsOtherAgencies;

  @Column(name = "answer_due_on")
  private LocalDate answerDueOn;

  /** Whether and how the province consults the public on this round's nominees; empty when the award needs none. */
  @Enumerated(EnumType.STRING)
  @Column(name = "consultation_status")
  private ConsultationStatus consultationStatus;

  @Column(name = "consultation_posted_on")
  private LocalDate consultationPostedOn;

  @Column(name = "consultation_ends_on")
  private LocalDate consultationEndsOn;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  private long version;

  protected ProvinceSubmission() {
  }

  public ProvinceSubmission(Long cycleId, AwardType awardType, Instant createdAt) {
    if (!awardType.decidedAbove()) {
      throw new IllegalArgumentException(awardType + " is decided in the Department");
    }
    this.cycleId = cycleId;
    this.awardType = awardType;
    this.round = 1;
    this.status = SubmissionStatus.PREPARING;
    this.createdAt = createdAt;
  }

  private void expect(SubmissionStatus expected, String step) {
    if (status != expected) {
      throw new ConflictException("Tờ trình " + awardType.label() + " không ở bước " + step + " (hiện: "
          + status.label() + ").");
    }
  }

  public void prepared(String number, LocalDate date, String note) {
    expect(SubmissionStatus.PREPARING, "chuẩn bị hồ sơ");
    proposalNumber = number;
    proposalDate = date;
    dossierNote = note;
    status = SubmissionStatus.AWAITING_SIGNATURE;
  }

  public void signed(String by, Instant at) {
    expect(SubmissionStatus.AWAITING_SIGNATURE, "ký tờ trình");
    signedBy = by;
    signedAt = at;
    status = SubmissionStatus.SIGNED;
  }

  /** The Director sends the dossier back to the Office instead of signing. */
  public void sentBack() {
    expect(SubmissionStatus.AWAITING_SIGNATURE, "ký tờ trình");
    status = SubmissionStatus.PREPARING;
  }

  public void dispatched(String number, LocalDate date, boolean otherAgencies, LocalDate answerDue) {
    expect(SubmissionStatus.SIGNED, "gửi tờ trình");
    dispatchNumber = number;
    dispatchDate = date;
    needsOtherAgencies = otherAgencies;
    answerDueOn = answerDue;
    status = SubmissionStatus.SENT;
    consultationStatus = null;
    consultationPostedOn = null;
    consultationEndsOn = null;
  }

  /** The award of this proposal needs the province's public consultation before its Council considers it. */
  public void awaitConsultation() {
    expect(SubmissionStatus.SENT, "chờ kết quả");
    consultationStatus = ConsultationStatus.AWAITING_POSTING;
  }

  /**
   * The province posted the list for public comment: the answer cannot come before the consultation ends, so it is
   * due counting from that end. The dates may be corrected while the consultation is still open.
   */
  public void consultationPosted(LocalDate postedOn, LocalDate endsOn, LocalDate answerDue) {
    expect(SubmissionStatus.SENT, "chờ kết quả");
    if (consultationStatus != ConsultationStatus.AWAITING_POSTING && consultationStatus != ConsultationStatus.OPEN) {
      throw new ConflictException("Tờ trình " + awardType.label() + " không chờ tỉnh lấy ý kiến Nhân dân.");
    }
    consultationStatus = ConsultationStatus.OPEN;
    consultationPostedOn = postedOn;
    consultationEndsOn = endsOn;
    answerDueOn = answerDue;
  }

  /** The province answered (returned the dossier, or decided) before posting the list. */
  public void consultationNotHeld() {
    if (consultationStatus == ConsultationStatus.AWAITING_POSTING) {
      consultationStatus = ConsultationStatus.NOT_HELD;
    }
  }

  /** Whether the province's consultation is running on that day. */
  public boolean consultationOpenOn(LocalDate day) {
    return status == SubmissionStatus.SENT && consultationStatus == ConsultationStatus.OPEN
        && consultationEndsOn != null && !day.isAfter(consultationEndsOn);
  }

  /**
   * After an answer: a new round when some nominations came back for more documents, still waiting while some are
   * unanswered, done when every nomination has its answer.
   */
  public void answered(boolean anyReturned, boolean anyPending) {
    expect(SubmissionStatus.SENT, "chờ kết quả");
    consultationNotHeld();
    if (anyReturned) {
      round++;
      status = SubmissionStatus.PREPARING;
    } else if (!anyPending) {
      status = SubmissionStatus.COMPLETED;
    }
  }

  public Long getId() {
    return id;
  }

  public Long getCycleId() {
    return cycleId;
  }

  public AwardType getAwardType() {
    return awardType;
  }

  public int getRound() {
    return round;
  }

  public SubmissionStatus getStatus() {
    return status;
  }

  public String getProposalNumber() {
    return proposalNumber;
  }

  public LocalDate getProposalDate() {
    return proposalDate;
  }

  public String getDossierNote() {
    return dossierNote;
  }

  public String getSignedBy() {
    return signedBy;
  }

  public String getDispatchNumber() {
    return dispatchNumber;
  }

  public LocalDate getDispatchDate() {
    return dispatchDate;
  }

  public boolean isNeedsOtherAgencies() {
    return needsOtherAgencies;
  }

  public LocalDate getAnswerDueOn() {
    return answerDueOn;
  }

  public ConsultationStatus getConsultationStatus() {
    return consultationStatus;
  }

  public LocalDate getConsultationPostedOn() {
    return consultationPostedOn;
  }

  public LocalDate getConsultationEndsOn() {
    return consultationEndsOn;
  }
}
