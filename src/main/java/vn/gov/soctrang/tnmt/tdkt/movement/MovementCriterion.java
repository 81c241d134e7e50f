package vn.gov.soctrang.tnmt.tdkt.movement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One criterion of a movement, in its order, valid from a date (the movement's start when declared with it) until an
 * amending document replaces it; the plan's maximum score where it scores the criterion; where the wording comes from.
 */
@Entity
@Table(name = "movement_criterion")
public class MovementCriterion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "movement_id", nullable = false)
  private long movementId;

  @Column(nullable = false)
  private int position;

  @Column(name = "criterion_text", nullable = false)
  private String text;

  @Column(name = "max_score")
  private BigDecimal maxScore;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(name = "source_note", nullable = false)
  private String sourceNote;

  protected MovementCriterion() {
  }

  MovementCriterion(long movementId, int position, String text, BigDecimal maxScore, LocalDate validFrom,
      String sourceNote) {
    this.movementId = movementId;
    this.position = position;
    this.text = text;
    this.maxScore = maxScore;
    this.validFrom = validFrom;
    this.sourceNote = sourceNote;
  }

  public boolean validOn(LocalDate day) {
    return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
  }

  public Long getId() {
    return id;
  }

  public long getMovementId() {
    return movementId;
  }

  public int getPosition() {
    return position;
  }

  public String getText() {
    return text;
  }

  public BigDecimal getMaxScore() {
    return maxScore;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public String getSourceNote() {
    return sourceNote;
  }
}
