/**
 * Documents: Word templates, dated wording and legal bases, PDF and digital signatures.
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}: a new
 * dependency is a decision to record, not an accident of an import.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Documents",
    allowedDependencies = {"adhoc", "audit", "award", "council", "cycle", "merit", "movement", "nomination",
        "organization", "process", "province", "publication", "report", "settings", "shared", "thematic", "titles"})
package vn.gov.soctrang.tnmt.tdkt.document;
