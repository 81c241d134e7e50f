package vn.gov.soctrang.tnmt.tdkt.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormField;
import org.junit.jupiter.api.Test;
import vn.gov.soctrang.tnmt.tdkt.inspection.FindingSlots;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessVariable;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessVariable.Kind;
import vn.gov.soctrang.tnmt.tdkt.report.NominationSlots;

/**
 * The catalogue of process variables is complete: every field a form submits is declared there as user input, and
 * every class that declares process variables is listed in it (so that the guard knows each system variable).
 */
class ProcessVariableCatalogueTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");

  /**
   * Classes (by simple name, wherever they live) that build {@link ProcessVariable}s but declare no process variable:
   * the fields of a REST body read with {@code FormValues}, which never reach the engine (the administrator's entry
   * of a revocation decided on paper).
   */
  private static final Set<String> NOT_DECLARATIONS = Set.of("AwardController");

  /** Every {@code key} of every component of every form (nested ones included), with the forms it is in. */
  private static Map<String, Set<String>> formKeys() throws IOException {
    Map<String, Set<String>> keys = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        collectKeys(json.readTree(file.toFile()), file.getFileName().toString(), keys);
      }
    }
    return keys;
  }

  private static void collectKeys(JsonNode node, String form, Map<String, Set<String>> keys) {
    for (JsonNode component : node.path("components")) {
      if (component.hasNonNull("key")) {
        keys.computeIfAbsent(component.get("key").asText(), k -> new TreeSet<>()).add(form);
      }
      collectKeys(component, form, keys);
    }
  }

  /** The ids of the {@code camunda:formField}s of every model (generated task forms), with the models they are in. */
  private static Map<String, Set<String>> bpmnFormFields() throws IOException {
    Map<String, Set<String>> fields = new TreeMap<>();
    try (Stream<Path> files = Files.list(PROCESSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (CamundaFormField field : model.getModelElementsByType(CamundaFormField.class)) {
          fields.computeIfAbsent(field.getCamundaId(), k -> new TreeSet<>()).add(file.getFileName().toString());
        }
      }
    }
    return fields;
  }

  private static List<String> notDeclaredAsInput(Map<String, Set<String>> keys, String what) {
    List<String> problems = new ArrayList<>();
    keys.forEach((key, where) -> {
      Optional<ProcessVariable<?>> variable = ProcessVariableCatalogue.find(key);
      if (variable.isEmpty()) {
        problems.add(what + " '" + key + "' of " + where + " is not declared in any class of the catalogue");
      } else if (variable.get().kind() != Kind.USER_INPUT) {
        problems.add(what + " '" + key + "' of " + where + " is declared " + variable.get().kind()
            + ": the guard would refuse the form");
      }
    });
    return problems;
  }

  @Test
  void everyFormFieldIsDeclaredAsUserInput() throws IOException {
    Map<String, Set<String>> keys = formKeys();
    assertThat(keys).as("the forms' field keys").hasSizeGreaterThan(100)
        .containsKeys("cycleYear", "commitment", "finding1Result", "individual10Person");
    assertThat(notDeclaredAsInput(keys, "form field")).isEmpty();
    assertThat(notDeclaredAsInput(bpmnFormFields(), "BPMN form field")).isEmpty();
  }

  @Test
  void everyClassThatDeclaresProcessVariablesIsInTheCatalogue() {
    JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages("vn.gov.soctrang.tnmt.tdkt");
    Set<String> declaring = main.stream()
        .filter(type -> !type.isEquivalentTo(ProcessVariable.class))
        .filter(type -> type.getMethodCallsFromSelf().stream().anyMatch(call -> call.getTargetOwner()
            .isEquivalentTo(ProcessVariable.class) && Set.of("input", "system").contains(call.getName())))
        .map(JavaClass::getName)
        .map(name -> name.contains("$") ? name.substring(0, name.indexOf('$')) : name)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> catalogued = ProcessVariableCatalogue.declarationClasses().stream().map(Class::getName)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(declaring).as("the scan finds the declaration classes").contains(FindingSlots.class.getName(),
        NominationSlots.class.getName());
    assertThat(declaring.stream().filter(name -> !catalogued.contains(name)
        && !NOT_DECLARATIONS.contains(name.substring(name.lastIndexOf('.') + 1))).toList())
        .as("classes declaring process variables but missing from ProcessVariableCatalogue").isEmpty();
    assertThat(catalogued.stream().filter(name -> !declaring.contains(name)).toList())
        .as("catalogued classes that declare no process variable").isEmpty();
  }

  @Test
  void everyCataloguedClassDeclaresItsVariablesAsPublicConstantsOrSlots() {
    for (Class<?> declarations : ProcessVariableCatalogue.CONSTANT_DECLARATIONS) {
      assertThat(ProcessVariableCatalogue.constantsOf(declarations)).as("constants of %s", declarations.getName())
          .isNotEmpty();
    }
    assertThat(ProcessVariableCatalogue.SLOT_DECLARATIONS.get(NominationSlots.class)).hasSize(
        4 + 5 * NominationSlots.INDIVIDUAL_SLOTS);
  }

  @Test
  void theKindDecidesNotTheJavaType() {
    Set<String> system = ProcessVariableCatalogue.systemVariableNames();
    // Every finding slot's label and nomination are the system's; its result and note are the inspector's.
    for (int k = 1; k <= FindingSlots.SLOTS; k++) {
      FindingSlots.Slot slot = FindingSlots.slot(k);
      assertThat(system).contains(slot.label().name(), slot.nominationId().name())
          .doesNotContain(slot.result().name(), slot.note().name());
    }
    // A list the system prepares for a form is a system variable although its Java type is Object.
    assertThat(system).contains("unitCodes", "ballotVoters", "councilMemberOptions", "headGroup", "cycleId");
    assertThat(system).doesNotContain("cycleYear", "commitment", "ballotApprovals", "decisionNumber");
    assertThat(SystemVariableGuard.SYSTEM_VARIABLES).as("what the engine's guard refuses").isEqualTo(system);
  }
}
