/**
 * Audit trail: who changed what, before and after, for every record the law cares about.
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}: a new
 * dependency is a decision to record, not an accident of an import.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Audit trail",
    allowedDependencies = {"shared"})
package vn.gov.soctrang.tnmt.tdkt.audit;
