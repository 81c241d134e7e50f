/**
 * Ad-hoc awards (khen thưởng đột xuất): a unit proposes a Giấy khen of the Director for a sudden outstanding
 * achievement of one of its people or of itself, its head approves, the Office checks the proposal against the dated
 * rules and sends it to the Director, straight (the simplified procedure) or through the Council's secret ballot
 * (council-vote.bpmn, agenda {@code AD_HOC}) as the dated rule in force allows, the Director decides and the award goes
 * into the merit register.
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Ad-hoc awards (khen thưởng đột xuất)",
    allowedDependencies = {"council", "merit", "organization", "process", "shared"})
package vn.gov.soctrang.tnmt.tdkt.adhoc;
