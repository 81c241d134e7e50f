package vn.gov.soctrang.tnmt.tdkt.organization;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.EnumSet;
import java.util.Set;

/** A civil servant, public employee or worker of the Department, and the account they log in with. */
@Entity
@Table(name = "person")
public class Person {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @Column(name = "position_title", nullable = false)
  private String positionTitle;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Gender gender;

  private String email;

  @Column(name = "under_discipline")
  private boolean underDiscipline;

  private boolean active = true;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  protected Person() {
  }

  public Person(String username, String fullName, Unit unit, String positionTitle, Gender gender, String email,
      Set<Role> roles) {
    if (username == null || !username.matches("[a-zA-Z0-9]{1,64}")) {
      throw new IllegalArgumentException("Usernames are letters and digits only: " + username);
    }
    this.username = username;
    update(fullName, unit, positionTitle, gender, email, roles, true);
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getFullName() {
    return fullName;
  }

  public Unit getUnit() {
    return unit;
  }

  public String getPositionTitle() {
    return positionTitle;
  }

  public Gender getGender() {
    return gender;
  }

  public String getEmail() {
    return email;
  }

  public boolean isUnderDiscipline() {
    return underDiscipline;
  }

  public void setUnderDiscipline(boolean underDiscipline) {
    this.underDiscipline = underDiscipline;
  }

  /** An administrator's change of the person's record; the username never changes. */
  public void update(String fullName, Unit unit, String positionTitle, Gender gender, String email, Set<Role> roles,
      boolean active) {
    this.fullName = fullName;
    this.unit = unit;
    this.positionTitle = positionTitle;
    this.gender = gender;
    this.email = email;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.active = active;
  }

  public boolean isActive() {
    return active;
  }

  public Set<Role> getRoles() {
    return Set.copyOf(roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }
}
