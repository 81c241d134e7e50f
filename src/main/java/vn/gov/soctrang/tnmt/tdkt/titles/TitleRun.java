package vn.gov.soctrang.tnmt.tdkt.titles;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.gov.soctrang.tnmt.tdkt.shared.DirectorDecidedRun;

/** The year-end titles of one year: opened by the Office, decided by the Director. */
@Entity
@Table(name = "title_run")
class TitleRun extends DirectorDecidedRun {

  static final String CHECKED = "CHECKED";
  static final String RECORDED = "RECORDED";

  @Column(name = "run_year", nullable = false)
  private int year;

  protected TitleRun() {
  }

  TitleRun(int year, String processInstanceId, String openedBy, Instant openedAt) {
    super(processInstanceId, openedBy, openedAt);
    this.year = year;
  }

  int getYear() {
    return year;
  }
}
