package vn.gov.soctrang.tnmt.tdkt.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A unit's name from a date on (a renaming or a merger under a new name); earlier dates keep the earlier name. */
@Entity
@Table(name = "unit_name")
class UnitName {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "unit_id", nullable = false)
  private Long unitId;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(nullable = false)
  private String name;

  @Column(name = "short_name", nullable = false)
  private String shortName;

  @Column(name = "source_note", nullable = false)
  private String sourceNote;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  protected UnitName() {
  }

  public UnitName(Long unitId, LocalDate validFrom, String name, String shortName, String sourceNote,
      Instant createdAt, String createdBy) {
    this.unitId = unitId;
    this.validFrom = validFrom;
    this.name = name;
    this.shortName = shortName;
    this.sourceNote = sourceNote;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  public Long getUnitId() {
    return unitId;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public String getName() {
    return name;
  }

  public String getShortName() {
    return shortName;
  }

  public String getSourceNote() {
    return sourceNote;
  }
}
