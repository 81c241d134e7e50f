package vn.gov.soctrang.tnmt.tdkt.engine;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.gov.soctrang.tnmt.tdkt.award.AwardDecisionVariables;
import vn.gov.soctrang.tnmt.tdkt.award.AwardRevocationVariables;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilMeetingVariables;
import vn.gov.soctrang.tnmt.tdkt.difficulty.DifficultyReportVariables;
import vn.gov.soctrang.tnmt.tdkt.titles.YearEndTitlesVariables;
import vn.gov.soctrang.tnmt.tdkt.adhoc.AdHocAwardVariables;
import vn.gov.soctrang.tnmt.tdkt.disclosure.DisclosureVariables;
import vn.gov.soctrang.tnmt.tdkt.inspection.FindingSlots;
import vn.gov.soctrang.tnmt.tdkt.inspection.InspectionVariables;
import vn.gov.soctrang.tnmt.tdkt.process.AnnualCycleVariables;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessVariable;
import vn.gov.soctrang.tnmt.tdkt.process.SharedVariables;
import vn.gov.soctrang.tnmt.tdkt.process.TaskContextVariables;
import vn.gov.soctrang.tnmt.tdkt.province.ProvinceSubmissionVariables;
import vn.gov.soctrang.tnmt.tdkt.publication.PublicationVariables;
import vn.gov.soctrang.tnmt.tdkt.report.ConsolidationVariables;
import vn.gov.soctrang.tnmt.tdkt.report.NominationSlots;
import vn.gov.soctrang.tnmt.tdkt.report.UnitReportVariables;

/**
 * Every process variable the application declares, with its kind: the one place that lists the declaration classes.
 * {@link SystemVariableGuard} refuses a user's write of each variable declared {@link ProcessVariable.Kind#SYSTEM}
 * here, and the tests check that every form field is declared here as user input and that no class declaring process
 * variables is missing from this list.
 *
 * <p>Variables are declared next to the process (or the stage of the annual cycle) that uses them, in the module that
 * owns it; the plumbing module holds those several processes or the plumbing itself read. The catalogue lives in this
 * module because it is the one that may see them all (no feature module depends on {@code security}).
 */
final class ProcessVariableCatalogue {

  /** The classes whose {@code public static final ProcessVariable} constants are declarations. */
  static final List<Class<?>> CONSTANT_DECLARATIONS = List.of(
      AnnualCycleVariables.class,
      SharedVariables.class,
      TaskContextVariables.class,
      UnitReportVariables.class,
      ConsolidationVariables.class,
      InspectionVariables.class,
      CouncilMeetingVariables.class,
      DisclosureVariables.class,
      AwardDecisionVariables.class,
      AwardRevocationVariables.class,
      ProvinceSubmissionVariables.class,
      PublicationVariables.class,
      DifficultyReportVariables.class,
      YearEndTitlesVariables.class, AdHocAwardVariables.class);

  /** The classes that generate their variables, one set per fixed form slot, with what each generates. */
  static final Map<Class<?>, List<ProcessVariable<?>>> SLOT_DECLARATIONS = slotDeclarations();

  private static final Map<String, ProcessVariable<?>> BY_NAME = index();

  private ProcessVariableCatalogue() {
  }

  private static Map<Class<?>, List<ProcessVariable<?>>> slotDeclarations() {
    Map<Class<?>, List<ProcessVariable<?>>> slots = new LinkedHashMap<>();
    slots.put(NominationSlots.class, NominationSlots.variables());
    slots.put(FindingSlots.class, FindingSlots.variables());
    return Collections.unmodifiableMap(slots);
  }

  /** Every class the catalogue reads declarations from. */
  public static List<Class<?>> declarationClasses() {
    List<Class<?>> all = new ArrayList<>(CONSTANT_DECLARATIONS);
    all.addAll(SLOT_DECLARATIONS.keySet());
    return List.copyOf(all);
  }

  /** The variables a class declares as {@code public static final ProcessVariable} constants. */
  public static List<ProcessVariable<?>> constantsOf(Class<?> declarations) {
    List<ProcessVariable<?>> variables = new ArrayList<>();
    for (Field field : declarations.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (field.getType() == ProcessVariable.class && Modifier.isStatic(modifiers)) {
        if (!Modifier.isPublic(modifiers) || !Modifier.isFinal(modifiers)) {
          throw new IllegalStateException(field + " must be public static final to be a declaration");
        }
        try {
          variables.add((ProcessVariable<?>) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("Cannot read " + field, e);
        }
      }
    }
    return variables;
  }

  private static Map<String, ProcessVariable<?>> index() {
    Map<String, ProcessVariable<?>> byName = new LinkedHashMap<>();
    List<ProcessVariable<?>> all = new ArrayList<>();
    CONSTANT_DECLARATIONS.forEach(declarations -> all.addAll(constantsOf(declarations)));
    SLOT_DECLARATIONS.values().forEach(all::addAll);
    for (ProcessVariable<?> variable : all) {
      ProcessVariable<?> earlier = byName.putIfAbsent(variable.name(), variable);
      // The same declaration may be referred to from two classes (a process's own and the plumbing's); two
      // declarations of one name may not.
      if (earlier != null && earlier != variable) {
        throw new IllegalStateException("Process variable '" + variable.name() + "' is declared twice");
      }
    }
    return Collections.unmodifiableMap(byName);
  }

  /** Every declared variable, each name once. */
  public static List<ProcessVariable<?>> variables() {
    return List.copyOf(BY_NAME.values());
  }

  public static Optional<ProcessVariable<?>> find(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** The names of the variables only the system sets: what no user may write. */
  public static Set<String> systemVariableNames() {
    Set<String> names = new TreeSet<>();
    BY_NAME.values().stream().filter(ProcessVariable::isSystem).forEach(v -> names.add(v.name()));
    return Collections.unmodifiableSet(names);
  }
}
