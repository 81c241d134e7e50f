/**
 * What the API's controllers share across the feature modules that hold them: the refusals in Vietnamese
 * ({@code ApiExceptionHandler}, {@code UnsupportedRequestFormats}) and the OpenAPI description. No controller lives
 * here. The OpenAPI description includes the public pages, whose root publication names.
 *
 * <p>The modules this one may depend on are declared here and checked by {@code ModuleStructureTest}: a new
 * dependency is a decision to record, not an accident of an import.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "The API's cross-cutting web pieces",
    allowedDependencies = {"publication", "shared"})
package vn.gov.soctrang.tnmt.tdkt.web;
