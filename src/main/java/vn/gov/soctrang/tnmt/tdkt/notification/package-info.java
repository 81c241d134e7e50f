/**
 * Notifications by e-mail and in Tasklist.
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}: a new
 * dependency is a decision to record, not an accident of an import.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Notifications by e-mail and in Tasklist",
    allowedDependencies = {"calendar", "organization", "process", "settings", "shared"})
package vn.gov.soctrang.tnmt.tdkt.notification;
