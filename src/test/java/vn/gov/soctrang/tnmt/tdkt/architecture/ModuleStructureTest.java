package vn.gov.soctrang.tnmt.tdkt.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;
import org.springframework.modulith.docs.Documenter;
import vn.gov.soctrang.tnmt.tdkt.TdktApplication;

/**
 * The application's modules (each direct sub-package of the root is a Spring Modulith application module) and the
 * boundaries between them.
 *
 * <p>Each module declares in its {@code package-info.java} the modules it may depend on; this test fails on a
 * dependency not declared (an import across modules that nobody decided) and on a declaration no longer used, so the
 * declarations stay the true module map. Spring Modulith's verification (no cycle between modules, no reach into
 * another module's internal packages) passes outright.
 */
class ModuleStructureTest {

  private static final ApplicationModules MODULES = ApplicationModules.of(TdktApplication.class);

  @Test
  void everyModuleDependsOnExactlyTheModulesItDeclares() {
    Map<String, Set<String>> undeclared = new TreeMap<>();
    Map<String, Set<String>> unused = new TreeMap<>();
    MODULES.forEach(module -> {
      String name = module.getIdentifier().toString();
      ApplicationModule declaration = module.getBasePackage().getAnnotation(ApplicationModule.class).orElse(null);
      assertThat(declaration).as("module %s declares its dependencies in package-info.java", name).isNotNull();
      Set<String> declared = new TreeSet<>(Arrays.asList(declaration.allowedDependencies()));
      Set<String> actual = module.getDirectDependencies(MODULES, DependencyType.values()).stream()
          .map(d -> d.getTargetModule().getIdentifier().toString()).collect(Collectors.toCollection(TreeSet::new));
      Set<String> extra = new TreeSet<>(actual);
      extra.removeAll(declared);
      if (!extra.isEmpty()) {
        undeclared.put(name, extra);
      }
      Set<String> stale = new TreeSet<>(declared);
      stale.removeAll(actual);
      if (!stale.isEmpty()) {
        unused.put(name, stale);
      }
    });
    assertThat(undeclared).as("dependencies across modules not declared in the module's package-info.java "
        + "(go through the other module's API or an event; declare it only as a decision)").isEmpty();
    assertThat(unused).as("declared dependencies no longer used: remove them from package-info.java").isEmpty();
  }

  /** Spring Modulith's own verification: no cycle between modules, no reach into another module's internals. */
  @Test
  void theModulithVerificationPasses() {
    assertThat(MODULES.detectViolations().getMessages()).isEmpty();
  }

  /**
   * A module's API is what the others use: a public type that no class of another package (main code or tests)
   * depends on is an internal left open, and must be package-private. Java's visibility then keeps every other
   * module out of it: with one package per module, that is how "no reach into another module's internals" is
   * enforced, by the compiler.
   */
  /** Holders of compile-time constants other packages use: the compiler inlines them, so no class file shows it. */
  private static final Set<String> CONSTANT_HOLDERS = Set.of("vn.gov.soctrang.tnmt.tdkt.process.Activities",
      "vn.gov.soctrang.tnmt.tdkt.evidence.EvidencePages", "vn.gov.soctrang.tnmt.tdkt.organization.TaskFilterSetup");

  @Test
  void aPublicTypeIsOneAnotherPackageUses() {
    JavaClasses all = LocalImports.of(() -> new ClassFileImporter().importPackages("vn.gov.soctrang.tnmt.tdkt"));
    List<String> open = all.stream()
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass())
        .filter(c -> c.getSource().map(s -> s.getUri().toString().contains("/target/classes/")).orElse(false))
        .filter(c -> !c.getPackageName().equals(TdktApplication.class.getPackageName()))
        .filter(c -> !CONSTANT_HOLDERS.contains(c.getName()))
        .filter(c -> all.stream().filter(t -> t.equals(c) || t.getName().startsWith(c.getName() + "$"))
            .flatMap(t -> t.getDirectDependenciesToSelf().stream())
            .allMatch(d -> d.getOriginClass().getPackageName().equals(c.getPackageName())))
        .map(JavaClass::getName).sorted().toList();
    assertThat(open).as("public types no other package uses: make them package-private").isEmpty();
  }

  @Test
  void theModuleDocumentationIsWrittenIntoTheBuildOutput() throws Exception {
    new Documenter(MODULES).writeDocumentation();
    Path folder = Path.of("target", "spring-modulith-docs");
    assertThat(folder.resolve("components.puml")).exists();
    try (var files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString())).contains("module-document.puml",
          "module-council.adoc");
    }
  }
}
