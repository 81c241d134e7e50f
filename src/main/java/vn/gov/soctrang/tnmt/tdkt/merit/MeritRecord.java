package vn.gov.soctrang.tnmt.tdkt.merit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One title, assessment or award of a person ({@code nomineeKey} = username) or a unit ({@code unit:<code>}) in a
 * year, with its decision. Rows are never rewritten: a correction is a new row after the wrong one is removed by
 * the Office, and the audit trail keeps both.
 */
@Entity
@Table(name = "merit_record")
public class MeritRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "record_year", nullable = false)
  private int year;

  @Enumerated(EnumType.STRING)
  @Column(name = "merit_code", nullable = false)
  private MeritCode code;

  @Column(name = "nominee_key", nullable = false)
  private String nomineeKey;

  @Column(name = "nominee_name", nullable = false)
  private String nomineeName;

  @Column(name = "unit_code")
  private String unitCode;

  @Column(name = "decision_number")
  private String decisionNumber;

  @Column(name = "decision_date")
  private LocalDate decisionDate;

  private String authority;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MeritSource source;

  private String note;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected MeritRecord() {
  }

  public MeritRecord(int year, MeritCode code, String nomineeKey, String nomineeName, String unitCode,
      String decisionNumber, LocalDate decisionDate, String authority, MeritSource source, String note,
      String recordedBy, Instant recordedAt) {
    this.year = year;
    this.code = code;
    this.nomineeKey = nomineeKey;
    this.nomineeName = nomineeName;
    this.unitCode = unitCode;
    this.decisionNumber = decisionNumber;
    this.decisionDate = decisionDate;
    this.authority = authority;
    this.source = source;
    this.note = note;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public int getYear() {
    return year;
  }

  public MeritCode getCode() {
    return code;
  }

  public String getNomineeKey() {
    return nomineeKey;
  }

  public String getNomineeName() {
    return nomineeName;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public String getDecisionNumber() {
    return decisionNumber;
  }

  public LocalDate getDecisionDate() {
    return decisionDate;
  }

  public String getAuthority() {
    return authority;
  }

  public MeritSource getSource() {
    return source;
  }

  public String getNote() {
    return note;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
