/**
 * Year-end titles (bình xét danh hiệu thi đua): the Office opens a year, units propose titles for their people and
 * themselves, the proposals are checked against the law's dated standards, the Director decides and the titles go
 * into the merit register.
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}: a new
 * dependency is a decision to record, not an accident of an import.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Year-end titles (bình xét danh hiệu thi đua)",
    allowedDependencies = {"merit", "organization", "process", "settings", "shared"})
package vn.gov.soctrang.tnmt.tdkt.titles;
