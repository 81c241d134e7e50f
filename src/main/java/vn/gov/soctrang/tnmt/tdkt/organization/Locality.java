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

/**
 * A place: a province, a district (huyện, thị xã, thành phố thuộc tỉnh; until 30/06/2025) or a commune-level unit
 * (xã, phường, thị trấn, đặc khu) a unit may register to support. Places come and go when the State rearranges
 * administrative units, so each one is valid from a date to a date (either open), with the source in its note; a
 * place that has ended stays for the registrations and documents of its time.
 */
@Entity
@Table(name = "locality")
public class Locality {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private LocalityKind kind;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "parent_id")
  private Locality parent;

  private boolean active = true;

  /** The first day the place exists; null: since before any cycle the system knows. */
  @Column(name = "valid_from")
  private LocalDate validFrom;

  /** The last day the place exists; null: it still does. */
  @Column(name = "valid_to")
  private LocalDate validTo;

  /** Where the dates come from, e.g. the Standing Committee's resolution on arranging commune-level units. */
  @Column(length = 1000)
  private String note;

  protected Locality() {
  }

  public Locality(String code, String name, LocalityKind kind, Locality parent) {
    this(code, name, kind, parent, null, null, null);
  }

  public Locality(String code, String name, LocalityKind kind, Locality parent, LocalDate validFrom,
      LocalDate validTo, String note) {
    this.code = code;
    this.name = name;
    this.kind = kind;
    this.parent = parent;
    this.validFrom = validFrom;
    this.validTo = validTo;
    this.note = note;
  }

  /** "Xã Phú Tâm, huyện Châu Thành" — how the locality reads in forms and documents. */
  public String fullName() {
    return parent == null ? name : name + ", " + parent.fullName();
  }

  /** Localities are renamed or merged when the province reorganises; merged ones are deactivated, not deleted. */
  public void update(String name, Locality parent, boolean active) {
    this.name = name;
    this.parent = parent;
    this.active = active;
  }

  /** What an administrator or an imported list says the place is, and when it exists. */
  public void update(String name, LocalityKind kind, Locality parent, boolean active, LocalDate validFrom,
      LocalDate validTo, String note) {
    update(name, parent, active);
    this.kind = kind;
    this.validFrom = validFrom;
    this.validTo = validTo;
    this.note = note;
  }

  /** Whether the place exists on at least one day from {@code from} to {@code to} (both included). */
  public boolean validDuring(LocalDate from, LocalDate to) {
    return (validFrom == null || !validFrom.isAfter(to)) && (validTo == null || !validTo.isBefore(from));
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public LocalityKind getKind() {
    return kind;
  }

  public Locality getParent() {
    return parent;
  }

  public boolean isActive() {
    return active;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public String getNote() {
    return note;
  }
}
