/**
 * REST controllers not yet moved into their features.
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}: a new
 * dependency is a decision to record, not an accident of an import.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "REST controllers not yet moved into their features",
    allowedDependencies = {"audit", "award", "calendar", "cycle", "dashboard", "disclosure", "document", "evidence",
        "movement", "nomination", "notification", "organization", "process", "publication", "settings", "shared"})
package vn.gov.soctrang.tnmt.tdkt.web;
