/**
 * The Emulation and Commendation Council: meetings, members, the sealed ballot box and the count.
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}: a new
 * dependency is a decision to record, not an accident of an import.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "The Emulation and Commendation Council",
    allowedDependencies = {"audit", "calendar", "nomination", "organization", "process", "settings", "shared"})
package vn.gov.soctrang.tnmt.tdkt.council;
