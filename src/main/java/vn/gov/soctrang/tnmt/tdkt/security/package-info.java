/**
 * Authentication, authorisation and the engine's security guards.
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}: a new
 * dependency is a decision to record, not an accident of an import.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Authentication, authorisation and the engine's security guards",
    allowedDependencies = {"audit", "award", "council", "difficulty", "disclosure", "inspection", "organization",
        "process", "province", "publication", "report", "shared"})
package vn.gov.soctrang.tnmt.tdkt.security;
