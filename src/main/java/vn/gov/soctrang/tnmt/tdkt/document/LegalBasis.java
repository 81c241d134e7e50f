package vn.gov.soctrang.tnmt.tdkt.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One «Căn cứ …» line of the documents that cite their legal basis, in force from one date to another (a law, a
 * decree, a provincial regulation, the Department's own statute), for one kind of document or all of them.
 */
@Entity
@Table(name = "legal_basis")
class LegalBasis {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Null: every document that cites its basis. */
  @Enumerated(EnumType.STRING)
  @Column(name = "document_kind")
  private DocumentKind documentKind;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(nullable = false)
  private int position;

  @Column(name = "basis_text", nullable = false)
  private String text;

  @Column(name = "source_note", nullable = false)
  private String sourceNote;

  protected LegalBasis() {
  }

  LegalBasis(DocumentKind documentKind, LocalDate validFrom, LocalDate validTo, int position, String text,
      String sourceNote) {
    this.documentKind = documentKind;
    this.validFrom = validFrom;
    this.validTo = validTo;
    this.position = position;
    this.text = text;
    this.sourceNote = sourceNote;
  }

  public boolean appliesTo(DocumentKind kind, LocalDate date) {
    return (documentKind == null || documentKind == kind) && !validFrom.isAfter(date)
        && (validTo == null || !validTo.isBefore(date));
  }

  /** Ends the line's validity (a later law or decree replaces it from the next day). */
  void endOn(LocalDate lastDay) {
    this.validTo = lastDay;
  }

  public Long getId() {
    return id;
  }

  public DocumentKind getDocumentKind() {
    return documentKind;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public int getPosition() {
    return position;
  }

  public String getText() {
    return text;
  }

  public String getSourceNote() {
    return sourceNote;
  }
}
