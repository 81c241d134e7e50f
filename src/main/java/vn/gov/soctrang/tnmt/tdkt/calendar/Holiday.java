package vn.gov.soctrang.tnmt.tdkt.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A public holiday or compensatory day off; the list per year is data kept by the administrators. */
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

  protected Holiday() {
  }

  public Holiday(LocalDate date, String name) {
    this.date = date;
    this.name = name;
  }

  public void rename(String newName) {
    this.name = newName;
  }

  public LocalDate getDate() {
    return date;
  }

  public String getName() {
    return name;
  }
}
