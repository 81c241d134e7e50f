package vn.gov.soctrang.tnmt.tdkt.adhoc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One rule of the ad-hoc award, valid over a period, with the article it comes from (V42). */
@Entity
@Table(name = "ad_hoc_rule")
class AdHocRule {

  static final String MAX_DELAY_DAYS = "MAX_DELAY_DAYS";
  static final String AWARD_CODE = "AWARD_CODE";
  static final String AUTHORITY = "AUTHORITY";
  static final String ONE_AWARD_PER_ACHIEVEMENT = "ONE_AWARD_PER_ACHIEVEMENT";
  /** Whether the Council is consulted before the Director decides: one of {@link Consultation} (V50). */
  static final String COUNCIL_CONSULTED = "COUNCIL_CONSULTED";

  /** The values of {@link #COUNCIL_CONSULTED}. */
  enum Consultation {
    /** The Council must vote before the Director decides. */
    REQUIRED,
    /** The Office chooses: straight to the Director (the simplified procedure) or the Council first. */
    OPTIONAL,
    /** Straight to the Director. */
    NOT_REQUIRED
  }

  @Id
  private Long id;

  @Column(name = "rule_key", nullable = false)
  private String key;

  @Column(name = "rule_value", nullable = false)
  private String value;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(name = "article", nullable = false)
  private String article;

  @Column(name = "source_note", nullable = false)
  private String sourceNote;

  protected AdHocRule() {
  }

  String getKey() {
    return key;
  }

  String getValue() {
    return value;
  }

  String getArticle() {
    return article;
  }

  Consultation consultation() {
    return Consultation.valueOf(value);
  }

  boolean validOn(LocalDate day) {
    return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
  }
}
