/**
 * Nominations and the award standards they are checked against.
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}: a new
 * dependency is a decision to record, not an accident of an import.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Nominations and the award standards they are checked against",
    allowedDependencies = {"cycle", "organization", "settings", "shared"})
package vn.gov.soctrang.tnmt.tdkt.nomination;
