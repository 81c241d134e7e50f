/**
 * Authentication and authorisation of the application's own API and pages, the role table, the catalogue of
 * process variables and their kinds (which the engine adapter's guards enforce), and the mapping of the engine's
 * refusals to Vietnamese answers.
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}: a new
 * dependency is a decision to record, not an accident of an import.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Authentication and authorisation",
    allowedDependencies = {"award", "council", "difficulty", "disclosure", "inspection", "organization",
        "process", "province", "publication", "report", "shared"})
package vn.gov.soctrang.tnmt.tdkt.security;
