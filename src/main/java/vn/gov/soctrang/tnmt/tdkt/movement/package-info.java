/**
 * Emulation movements over time.
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}: a new
 * dependency is a decision to record, not an accident of an import.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Emulation movements over time",
    allowedDependencies = {"audit", "shared"})
package vn.gov.soctrang.tnmt.tdkt.movement;
