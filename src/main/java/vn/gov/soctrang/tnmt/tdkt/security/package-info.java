/**
 * Authentication and authorisation of the application's own API and pages, the role table, and the mapping of the
 * engine's refusals to Vietnamese answers.
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}: a new
 * dependency is a decision to record, not an accident of an import.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Authentication and authorisation",
    allowedDependencies = {"organization", "process", "shared"})
package vn.gov.soctrang.tnmt.tdkt.security;
