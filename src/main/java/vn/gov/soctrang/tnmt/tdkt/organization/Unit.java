package vn.gov.soctrang.tnmt.tdkt.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A room or centre of the Department (phòng, chi cục, trung tâm). Its code names its Camunda groups. */
@Entity
@Table(name = "unit")
public class Unit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(name = "short_name", nullable = false)
  private String shortName;

  @Column(nullable = false)
  private String name;

  private boolean active = true;

  @Column(name = "sort_order")
  private int sortOrder;

  /**
   * Under inspection, investigation or audit on signs of violation: neither commended nor proposed while it lasts
   * (the decree in force; its article is in the README and the audit note, not here), like a person under discipline.
   */
  @Column(name = "under_review", nullable = false)
  private boolean underReview;

  protected Unit() {
  }

  public Unit(String code, String shortName, String name, int sortOrder) {
    if (code == null || !code.matches("[a-z0-9]{1,20}")) {
      throw new IllegalArgumentException("Unit code must be lower-case ASCII letters and digits: " + code);
    }
    this.code = code;
    this.shortName = shortName;
    this.name = name;
    this.sortOrder = sortOrder;
  }

  public void update(String shortName, String name, boolean active) {
    this.shortName = shortName;
    this.name = name;
    this.active = active;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getShortName() {
    return shortName;
  }

  public String getName() {
    return name;
  }

  public boolean isActive() {
    return active;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public boolean isUnderReview() {
    return underReview;
  }

  public void setUnderReview(boolean underReview) {
    this.underReview = underReview;
  }
}
