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

/** A district (huyện, thị xã, thành phố) or commune (xã) a unit may register to support. */
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

  protected Locality() {
  }

  public Locality(String code, String name, LocalityKind kind, Locality parent) {
    this.code = code;
    this.name = name;
    this.kind = kind;
    this.parent = parent;
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
}
