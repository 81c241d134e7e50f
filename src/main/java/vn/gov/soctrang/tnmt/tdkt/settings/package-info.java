/**
 * Dated settings (tham số) with their legal sources.
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}: a new
 * dependency is a decision to record, not an accident of an import.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Dated settings (tham số) with their legal sources",
    allowedDependencies = {"audit", "shared"})
package vn.gov.soctrang.tnmt.tdkt.settings;
