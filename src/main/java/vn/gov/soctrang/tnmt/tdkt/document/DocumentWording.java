package vn.gov.soctrang.tnmt.tdkt.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A piece of a document's wording that depends on the law or on how the State is organised (whom a tờ trình is
 * addressed to, what it asks for, which form an achievement report follows), in force from one date to another, with
 * its source.
 */
@Entity
@Table(name = "document_wording")
class DocumentWording {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "wording_key", nullable = false)
  private String key;

  /** Null: every variant (award type, kind of nominee). */
  @Column
  private String variant;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(nullable = false)
  private String wording;

  @Column(name = "source_note", nullable = false)
  private String sourceNote;

  @Column(name = "to_confirm", nullable = false)
  private boolean toConfirm;

  protected DocumentWording() {
  }

  DocumentWording(String key, String variant, LocalDate validFrom, String wording, String sourceNote,
      boolean toConfirm) {
    this.key = key;
    this.variant = variant;
    this.validFrom = validFrom;
    this.wording = wording;
    this.sourceNote = sourceNote;
    this.toConfirm = toConfirm;
  }

  /** The wording no longer applies after that day: documents dated up to it keep it. */
  void endOn(LocalDate lastDay) {
    this.validTo = lastDay;
  }

  /** Checked against the original text of its source, which the note now cites. */
  void confirm(String sourceNote) {
    this.sourceNote = sourceNote;
    this.toConfirm = false;
  }

  boolean appliesTo(String key, String variant, LocalDate date) {
    return this.key.equals(key) && (this.variant == null || this.variant.equals(variant))
        && !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
  }

  public Long getId() {
    return id;
  }

  public String getKey() {
    return key;
  }

  public String getVariant() {
    return variant;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public String getWording() {
    return wording;
  }

  public String getSourceNote() {
    return sourceNote;
  }

  public boolean isToConfirm() {
    return toConfirm;
  }
}
