package vn.gov.soctrang.tnmt.tdkt.thematic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A collective or a person a unit proposes for commendation at the movement's summary, and what became of it. */
@Entity
@Table(name = "thematic_proposal")
class ThematicProposal {

  static final String PROPOSED = "PROPOSED";
  static final String ACCEPTED = "ACCEPTED";
  static final String EXCLUDED = "EXCLUDED";
  static final String AWARDED = "AWARDED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "run_id", nullable = false)
  private long runId;

  @Column(name = "unit_code", nullable = false)
  private String unitCode;

  @Column(name = "nominee_key", nullable = false)
  private String nomineeKey;

  @Column(name = "nominee_name", nullable = false)
  private String nomineeName;

  @Column(nullable = false)
  private String achievement;

  @Column(nullable = false)
  private String status = PROPOSED;

  @Column
  private String reason;

  @Column(name = "merit_record_id")
  private Long meritRecordId;

  /** The Council's result on a forwarded proposal (null: not put to the Council, as in runs before V51). */
  @Column(name = "council_approved")
  private Boolean councilApproved;

  @Column(name = "council_reason")
  private String councilReason;

  protected ThematicProposal() {
  }

  ThematicProposal(long runId, String unitCode, String nomineeKey, String nomineeName, String achievement) {
    this.runId = runId;
    this.unitCode = unitCode;
    this.nomineeKey = nomineeKey;
    this.nomineeName = nomineeName;
    this.achievement = achievement;
  }

  boolean isCollective() {
    return nomineeKey.startsWith(ThematicMovementService.UNIT_PREFIX);
  }

  void accept() {
    status = ACCEPTED;
    reason = null;
  }

  void exclude(String why) {
    status = EXCLUDED;
    reason = why;
  }

  /** The Council's result, recorded in the tally's transaction (council-vote.bpmn). */
  void councilDecided(boolean approved, String why) {
    if (!ACCEPTED.equals(status)) {
      throw new IllegalStateException("Thematic proposal " + id + " was not forwarded: not on the agenda");
    }
    councilApproved = approved;
    councilReason = why == null || why.length() <= 400 ? why : why.substring(0, 400);
  }

  /**
   * Whether the Director's decision gives this proposal the award: the Office forwarded it and the Council, when it
   * voted, approved it. A run of the model before the Council's vote has no result and confers what was forwarded.
   */
  boolean conferred() {
    return ACCEPTED.equals(status) && !Boolean.FALSE.equals(councilApproved);
  }

  /**
   * Whether the Director's decision names this proposal: conferred, or already written into the register with that
   * decision (the document may be written again after the register write).
   */
  boolean inDecision() {
    return conferred() || AWARDED.equals(status);
  }

  void awarded(long recordId) {
    status = AWARDED;
    meritRecordId = recordId;
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

  String getStatus() {
    return status;
  }

  String getReason() {
    return reason;
  }

  Boolean getCouncilApproved() {
    return councilApproved;
  }

  String getCouncilReason() {
    return councilReason;
  }

  Long getMeritRecordId() {
    return meritRecordId;
  }
}
