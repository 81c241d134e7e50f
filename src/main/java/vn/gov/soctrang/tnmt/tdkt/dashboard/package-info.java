/**
 * The managers' dashboard.
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}: a new
 * dependency is a decision to record, not an accident of an import.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "The managers' dashboard",
    allowedDependencies = {"award", "calendar", "council", "cycle", "merit", "movement", "nomination", "organization",
        "process", "province", "report", "shared"})
package vn.gov.soctrang.tnmt.tdkt.dashboard;
