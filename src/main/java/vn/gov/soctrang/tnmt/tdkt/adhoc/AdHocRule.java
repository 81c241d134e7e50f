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

  boolean validOn(LocalDate day) {
    return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
  }
}
