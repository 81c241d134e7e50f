/**
 * Units' registrations and yearly reports.
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}: a new
 * dependency is a decision to record, not an accident of an import.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Units' registrations and yearly reports",
    allowedDependencies = {"calendar", "cycle", "merit", "movement", "nomination", "notification", "organization",
        "process", "settings", "shared"})
package vn.gov.soctrang.tnmt.tdkt.report;
