package vn.gov.soctrang.tnmt.tdkt.nationalexport;

import java.time.LocalDate;

/**
 * One record of the export, in schema version {@value NationalExportSchema#VERSION}: a conferral (a title or a form
 * of commendation under its decision) or a revocation referring to the conferral it revokes.
 *
 * @param recordId     stable id: {@code AWARD-<id>} (award register), {@code MERIT-<id>} (merit register),
 *                     {@code REVOCATION-<id>}
 * @param recordType   {@code CONFERRAL} or {@code REVOCATION}
 * @param kind         {@code DANH_HIEU} or {@code HINH_THUC}
 * @param revokes      the record id of the revoked conferral (revocations only)
 */
record ExportRecord(String recordId, String recordType, int year, String kind, String code, String name,
    String nomineeType, String nomineeKey, String nomineeName, String unitCode, String unitName,
    String decisionNumber, LocalDate decisionDate, String decisionAuthority, String legalBasis,
    Integer registerNumber, String revokes, String revocationGroundCode, String revocationGround) {

  static final String CONFERRAL = "CONFERRAL";
  static final String REVOCATION = "REVOCATION";
}
