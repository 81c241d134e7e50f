/**
 * The organisation over time: units, people, localities, issuing bodies, accounts.
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}: a new
 * dependency is a decision to record, not an accident of an import.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "The organisation over time",
    allowedDependencies = {"audit", "shared"})
package vn.gov.soctrang.tnmt.tdkt.organization;
