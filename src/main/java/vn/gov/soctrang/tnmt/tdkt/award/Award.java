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
import java.time.Instant;
import java.time.LocalDate;
import vn.gov.soctrang.tnmt.tdkt.nomination.AwardType;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;

/** An entry of the award register: who, which unit, which award, which year, which decision. */
@Entity
@Table(name = "award")
public class Award {

  public static final String ACTIVE = "ACTIVE";
  public static final String REVOKED = "REVOKED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cycle_id", nullable = false)
  private Long cycleId;

  @Column(name = "cycle_year", nullable = false)
  private int year;

  @Column(name = "nomination_id", nullable = false)
  private Long nominationId;

  @Column(name = "nominee_key", nullable = false)
  private String nomineeKey;

  @Column(name = "nominee_name", nullable = false)
  private String nomineeName;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @Enumerated(EnumType.STRING)
  @Column(name = "award_type", nullable = false)
  private AwardType awardType;

  @Column(name = "decision_number", nullable = false)
  private String decisionNumber;

  @Column(name = "decision_date", nullable = false)
  private LocalDate decisionDate;

  @Column(name = "decided_by", nullable = false)
  private String decidedBy;

  @Column(nullable = false)
  private String status;

  @Column(nullable = false)
  private String authority;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** «Số vào sổ»: the award's number in the register of its year, in the order decided (null for rows never entered). */
  @Column(name = "register_number")
  private Integer registerNumber;

  protected Award() {
  }

  /** Numbers the award in the register of its year (the next number after the last one given). */
  public void numberInRegister(int number) {
    this.registerNumber = number;
  }

  public Integer getRegisterNumber() {
    return registerNumber;
  }

  /** A collective (a unit) rather than a person. */
  public boolean isCollective() {
    return nomineeKey.startsWith("unit:");
  }

  public Award(int year, Nomination nomination, String decisionNumber, LocalDate decisionDate, String decidedBy,
      Instant createdAt) {
    this.cycleId = nomination.getCycleId();
    this.year = year;
    this.nominationId = nomination.getId();
    this.nomineeKey = nomination.nomineeKey();
    this.nomineeName = nomination.getNomineeName();
    this.unit = nomination.getUnit();
    this.awardType = nomination.getProposedAward();
    this.decisionNumber = decisionNumber;
    this.decisionDate = decisionDate;
    this.decidedBy = decidedBy;
    this.status = ACTIVE;
    this.authority = nomination.getProposedAward().authority();
    this.recordedBy = decidedBy;
    this.createdAt = createdAt;
  }

  /** Revoked (false declaration, forged dossier, unlawful approval): the entry stays, marked, with its history. */
  public void revoke(Instant at) {
    if (!ACTIVE.equals(status)) {
      throw new ConflictException("Khen thưởng này đã bị thu hồi trước đó.");
    }
    status = REVOKED;
    revokedAt = at;
  }

  public boolean isActive() {
    return ACTIVE.equals(status);
  }

  public Long getNominationId() {
    return nominationId;
  }

  public String getAuthority() {
    return authority;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public Long getCycleId() {
    return cycleId;
  }

  public Long getId() {
    return id;
  }

  public int getYear() {
    return year;
  }

  public String getNomineeKey() {
    return nomineeKey;
  }

  public String getNomineeName() {
    return nomineeName;
  }

  public Unit getUnit() {
    return unit;
  }

  public AwardType getAwardType() {
    return awardType;
  }

  public String getDecisionNumber() {
    return decisionNumber;
  }

  public LocalDate getDecisionDate() {
    return decisionDate;
  }

  public String getStatus() {
    return status;
  }
}
