package vn.gov.soctrang.tnmt.tdkt.calendar;

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
 * One dated row of the office calendar: a day off (public holiday, compensatory day, swapped day) or a make-up
 * working day (a weekend day worked instead). The list per year is data kept by the administrators, each row with
 * its source in the note.
 */
@Entity
@Table(name = "holiday")
public class Holiday {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "holiday_date", nullable = false, unique = true)
  private LocalDate date;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private HolidayKind kind = HolidayKind.DAY_OFF;

  @Column(length = 1000)
  private String note;

  protected Holiday() {
  }

  /** A day off without a recorded source. */
  public Holiday(LocalDate date, String name) {
    this(date, name, HolidayKind.DAY_OFF, null);
  }

  public Holiday(LocalDate date, String name, HolidayKind kind, String note) {
    this.date = date;
    this.name = name;
    this.kind = kind;
    this.note = note;
  }

  public void rename(String newName) {
    this.name = newName;
  }

  public void change(String newName, HolidayKind newKind, String newNote) {
    this.name = newName;
    this.kind = newKind;
    this.note = newNote;
  }

  public LocalDate getDate() {
    return date;
  }

  public String getName() {
    return name;
  }

  public HolidayKind getKind() {
    return kind;
  }

  public String getNote() {
    return note;
  }

  public boolean isDayOff() {
    return kind == HolidayKind.DAY_OFF;
  }

  public boolean isWorkingDay() {
    return kind == HolidayKind.WORKING_DAY;
  }
}
