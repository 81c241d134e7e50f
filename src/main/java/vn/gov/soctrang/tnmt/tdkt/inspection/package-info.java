/**
 * Inspectors' checks of nominations.
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}: a new
 * dependency is a decision to record, not an accident of an import.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Inspectors' checks of nominations",
    allowedDependencies = {"cycle", "nomination", "organization", "process", "shared"})
package vn.gov.soctrang.tnmt.tdkt.inspection;
