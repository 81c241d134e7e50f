package vn.gov.soctrang.tnmt.tdkt.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.gov.soctrang.tnmt.tdkt.organization.Locality;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;

/** A unit's emulation commitment for the year and the locality it will direct and support (criterion 3). */
@Entity
@Table(name = "registration")
public class Registration {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cycle_id", nullable = false)
  private Long cycleId;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @Column(nullable = false)
  private String commitment;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "locality_id")
  private Locality locality;

  @Column(name = "support_plan", nullable = false)
  private String supportPlan;

  @Column(name = "registered_by", nullable = false)
  private String registeredBy;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  protected Registration() {
  }

  public Registration(Long cycleId, Unit unit, String commitment, Locality locality, String supportPlan,
      String registeredBy, Instant registeredAt) {
    this.cycleId = cycleId;
    this.unit = unit;
    this.commitment = commitment;
    this.locality = locality;
    this.supportPlan = supportPlan;
    this.registeredBy = registeredBy;
    this.registeredAt = registeredAt;
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

  public String getCommitment() {
    return commitment;
  }

  public Locality getLocality() {
    return locality;
  }

  public String getSupportPlan() {
    return supportPlan;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }
}
