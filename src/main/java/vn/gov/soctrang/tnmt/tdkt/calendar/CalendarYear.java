package vn.gov.soctrang.tnmt.tdkt.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Whether a year's days off are the Government's announcement or an estimate. A year without a row is provisional:
 * deadlines counted in its working days may move once the year is announced.
 */
@Entity
@Table(name = "calendar_year")
class CalendarYear {

  @Id
  @Column(name = "calendar_year")
  private Integer year;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CalendarYearStatus status;

  @Column(length = 1000)
  private String note;

  protected CalendarYear() {
  }

  public CalendarYear(int year, CalendarYearStatus status, String note) {
    this.year = year;
    this.status = status;
    this.note = note;
  }

  public void mark(CalendarYearStatus newStatus, String newNote) {
    this.status = newStatus;
    this.note = newNote;
  }

  public int getYear() {
    return year;
  }

  public CalendarYearStatus getStatus() {
    return status;
  }

  public String getNote() {
    return note;
  }

  public boolean isProvisional() {
    return status != CalendarYearStatus.ANNOUNCED;
  }
}
