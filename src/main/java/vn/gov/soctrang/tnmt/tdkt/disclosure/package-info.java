/**
 * Public consultation on the proposed awards.
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}: a new
 * dependency is a decision to record, not an accident of an import.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Public consultation on the proposed awards",
    allowedDependencies = {"calendar", "cycle", "nomination", "process", "settings", "shared"})
package vn.gov.soctrang.tnmt.tdkt.disclosure;
