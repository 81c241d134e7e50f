package vn.gov.soctrang.tnmt.tdkt.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;

/** One unit's figures over the whole movement, taken when the final-summary cycle closes. */
@Entity
@Table(name = "movement_total")
public class MovementTotal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cycle_id", nullable = false)
  private Long cycleId;

  @Column(name = "first_year", nullable = false)
  private int firstYear;

  @Column(name = "last_year", nullable = false)
  private int lastYear;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @Column(name = "reports_accepted", nullable = false)
  private int reportsAccepted;

  @Column(name = "guidance_documents", nullable = false)
  private int guidanceDocuments;

  @Column(name = "propaganda_sessions", nullable = false)
  private int propagandaSessions;

  @Column(nullable = false)
  private int participants;

  @Column(nullable = false)
  private int nominations;

  @Column(name = "nominations_met", nullable = false)
  private int nominationsMet;

  @Column(name = "giay_khen", nullable = false)
  private int giayKhen;

  @Column(name = "bang_khen_ubnd", nullable = false)
  private int bangKhenUbnd;

  @Column(name = "bang_khen_ttg", nullable = false)
  private int bangKhenTtg;

  @Column(name = "huan_chuong_ld3", nullable = false)
  private int huanChuongLd3;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected MovementTotal() {
  }

  public MovementTotal(Long cycleId, int firstYear, int lastYear, MovementTotals.Row row, Instant createdAt) {
    this.cycleId = cycleId;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.unit = row.unit();
    this.reportsAccepted = row.reportsAccepted();
    this.guidanceDocuments = row.guidanceDocuments();
    this.propagandaSessions = row.propagandaSessions();
    this.participants = row.participants();
    this.nominations = row.nominations();
    this.nominationsMet = row.nominationsMet();
    this.giayKhen = row.giayKhen();
    this.bangKhenUbnd = row.bangKhenUbnd();
    this.bangKhenTtg = row.bangKhenTtg();
    this.huanChuongLd3 = row.huanChuongLd3();
    this.createdAt = createdAt;
  }

  public MovementTotals.Row row() {
    return new MovementTotals.Row(unit, reportsAccepted, guidanceDocuments, propagandaSessions, participants,
        nominations, nominationsMet, giayKhen, bangKhenUbnd, bangKhenTtg, huanChuongLd3);
  }

  public int getFirstYear() {
    return firstYear;
  }

  public int getLastYear() {
    return lastYear;
  }
}
