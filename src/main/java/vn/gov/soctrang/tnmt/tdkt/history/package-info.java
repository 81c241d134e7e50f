/**
 * Engine history clean-up.
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}: a new
 * dependency is a decision to record, not an accident of an import.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Engine history clean-up",
    allowedDependencies = {})
package vn.gov.soctrang.tnmt.tdkt.history;
