/**
 * The statistical reports the Ministry of Home Affairs requires of the emulation and commendation sector (chế độ báo
 * cáo thống kê ngành Nội vụ): which regime applies to a reporting year, its forms, and each form filled from the award
 * register, the merit register, the movements and the organisation, as XLSX laid out like the official form and as
 * CSV. The regimes, forms, rows, columns and the count each row takes are data (migration V45, docs/statistics.md).
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "The ministry's statistical reports",
    allowedDependencies = {"award", "merit", "movement", "nomination", "organization", "shared"})
package vn.gov.soctrang.tnmt.tdkt.statistics;
