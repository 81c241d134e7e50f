/**
 * The award register (sổ khen thưởng): awards entered, numbered per year, revoked.
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}: a new
 * dependency is a decision to record, not an accident of an import.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "The award register (sổ khen thưởng)",
    allowedDependencies = {"audit", "cycle", "nomination", "organization", "process", "shared"})
package vn.gov.soctrang.tnmt.tdkt.award;
