/**
 * The yearly emulation cycle and its rules.
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}: a new
 * dependency is a decision to record, not an accident of an import.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "The yearly emulation cycle and its rules",
    allowedDependencies = {"audit", "movement", "organization", "process", "settings", "shared"})
package vn.gov.soctrang.tnmt.tdkt.cycle;
