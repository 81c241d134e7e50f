package vn.gov.soctrang.tnmt.tdkt.award;

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
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;

/**
 * The revocation of one award: the Office's dossier (ground, reasons, evidence), the decision of the authority that
 * conferred the award (the Director's for the Department's own, a superior authority's recorded by the Office), its
 * application to the register, and the recovery of the certificate or medal and of the money.
 */
@Entity
@Table(name = "award_revocation")
class AwardRevocation {

  /** Where a revocation stands; every change of status is guarded here. */
  public enum Status {
    PREPARED("Văn phòng đã chuẩn bị hồ sơ, chờ quyết định"),
    RETURNED("Trả lại Văn phòng bổ sung hồ sơ"),
    REFUSED("Không hủy bỏ"),
    DECIDED("Đã có quyết định hủy bỏ"),
    APPLIED("Đã hủy bỏ trong sổ khen thưởng, chờ ghi nhận thu hồi"),
    COMPLETED("Đã hủy bỏ, đã ghi nhận thu hồi hiện vật và tiền thưởng");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The statuses of a revocation still under way: an award has at most one. */
  public static final Set<Status> OPEN = EnumSet.of(Status.PREPARED, Status.RETURNED, Status.DECIDED);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "award_id", nullable = false)
  private Long awardId;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "ground_id")
  private RevocationGround ground;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(nullable = false)
  private String reasons;

  private String evidence;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "prepared_by", nullable = false)
  private String preparedBy;

  @Column(name = "prepared_at", nullable = false)
  private Instant preparedAt;

  @Column(name = "by_director", nullable = false)
  private boolean byDirector;

  @Column(name = "decision_number")
  private String decisionNumber;

  @Column(name = "decision_date")
  private LocalDate decisionDate;

  @Column(name = "decision_signer")
  private String decisionSigner;

  @Column(name = "issuing_authority")
  private String issuingAuthority;

  @Column(name = "decision_recorded_by")
  private String decisionRecordedBy;

  @Column(name = "decision_recorded_at")
  private Instant decisionRecordedAt;

  @Column(name = "refusal_reason")
  private String refusalReason;

  @Column(name = "applied_at")
  private Instant appliedAt;

  @Column(name = "certificate_recovered")
  private Boolean certificateRecovered;

  @Column(name = "certificate_recovered_on")
  private LocalDate certificateRecoveredOn;

  @Column(name = "certificate_note")
  private String certificateNote;

  @Column(name = "money_amount")
  private Long moneyAmount;

  @Column(name = "money_recovered_on")
  private LocalDate moneyRecoveredOn;

  @Column(name = "money_note")
  private String moneyNote;

  @Column(name = "recovery_recorded_by")
  private String recoveryRecordedBy;

  @Column(name = "recovery_recorded_at")
  private Instant recoveryRecordedAt;

  @Version
  private long version;

  protected AwardRevocation() {
  }

  public AwardRevocation(Award award, RevocationGround ground, String reasons, String evidence,
      String processInstanceId, String preparedBy, Instant preparedAt) {
    this.processInstanceId = processInstanceId;
    this.status = Status.PREPARED;
    dossier(award, ground, reasons, evidence, preparedBy, preparedAt);
  }

  /** The Office completes a dossier the Director returned; it waits for a decision again. */
  public void revise(Award award, RevocationGround ground, String reasons, String evidence, String actor,
      Instant at) {
    require(Status.RETURNED, "bổ sung hồ sơ");
    status = Status.PREPARED;
    dossier(award, ground, reasons, evidence, actor, at);
  }

  private void dossier(Award award, RevocationGround ground, String reasons, String evidence, String actor,
      Instant at) {
    this.awardId = award.getId();
    this.byDirector = !award.getAwardType().decidedAbove();
    this.ground = ground;
    this.reasons = reasons;
    this.evidence = evidence;
    this.preparedBy = actor;
    this.preparedAt = at;
    this.refusalReason = null;
  }

  /** The decision that revokes: the Director's own, or the superior authority's that the Office records. */
  public void decided(String number, LocalDate date, String signer, String authority, String actor, Instant at) {
    require(Status.PREPARED, "ghi nhận quyết định hủy bỏ");
    status = Status.DECIDED;
    decisionNumber = number;
    decisionDate = date;
    decisionSigner = signer;
    issuingAuthority = authority;
    decisionRecordedBy = actor;
    decisionRecordedAt = at;
  }

  /** The Director sends the dossier back to the Office with what is missing. */
  public void returned(String reason, String actor, Instant at) {
    require(Status.PREPARED, "trả lại hồ sơ");
    status = Status.RETURNED;
    refusalReason = reason;
    decisionRecordedBy = actor;
    decisionRecordedAt = at;
  }

  /** The award stays: the deciding authority does not revoke it. */
  public void refused(String reason, String authority, String actor, Instant at) {
    require(Status.PREPARED, "ghi nhận không hủy bỏ");
    status = Status.REFUSED;
    refusalReason = reason;
    issuingAuthority = authority;
    decisionRecordedBy = actor;
    decisionRecordedAt = at;
  }

  /** The register marks the award revoked. */
  public void applied(Instant at) {
    require(Status.DECIDED, "hủy bỏ khen thưởng trong sổ");
    status = Status.APPLIED;
    appliedAt = at;
  }

  /** What was recovered (or why not yet): the certificate or medal, and the money. */
  public void recovered(boolean certificate, LocalDate certificateOn, String certificateNote, long amount,
      LocalDate moneyOn, String moneyNote, String actor, Instant at) {
    require(Status.APPLIED, "ghi nhận thu hồi hiện vật và tiền thưởng");
    status = Status.COMPLETED;
    this.certificateRecovered = certificate;
    this.certificateRecoveredOn = certificateOn;
    this.certificateNote = certificateNote;
    this.moneyAmount = amount;
    this.moneyRecoveredOn = moneyOn;
    this.moneyNote = moneyNote;
    this.recoveryRecordedBy = actor;
    this.recoveryRecordedAt = at;
  }

  private void require(Status expected, String step) {
    if (status != expected) {
      throw new ConflictException("Không thể " + step + ": hồ sơ hủy bỏ khen thưởng đang ở trạng thái «"
          + status.label() + "».");
    }
  }

  public boolean isOpen() {
    return OPEN.contains(status);
  }

  public Long getId() {
    return id;
  }

  public Long getAwardId() {
    return awardId;
  }

  public RevocationGround getGround() {
    return ground;
  }

  public Status getStatus() {
    return status;
  }

  public String getReasons() {
    return reasons;
  }

  public String getEvidence() {
    return evidence;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getPreparedBy() {
    return preparedBy;
  }

  public Instant getPreparedAt() {
    return preparedAt;
  }

  public boolean isByDirector() {
    return byDirector;
  }

  public String getDecisionNumber() {
    return decisionNumber;
  }

  public LocalDate getDecisionDate() {
    return decisionDate;
  }

  public String getDecisionSigner() {
    return decisionSigner;
  }

  public String getIssuingAuthority() {
    return issuingAuthority;
  }

  public String getDecisionRecordedBy() {
    return decisionRecordedBy;
  }

  public Instant getDecisionRecordedAt() {
    return decisionRecordedAt;
  }

  public String getRefusalReason() {
    return refusalReason;
  }

  public Instant getAppliedAt() {
    return appliedAt;
  }

  public Boolean getCertificateRecovered() {
    return certificateRecovered;
  }

  public LocalDate getCertificateRecoveredOn() {
    return certificateRecoveredOn;
  }

  public String getCertificateNote() {
    return certificateNote;
  }

  public Long getMoneyAmount() {
    return moneyAmount;
  }

  public LocalDate getMoneyRecoveredOn() {
    return moneyRecoveredOn;
  }

  public String getMoneyNote() {
    return moneyNote;
  }

  public String getRecoveryRecordedBy() {
    return recoveryRecordedBy;
  }

  public Instant getRecoveryRecordedAt() {
    return recoveryRecordedAt;
  }
}
