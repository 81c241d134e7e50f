/**
 * The register of titles and awards of earlier years (sổ theo dõi).
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}: a new
 * dependency is a decision to record, not an accident of an import.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "The register of titles and awards of earlier years (sổ theo dõi)",
    allowedDependencies = {"audit", "award", "nomination", "organization", "shared"})
package vn.gov.soctrang.tnmt.tdkt.merit;
