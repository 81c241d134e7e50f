/**
 * The export of the register to the national emulation and commendation database: every title (danh hiệu thi đua)
 * and form of commendation (hình thức khen thưởng) with its decision, and every revocation, in a published and
 * versioned schema (JSON and CSV), each record sent once through a transport and its acknowledgement recorded.
 *
 * <p>Nothing here is used by other modules: a new transport or the ministry's own format is one more bean of
 * {@link vn.gov.soctrang.tnmt.tdkt.nationalexport.ExportTransport} in this package (docs/national-export.md).
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "The export to the national emulation and commendation database",
    allowedDependencies = {"award", "merit", "nomination", "organization", "shared"})
package vn.gov.soctrang.tnmt.tdkt.nationalexport;
