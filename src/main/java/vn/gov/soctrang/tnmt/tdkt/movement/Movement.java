package vn.gov.soctrang.tnmt.tdkt.movement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An emulation movement (phong trào thi đua): its name, its period, the year that closes it with a final summary,
 * the criteria decision its cycles evaluate nominations with, and the text forms and documents show. Declared by the
 * administrator; never changed once a cycle belongs to it (a cycle prints the movement it ran under).
 */
@Entity
@Table(name = "movement")
public class Movement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "short_name", nullable = false)
  private String shortName;

  @Column(name = "first_year", nullable = false)
  private int firstYear;

  @Column(name = "last_year", nullable = false)
  private int lastYear;

  @Column(name = "final_summary_year", nullable = false)
  private int finalSummaryYear;

  @Column(name = "criteria_decision", nullable = false)
  private String criteriaDecision;

  @Column(nullable = false)
  private String description;

  @Column(name = "source_note", nullable = false)
  private String sourceNote;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  protected Movement() {
  }

  Movement(String code, String name, String shortName, int firstYear, int lastYear, int finalSummaryYear,
      String criteriaDecision, String description, String sourceNote, Instant createdAt, String createdBy) {
    this.code = code;
    this.name = name;
    this.shortName = shortName;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.finalSummaryYear = finalSummaryYear;
    this.criteriaDecision = criteriaDecision;
    this.description = description;
    this.sourceNote = sourceNote;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  public boolean covers(int year) {
    return year >= firstYear && year <= lastYear;
  }

  /** The name in «…», as documents quote a movement. */
  public String quotedName() {
    return "«" + name + "»";
  }

  /** The period, first and last year joined by an en dash. */
  public String period() {
    return firstYear + "–" + lastYear;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getShortName() {
    return shortName;
  }

  public int getFirstYear() {
    return firstYear;
  }

  public int getLastYear() {
    return lastYear;
  }

  public int getFinalSummaryYear() {
    return finalSummaryYear;
  }

  public String getCriteriaDecision() {
    return criteriaDecision;
  }

  public String getDescription() {
    return description;
  }

  public String getSourceNote() {
    return sourceNote;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
