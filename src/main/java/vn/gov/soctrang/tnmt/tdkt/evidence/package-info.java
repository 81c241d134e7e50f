/**
 * Evidence files attached to reports and nominations.
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}: a new
 * dependency is a decision to record, not an accident of an import.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Evidence files attached to reports and nominations",
    allowedDependencies = {"cycle", "organization", "process", "settings", "shared"})
package vn.gov.soctrang.tnmt.tdkt.evidence;
