package vn.gov.soctrang.tnmt.tdkt.architecture;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.function.Supplier;

/**
 * ArchUnit imports for rules that look only at this project's classes and the names of what they call: the classes
 * they depend on in libraries are not read from the class path (a third of the architecture tests' time). Spring
 * Modulith's own import keeps the resolution: it needs the libraries' annotations to tell a Spring bean from a plain
 * type in the module documentation.
 */
final class LocalImports {

  private LocalImports() {
  }

  static synchronized JavaClasses of(Supplier<JavaClasses> importer) {
    ArchConfiguration configuration = ArchConfiguration.get();
    boolean before = configuration.resolveMissingDependenciesFromClassPath();
    configuration.setResolveMissingDependenciesFromClassPath(false);
    try {
      return importer.get();
    } finally {
      configuration.setResolveMissingDependenciesFromClassPath(before);
    }
  }
}
