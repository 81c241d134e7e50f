/**
 * Units' reports of difficulties and the Office's answers.
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}: a new
 * dependency is a decision to record, not an accident of an import.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Units' reports of difficulties and the Office's answers",
    allowedDependencies = {"calendar", "notification", "organization", "process", "settings", "shared"})
package vn.gov.soctrang.tnmt.tdkt.difficulty;
