package vn.gov.soctrang.tnmt.tdkt.titles;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritCode;

/** A unit's proposal of one title for one of its people or for itself, and what the check of the standards found. */
@Entity
@Table(name = "title_proposal")
class TitleProposal {

  static final String PROPOSED = "PROPOSED";
  static final String MET = "MET";
  static final String NOT_MET = "NOT_MET";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "run_id", nullable = false)
  private Long runId;

  @Column(name = "unit_code", nullable = false)
  private String unitCode;

  @Column(name = "nominee_key", nullable = false)
  private String nomineeKey;

  @Column(name = "nominee_name", nullable = false)
  private String nomineeName;

  @Enumerated(EnumType.STRING)
  @Column(name = "title_code", nullable = false)
  private MeritCode title;

  @Column(name = "initiative")
  private String initiative;

  @Column(name = "all_members_completed", nullable = false)
  private boolean allMembersCompleted;

  @Column(name = "status", nullable = false)
  private String status = PROPOSED;

  @Column(name = "reason")
  private String reason;

  @Column(name = "proposed_by", nullable = false)
  private String proposedBy;

  /** The Council's vote on a proposal that met the standards; null until it has voted (ADR 0019). */
  @Column(name = "council_approved")
  private Boolean councilApproved;

  @Column(name = "council_reason")
  private String councilReason;

  protected TitleProposal() {
  }

  TitleProposal(Long runId, String unitCode, String nomineeKey, String nomineeName, MeritCode title, String initiative,
      boolean allMembersCompleted, String proposedBy) {
    this.runId = runId;
    this.unitCode = unitCode;
    this.nomineeKey = nomineeKey;
    this.nomineeName = nomineeName;
    this.title = title;
    this.initiative = initiative;
    this.allMembersCompleted = allMembersCompleted;
    this.proposedBy = proposedBy;
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

  MeritCode getTitle() {
    return title;
  }

  String getInitiative() {
    return initiative;
  }

  boolean isAllMembersCompleted() {
    return allMembersCompleted;
  }

  String getStatus() {
    return status;
  }

  String getReason() {
    return reason;
  }

  boolean isCollective() {
    return nomineeKey.startsWith(YearEndTitlesService.UNIT_PREFIX);
  }

  Boolean getCouncilApproved() {
    return councilApproved;
  }

  String getCouncilReason() {
    return councilReason;
  }

  /** The Council's result: only a proposal that met the standards is put to the Council. */
  void councilDecided(boolean approved, String reason) {
    if (!MET.equals(status)) {
      throw new IllegalStateException("Title proposal " + id + " did not meet the standards: not on the agenda");
    }
    this.councilApproved = approved;
    this.councilReason = reason == null || reason.length() <= 400 ? reason : reason.substring(0, 400);
  }

  /**
   * Whether the Director's decision confers it: it met the standards and, where the Council voted, the Council
   * approved it.
   */
  boolean conferred(boolean councilVoted) {
    return MET.equals(status) && (!councilVoted || Boolean.TRUE.equals(councilApproved));
  }

  void result(boolean met, String reason) {
    this.status = met ? MET : NOT_MET;
    this.reason = reason;
  }
}
