/**
 * Thematic movements (thi đua theo chuyên đề, theo đợt; thematic-movement.bpmn, ADR 0020): the Office runs a thematic
 * movement the administrator or the Office declared (module movement: its dates, launching document, criteria rows),
 * each unit registers, reports against the criteria after the end date and proposes commendations in fixed slots, the
 * Office reviews, the Council votes on what it forwards, the Director decides, the commendations go into the merit
 * register and the final summary is stored. The document module writes the Director's decision from
 * {@code ThematicDecisions} and the summary report from {@code ThematicSummaries}, this module's API for them; this
 * module does not depend on the document module.
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}: a new
 * dependency is a decision to record, not an accident of an import.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Thematic movements (thi đua theo chuyên đề)",
    allowedDependencies = {"calendar", "council", "merit", "movement", "organization", "process", "settings", "shared"})
package vn.gov.soctrang.tnmt.tdkt.thematic;
