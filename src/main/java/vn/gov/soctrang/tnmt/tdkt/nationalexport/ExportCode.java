package vn.gov.soctrang.tnmt.tdkt.nationalexport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * The code and name under which a title or a form of commendation of the register is exported, in force over a period,
 * with its legal source: a dated row (V40), never a constant in code.
 */
@Entity
@Table(name = "national_export_code")
class ExportCode {

  @Id
  private Long id;

  @Column(name = "register_code", nullable = false)
  private String registerCode;

  @Column(nullable = false)
  private String kind;

  @Column(name = "export_code", nullable = false)
  private String exportCode;

  @Column(name = "export_name", nullable = false)
  private String exportName;

  @Column(name = "legal_basis")
  private String legalBasis;

  @Column(name = "source_note", nullable = false)
  private String sourceNote;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(name = "to_confirm", nullable = false)
  private boolean toConfirm;

  protected ExportCode() {
  }

  boolean inForceOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }

  String getRegisterCode() {
    return registerCode;
  }

  /** {@code DANH_HIEU} or {@code HINH_THUC}. */
  String getKind() {
    return kind;
  }

  String getExportCode() {
    return exportCode;
  }

  String getExportName() {
    return exportName;
  }

  String getLegalBasis() {
    return legalBasis;
  }

  String getSourceNote() {
    return sourceNote;
  }

  LocalDate getValidFrom() {
    return validFrom;
  }

  LocalDate getValidTo() {
    return validTo;
  }

  boolean isToConfirm() {
    return toConfirm;
  }
}
