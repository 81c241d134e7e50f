/**
 * Year-end titles (bình xét danh hiệu thi đua): the Office opens a year, units propose titles for their people and
 * themselves, the proposals are checked against the law's dated standards, the Council votes on those that met them
 * by secret ballot (council-vote.bpmn, through {@code council.CouncilAgenda}), the Director decides and the titles
 * the Council approved go into the merit register.
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}: a new
 * dependency is a decision to record, not an accident of an import.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Year-end titles (bình xét danh hiệu thi đua)",
    allowedDependencies = {"council", "merit", "organization", "process", "settings", "shared"})
package vn.gov.soctrang.tnmt.tdkt.titles;
