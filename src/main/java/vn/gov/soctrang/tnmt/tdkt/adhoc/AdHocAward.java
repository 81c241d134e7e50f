package vn.gov.soctrang.tnmt.tdkt.adhoc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One ad-hoc award proposal, from the unit's proposal to the register (V42). */
@Entity
@Table(name = "ad_hoc_award")
class AdHocAward {

  static final String PROPOSED = "PROPOSED";
  static final String APPROVED = "APPROVED";
  static final String FORWARDED = "FORWARDED";
  /** Sent by the Office to the Council's secret ballot before the Director (V50). */
  static final String AT_COUNCIL = "AT_COUNCIL";
  static final String DECIDED = "DECIDED";
  static final String RECORDED = "RECORDED";
  static final String RETURNED = "RETURNED";
  static final String REFUSED = "REFUSED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_instance_id", nullable = false)
  private String processInstanceId;

  @Column(name = "unit_code", nullable = false)
  private String unitCode;

  @Column(name = "nominee_key", nullable = false)
  private String nomineeKey;

  @Column(name = "nominee_name", nullable = false)
  private String nomineeName;

  @Column(name = "achievement", nullable = false)
  private String achievement;

  @Column(name = "achievement_key", nullable = false)
  private String achievementKey;

  @Column(name = "achievement_date", nullable = false)
  private LocalDate achievementDate;

  @Column(name = "achievement_result", nullable = false)
  private String result;

  @Column(name = "proposed_on", nullable = false)
  private LocalDate proposedOn;

  @Column(name = "proposed_by", nullable = false)
  private String proposedBy;

  @Column(name = "status", nullable = false)
  private String status = PROPOSED;

  @Column(name = "reason")
  private String reason;

  @Column(name = "decision_number")
  private String decisionNumber;

  @Column(name = "decision_date")
  private LocalDate decisionDate;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "merit_record_id")
  private Long meritRecordId;

  /** The Council's result, null when the proposal did not go before the Council (V50). */
  @Column(name = "council_approved")
  private Boolean councilApproved;

  @Column(name = "council_reason")
  private String councilReason;

  protected AdHocAward() {
  }

  AdHocAward(String processInstanceId, String unitCode, String nomineeKey, String nomineeName, String achievement,
      LocalDate achievementDate, String result, LocalDate proposedOn, String proposedBy) {
    this.processInstanceId = processInstanceId;
    this.unitCode = unitCode;
    this.nomineeKey = nomineeKey;
    this.nomineeName = nomineeName;
    this.achievement = achievement;
    this.achievementKey = keyOf(achievement);
    this.achievementDate = achievementDate;
    this.result = result;
    this.proposedOn = proposedOn;
    this.proposedBy = proposedBy;
  }

  /** The achievement as compared for «the same achievement»: case and spacing aside. */
  static String keyOf(String achievement) {
    return achievement.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }

  boolean isClosedWithoutAward() {
    return RETURNED.equals(status) || REFUSED.equals(status);
  }

  void close(String newStatus, String why) {
    this.status = newStatus;
    this.reason = why;
  }

  void setStatus(String status) {
    this.status = status;
  }

  void decide(String number, LocalDate date, String actor) {
    this.decisionNumber = number;
    this.decisionDate = date;
    this.decidedBy = actor;
    this.status = DECIDED;
  }

  void recorded(long meritRecordId) {
    this.meritRecordId = meritRecordId;
    this.status = RECORDED;
  }

  void councilDecided(boolean approved, String why) {
    this.councilApproved = approved;
    this.councilReason = why;
    this.status = FORWARDED;
  }

  Boolean getCouncilApproved() {
    return councilApproved;
  }

  String getCouncilReason() {
    return councilReason;
  }

  Long getId() {
    return id;
  }

  String getUnitCode() {
    return unitCode;
  }

  String getNomineeKey() {
    return nomineeKey;
  }

  String getNomineeName() {
    return nomineeName;
  }

  String getAchievement() {
    return achievement;
  }

  String getAchievementKey() {
    return achievementKey;
  }

  LocalDate getAchievementDate() {
    return achievementDate;
  }

  String getResult() {
    return result;
  }

  LocalDate getProposedOn() {
    return proposedOn;
  }

  String getStatus() {
    return status;
  }

  String getReason() {
    return reason;
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

  Long getMeritRecordId() {
    return meritRecordId;
  }

  boolean isCollective() {
    return nomineeKey.startsWith(AdHocAwardService.UNIT_PREFIX);
  }
}
