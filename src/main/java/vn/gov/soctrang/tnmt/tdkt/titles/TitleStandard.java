package vn.gov.soctrang.tnmt.tdkt.titles;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritCode;

/** One standard or quota of a title, valid over a period, with the article it comes from (V41). */
@Entity
@Table(name = "title_standard")
class TitleStandard {

  @Id
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "title_code", nullable = false)
  private MeritCode title;

  @Enumerated(EnumType.STRING)
  @Column(name = "rule_key", nullable = false)
  private TitleRule rule;

  @Column(name = "share_value")
  private String shareValue;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(name = "article", nullable = false)
  private String article;

  @Column(name = "source_note", nullable = false)
  private String sourceNote;

  protected TitleStandard() {
  }

  MeritCode getTitle() {
    return title;
  }

  TitleRule getRule() {
    return rule;
  }

  String getShareValue() {
    return shareValue;
  }

  String getArticle() {
    return article;
  }

  String getSourceNote() {
    return sourceNote;
  }

  boolean validOn(LocalDate day) {
    return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
  }
}
