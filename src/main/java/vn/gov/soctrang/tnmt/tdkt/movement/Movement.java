package vn.gov.soctrang.tnmt.tdkt.movement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;

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

  /** The DMN decision a yearly cycle evaluates nominations with; none for a thematic one (its criteria are rows). */
  @Column(name = "criteria_decision")
  private String criteriaDecision;

  @Column(nullable = false)
  private String description;

  @Column(name = "source_note", nullable = false)
  private String sourceNote;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "movement_kind", nullable = false)
  private MovementKind kind = MovementKind.THUONG_XUYEN;

  @Column(name = "starts_on")
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  @Column(name = "launch_doc_number")
  private String launchDocNumber;

  @Column(name = "launch_doc_date")
  private LocalDate launchDocDate;

  @Column(name = "launch_doc_issuer")
  private String launchDocIssuer;

  @Column(name = "legal_basis_note")
  private String legalBasisNote;

  @Column(name = "award_code")
  private String awardCode;

  @Column(name = "award_authority")
  private String awardAuthority;

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

  /** A thematic movement (thi đua theo chuyên đề): its own dates, launching document, criteria rows and award. */
  static Movement thematic(String code, String name, String shortName, String description, String sourceNote,
      Thematic details, Instant createdAt, String createdBy) {
    int first = details.startsOn().getYear();
    int last = details.endsOn().getYear();
    Movement m = new Movement(code, name, shortName, first, last, last, null, description, sourceNote, createdAt,
        createdBy);
    m.kind = MovementKind.CHUYEN_DE;
    m.startsOn = details.startsOn();
    m.endsOn = details.endsOn();
    m.launchDocNumber = details.launchDocNumber();
    m.launchDocDate = details.launchDocDate();
    m.launchDocIssuer = details.launchDocIssuer();
    m.legalBasisNote = details.legalBasisNote();
    m.awardCode = details.awardCode();
    m.awardAuthority = details.awardAuthority();
    return m;
  }

  /** What only a thematic movement has. */
  record Thematic(LocalDate startsOn, LocalDate endsOn, String launchDocNumber, LocalDate launchDocDate,
      String launchDocIssuer, String legalBasisNote, String awardCode, String awardAuthority) {
  }

  /** Whether a yearly cycle of that year belongs to this movement (only a long-running movement has cycles). */
  public boolean covers(int year) {
    return kind == MovementKind.THUONG_XUYEN && year >= firstYear && year <= lastYear;
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

  public MovementKind getKind() {
    return kind;
  }

  public boolean isThematic() {
    return kind == MovementKind.CHUYEN_DE;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public String getLaunchDocNumber() {
    return launchDocNumber;
  }

  public LocalDate getLaunchDocDate() {
    return launchDocDate;
  }

  public String getLaunchDocIssuer() {
    return launchDocIssuer;
  }

  public String getLegalBasisNote() {
    return legalBasisNote;
  }

  public String getAwardCode() {
    return awardCode;
  }

  public String getAwardAuthority() {
    return awardAuthority;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
