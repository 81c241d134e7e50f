/**
 * Process plumbing: variables, user tasks, actors and the engine's doors.
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}: a new
 * dependency is a decision to record, not an accident of an import.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Process plumbing",
    allowedDependencies = {"shared"})
package vn.gov.soctrang.tnmt.tdkt.process;
