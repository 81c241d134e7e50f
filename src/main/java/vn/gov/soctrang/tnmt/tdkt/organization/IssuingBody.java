package vn.gov.soctrang.tnmt.tdkt.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How the Department is named on documents from a date on: its superior body, its own name, the symbol in document
 * numbers, the place in the date line and the signer's title. A reorganisation is a new row from its effective date;
 * older documents keep the names of their time.
 */
@Entity
@Table(name = "issuing_body")
public class IssuingBody {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "valid_from", nullable = false, unique = true)
  private LocalDate validFrom;

  @Column(nullable = false)
  private String superior;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String symbol;

  @Column(nullable = false)
  private String place;

  @Column(name = "director_title", nullable = false)
  private String directorTitle;

  @Column(name = "source_note", nullable = false)
  private String sourceNote;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  protected IssuingBody() {
  }

  public IssuingBody(LocalDate validFrom, String superior, String name, String symbol, String place,
      String directorTitle, String sourceNote, Instant createdAt, String createdBy) {
    this.validFrom = validFrom;
    this.superior = superior;
    this.name = name;
    this.symbol = symbol;
    this.place = place;
    this.directorTitle = directorTitle;
    this.sourceNote = sourceNote;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public String getSuperior() {
    return superior;
  }

  public String getName() {
    return name;
  }

  public String getSymbol() {
    return symbol;
  }

  public String getPlace() {
    return place;
  }

  public String getDirectorTitle() {
    return directorTitle;
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
