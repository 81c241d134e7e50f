package vn.gov.soctrang.tnmt.tdkt.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Membership of the Council over a period; the Council of a date is who holds a seat on it. */
@Entity
@Table(name = "council_member")
public class CouncilMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "person_id")
  private Person person;

  @Enumerated(EnumType.STRING)
  @Column(name = "council_role", nullable = false)
  private CouncilRole councilRole;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  protected CouncilMember() {
  }

  public CouncilMember(Person person, CouncilRole councilRole, LocalDate validFrom) {
    this.person = person;
    this.councilRole = councilRole;
    this.validFrom = validFrom;
  }

  public boolean isSeatedOn(LocalDate date) {
    return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
  }

  public void end(LocalDate lastDay) {
    this.validTo = lastDay;
  }

  public Long getId() {
    return id;
  }

  public Person getPerson() {
    return person;
  }

  public CouncilRole getCouncilRole() {
    return councilRole;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }
}
