/**
 * Exemplary models and the published lists.
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}: a new
 * dependency is a decision to record, not an accident of an import.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Exemplary models and the published lists",
    allowedDependencies = {"award", "cycle", "movement", "nomination", "organization", "process", "report", "shared"})
package vn.gov.soctrang.tnmt.tdkt.publication;
