package vn.gov.soctrang.tnmt.tdkt.nomination;

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
import vn.gov.soctrang.tnmt.tdkt.organization.Person;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;

/** A unit's proposal to award a collective or an individual for the year's achievements. */
@Entity
@Table(name = "nomination")
public class Nomination {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "unit_report_id", nullable = false)
  private Long unitReportId;

  @Column(name = "cycle_id", nullable = false)
  private Long cycleId;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @Enumerated(EnumType.STRING)
  @Column(name = "nominee_type", nullable = false)
  private NomineeType nomineeType;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "person_id")
  private Person person;

  @Column(name = "nominee_name", nullable = false)
  private String nomineeName;

  @Enumerated(EnumType.STRING)
  @Column(name = "proposed_award", nullable = false)
  private AwardType proposedAward;

  @Column(nullable = false)
  private String achievements;

  private String initiatives;

  @Column(name = "tasks_completed")
  private boolean tasksCompleted;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private NominationStatus status;

  @Column(name = "evaluation_reason")
  private String evaluationReason;

  /** What the award's standards read in the register, as the Office saw it at the check. */
  @Column(name = "prior_facts")
  private String priorFacts;

  @Column(name = "evaluated_at")
  private Instant evaluatedAt;

  @Column(name = "inspection_note")
  private String inspectionNote;

  @Column(name = "inspected_by")
  private String inspectedBy;

  @Column(name = "inspected_at")
  private Instant inspectedAt;

  @Column(name = "submission_id")
  private Long submissionId;

  @Column(name = "province_note")
  private String provinceNote;

  protected Nomination() {
  }

  private Nomination(Long unitReportId, Long cycleId, Unit unit, NomineeType type, Person person, String nomineeName,
      AwardType award, String achievements, String initiatives, boolean tasksCompleted) {
    this.unitReportId = unitReportId;
    this.cycleId = cycleId;
    this.unit = unit;
    this.nomineeType = type;
    this.person = person;
    this.nomineeName = nomineeName;
    this.proposedAward = award;
    this.achievements = achievements;
    this.initiatives = initiatives;
    this.tasksCompleted = tasksCompleted;
    this.status = NominationStatus.PROPOSED;
  }

  public static Nomination collective(Long unitReportId, Long cycleId, Unit unit, AwardType award, String achievements,
      String initiatives) {
    return collective(unitReportId, cycleId, unit, unit.getName(), award, achievements, initiatives);
  }

  /** The unit's collective, under the name the unit bears when the nomination is made. */
  public static Nomination collective(Long unitReportId, Long cycleId, Unit unit, String unitName, AwardType award,
      String achievements, String initiatives) {
    return new Nomination(unitReportId, cycleId, unit, NomineeType.COLLECTIVE, null, unitName, award,
        achievements, initiatives, true);
  }

  public static Nomination individual(Long unitReportId, Long cycleId, Person person, AwardType award,
      String achievements, String initiatives, boolean tasksCompleted) {
    return new Nomination(unitReportId, cycleId, person.getUnit(), NomineeType.INDIVIDUAL, person,
        person.getFullName(), award, achievements, initiatives, tasksCompleted);
  }

  /** Records the result of the criteria: met, or not met with the reason the unit and the Office will read. */
  public void evaluated(boolean met, String reason, Instant at) {
    evaluated(met, reason, null, at);
  }

  public void evaluated(boolean met, String reason, String priorFacts, Instant at) {
    this.status = met ? NominationStatus.MET : NominationStatus.NOT_MET;
    this.evaluationReason = reason;
    this.priorFacts = priorFacts;
    this.evaluatedAt = at;
  }

  public String getPriorFacts() {
    return priorFacts;
  }

  /**
   * The inspectors' finding: a nomination not confirmed leaves the list with their reason; a confirmed one stays.
   */
  public void inspected(boolean confirmed, String note, String by, Instant at) {
    if (status != NominationStatus.MET) {
      throw new ConflictException("Chỉ kiểm tra đề nghị đã đạt tiêu chí; đề nghị của " + nomineeName + " đang ở trạng thái «"
          + status.label() + "».");
    }
    if (!confirmed && (note == null || note.isBlank())) {
      throw new InvalidInputException("Vui lòng ghi lý do không xác nhận thành tích của " + nomineeName + ".");
    }
    inspectionNote = note;
    inspectedBy = by;
    inspectedAt = at;
    if (!confirmed) {
      status = NominationStatus.NOT_CONFIRMED;
      evaluationReason = "Không được xác nhận qua kiểm tra: " + note;
    }
  }

  /** The Council's result for this nomination, from the counts of the secret ballot. */
  public void councilDecided(boolean approved, String reason) {
    if (status != NominationStatus.MET) {
      throw new ConflictException("Hội đồng chỉ xét đề nghị đã đạt tiêu chí; đề nghị của " + nomineeName
          + " đang ở trạng thái «" + status.label() + "».");
    }
    status = approved ? NominationStatus.COUNCIL_APPROVED : NominationStatus.COUNCIL_REJECTED;
    evaluationReason = reason;
  }

  /** An objection during disclosure holds the nomination until the Council rules on it. */
  public void objected() {
    if (status != NominationStatus.COUNCIL_APPROVED && status != NominationStatus.OBJECTED) {
      throw new ConflictException("Chỉ phản đối được đề nghị đang công khai; đề nghị của " + nomineeName
          + " đang ở trạng thái «" + status.label() + "».");
    }
    status = NominationStatus.OBJECTED;
  }

  /** The Council's ruling on the objections against this nomination. */
  public void objectionsRuled(boolean upheld, String note) {
    if (status != NominationStatus.OBJECTED) {
      throw new ConflictException("Đề nghị của " + nomineeName + " không có ý kiến phản đối đang chờ xem xét.");
    }
    status = upheld ? NominationStatus.WITHDRAWN_BY_OBJECTION : NominationStatus.COUNCIL_APPROVED;
    if (upheld) {
      evaluationReason = "Rút khỏi danh sách do ý kiến phản đối: " + note;
    }
  }

  public void awarded() {
    if (status != NominationStatus.COUNCIL_APPROVED) {
      throw new ConflictException("Đề nghị của " + nomineeName + " chưa được Hội đồng đề nghị khen thưởng.");
    }
    status = NominationStatus.AWARDED;
  }

  /** Sent upward in a submission to the province: first time, or again after the province returned it. */
  public void submittedUpward(long submission) {
    if (!proposedAward.decidedAbove()
        || (status != NominationStatus.COUNCIL_APPROVED && status != NominationStatus.RETURNED_BY_PROVINCE)) {
      throw new ConflictException("Đề nghị của " + nomineeName + " không thể trình cấp trên (trạng thái «"
          + status.label() + "»).");
    }
    submissionId = submission;
    status = NominationStatus.SUBMITTED_UPWARD;
  }

  /** The province's answer for this nominee: approved, returned for more documents, or refused. */
  public void provinceAnswered(NominationStatus outcome, String note) {
    if (status != NominationStatus.SUBMITTED_UPWARD) {
      throw new ConflictException("Đề nghị của " + nomineeName + " không đang chờ kết quả của cấp trên (trạng thái «"
          + status.label() + "»).");
    }
    if (outcome != NominationStatus.AWARDED && outcome != NominationStatus.RETURNED_BY_PROVINCE
        && outcome != NominationStatus.REFUSED_BY_PROVINCE) {
      throw new IllegalArgumentException("Not a province answer: " + outcome);
    }
    status = outcome;
    provinceNote = note;
  }

  /** The award was revoked: the nomination shows it, the register keeps the history. */
  public void awardRevoked(String reason) {
    if (status != NominationStatus.AWARDED) {
      throw new ConflictException("Đề nghị của " + nomineeName + " không có khen thưởng để thu hồi.");
    }
    status = NominationStatus.AWARD_REVOKED;
    provinceNote = provinceNote == null ? "Thu hồi: " + reason : provinceNote + "\nThu hồi: " + reason;
  }

  public Long getSubmissionId() {
    return submissionId;
  }

  public String getProvinceNote() {
    return provinceNote;
  }

  /** Who the award goes to, for "one achievement, one award": the person, or the unit as a collective. */
  public String nomineeKey() {
    return person != null ? person.getUsername() : "unit:" + unit.getCode();
  }

  public String getInspectionNote() {
    return inspectionNote;
  }

  public boolean hasInitiative() {
    return initiatives != null && !initiatives.isBlank();
  }

  /** A person under discipline, or a unit under inspection, investigation or audit, is not commended meanwhile. */
  public boolean nomineeUnderDiscipline() {
    return person != null ? person.isUnderDiscipline() : unit.isUnderReview();
  }

  public Long getId() {
    return id;
  }

  public Long getUnitReportId() {
    return unitReportId;
  }

  public Long getCycleId() {
    return cycleId;
  }

  public Unit getUnit() {
    return unit;
  }

  public NomineeType getNomineeType() {
    return nomineeType;
  }

  public Person getPerson() {
    return person;
  }

  public String getNomineeName() {
    return nomineeName;
  }

  public AwardType getProposedAward() {
    return proposedAward;
  }

  public String getAchievements() {
    return achievements;
  }

  public String getInitiatives() {
    return initiatives;
  }

  public boolean isTasksCompleted() {
    return tasksCompleted;
  }

  public NominationStatus getStatus() {
    return status;
  }

  public String getEvaluationReason() {
    return evaluationReason;
  }
}
