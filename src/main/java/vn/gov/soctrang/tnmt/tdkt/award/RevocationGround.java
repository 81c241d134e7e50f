package vn.gov.soctrang.tnmt.tdkt.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A ground on which the law allows an award to be revoked, as dated data: the law changes, and a revocation cites the
 * ground in force on the day it is prepared.
 */
@Entity
@Table(name = "revocation_ground")
class RevocationGround {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String label;

  @Column(name = "source_note", nullable = false)
  private String sourceNote;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  protected RevocationGround() {
  }

  public boolean inForceOn(LocalDate day) {
    return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public int getPosition() {
    return position;
  }

  public String getLabel() {
    return label;
  }

  public String getSourceNote() {
    return sourceNote;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }
}
