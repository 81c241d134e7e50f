/**
 * Proposals to the province and its answers.
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}: a new
 * dependency is a decision to record, not an accident of an import.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Proposals to the province and its answers",
    allowedDependencies = {"award", "calendar", "cycle", "nomination", "notification", "organization", "process",
        "settings", "shared"})
package vn.gov.soctrang.tnmt.tdkt.province;
