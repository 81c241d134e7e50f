package vn.gov.soctrang.tnmt.tdkt.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.junit.jupiter.api.Test;

/**
 * What the application relies on inside Camunda's engine, beyond its public API, pinned.
 *
 * <ul>
 *   <li>Only the engine adapter module ({@code engine}) reaches into {@code org.camunda.bpm.engine.impl} (the current
 *       user's {@code Authentication}, which the public {@code IdentityService} returns, excepted), and each of its
 *       classes that does is named here with what it does: a new reach fails the build until it is added here,
 *       deliberately.</li>
 *   <li>The private fields the guards read from engine commands by reflection, the configuration hooks the plugins
 *       use, and the engine version they were checked against. An engine upgrade fails this test: check each pin
 *       against the new engine (the guards' behaviour tests say whether they still hold), then raise the version.</li>
 * </ul>
 */
class EngineInternalsTest {

  private static final String ENGINE_ADAPTER = "vn.gov.soctrang.tnmt.tdkt.engine";

  /** The engine these pins were checked against. */
  static final String ENGINE_VERSION = "7.24.0";

  /** Every class of the engine adapter that uses the engine's internals, with what it does with them. */
  static final Map<String, String> ADAPTERS = Map.ofEntries(
      Map.entry("CommandContextSystemAccess", "runs the process's own calls as the system inside a command"),
      Map.entry("CommandVariables", "reads the variables a command carries, by reflection"),
      Map.entry("EngineDoorGuard", "command interceptors: who may move, suspend or reassign what"),
      Map.entry("EngineIdentityAudit", "history event handler: Camunda Admin's identity changes into the audit"),
      Map.entry("EveryUserTaskListenerPlugin", "BPMN parse listener: the task mails' listener on every user task"),
      Map.entry("HistoryCleanupPlugin", "history clean-up configuration"),
      Map.entry("AuthorizedGroupsPlugin", "replaces the authorization manager's group filter"),
      Map.entry("PasswordPolicyPlugin", "the password policy"),
      Map.entry("OwnBallotGuard", "BPMN parse listener: only the member completes their ballot"),

      Map.entry("SecretBallotGuard", "command interceptors and a pre-flush check: no ballot in runtime tables"),
      Map.entry("SecretBallotHistory", "history event handler: no ballot in history"),
      Map.entry("SystemVariableGuard", "command interceptors: nobody writes system variables"));

  private static final JavaClasses CLASSES = LocalImports.of(() -> new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.gov.soctrang.tnmt.tdkt"));

  private static final DescribedPredicate<JavaClass> ENGINE_INTERNALS =
      resideInAPackage("org.camunda.bpm.engine.impl..").and(not(type(Authentication.class)));

  @Test
  void onlyTheEngineAdapterReachesIntoTheEnginesInternals() {
    noClasses().that().resideOutsideOfPackage(ENGINE_ADAPTER + "..")
        .should().dependOnClassesThat(ENGINE_INTERNALS)
        .because("the engine's internals are reached only by the engine adapter module, each use pinned in "
            + "EngineInternalsTest")
        .check(CLASSES);
  }

  @Test
  void eachClassOfTheAdapterThatUsesTheInternalsIsNamedWithWhatItDoes() {
    Set<String> using = new TreeSet<>();
    for (JavaClass c : CLASSES) {
      if (c.getPackageName().equals(ENGINE_ADAPTER) && c.getDirectDependenciesFromSelf().stream()
          .anyMatch(d -> ENGINE_INTERNALS.test(d.getTargetClass()))) {
        String outer = c.getName().substring(ENGINE_ADAPTER.length() + 1).split("\\$")[0];
        using.add(outer);
      }
    }
    assertThat(using).as("classes of the engine adapter using the engine's internals: name each in ADAPTERS")
        .containsExactlyInAnyOrderElementsOf(ADAPTERS.keySet());
  }

  @Test
  void theEngineIsTheVersionThePinsWereCheckedAgainst() {
    assertThat(ProcessEngine.class.getPackage().getImplementationVersion())
        .as("Camunda engine upgraded: check every pin of EngineInternalsTest against it, then raise ENGINE_VERSION")
        .isEqualTo(ENGINE_VERSION);
  }

  /** The private fields read by reflection (engine.CommandVariables, engine.EngineDoorGuard), path by path. */
  static final List<String> FIELDS_READ = List.of(
      "cmd.AbstractSetVariableCmd.variables",
      "cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd.variables",
      "cmd.AbstractRemoveVariableCmd.variableNames",
      "cmd.AbstractPatchVariablesCmd.variables",
      "cmd.AbstractPatchVariablesCmd.deletions",
      "cmd.CompleteTaskCmd.variables",
      "cmd.CompleteTaskCmd.taskId",
      "cmd.SubmitStartFormCmd.variables",
      "cmd.HandleTaskBpmnErrorCmd.variables",
      "cmd.HandleTaskEscalationCmd.variables",
      "cmd.batch.CorrelateAllMessageBatchCmd.variables",
      "cmd.SubmitTaskFormCmd.properties",
      "cmd.StartProcessInstanceCmd.instantiationBuilder.modificationBuilder.processVariables",
      "cmd.StartProcessInstanceCmd.instantiationBuilder.modificationBuilder.operations",
      "cmd.StartProcessInstanceAtActivitiesCmd.instantiationBuilder.modificationBuilder.operations",
      "cmd.AbstractCorrelateMessageCmd.builder.payloadProcessInstanceVariables",
      "cmd.AbstractCorrelateMessageCmd.builder.payloadProcessInstanceVariablesLocal",
      "cmd.AbstractCorrelateMessageCmd.builder.payloadProcessInstanceVariablesToTriggeredScope",
      "cmd.MessageEventReceivedCmd.processVariables",
      "cmd.MessageEventReceivedCmd.processVariablesLocal",
      "cmd.MessageEventReceivedCmd.processVariablesToTriggeredScope",
      "cmd.MessageEventReceivedCmd.messageName",
      "cmd.SignalCmd.processVariables",
      "cmd.SignalEventReceivedCmd.builder.variables",
      "cmd.EvaluateStartConditionCmd.builder.variables",
      "cmd.ModifyProcessInstanceCmd.builder.processVariables",
      "cmd.ModifyProcessInstanceCmd.builder.operations",
      "cmd.ModifyProcessInstanceAsyncCmd.builder.operations",
      "cmd.AbstractModificationCmd.builder.instructions",
      "cmd.AbstractModificationCmd.builder.processInstanceIds",
      "cmd.AbstractRestartProcessInstanceCmd.builder.instructions",
      "cmd.AbstractInstantiationCmd.variables",
      "cmd.AbstractInstantiationCmd.variablesLocal",
      "migration.AbstractMigrationCmd.executionBuilder.migrationPlan",
      "migration.MigrationPlanImpl.variables",
      "migration.AbstractMigrationCmd.executionBuilder.processInstanceIds",
      "cmd.ClaimTaskCmd.taskId",
      "cmd.SaveTaskCmd.task",
      "cmd.ExecuteJobsCmd.jobId",
      "cmd.SetJobRetriesCmd.jobId");

  @Test
  void theFieldsReadByReflectionAreStillThere() {
    List<String> missing = new ArrayList<>();
    for (String path : FIELDS_READ) {
      String[] parts = path.split("\\.");
      int firstField = firstLowerCaseAfterClass(parts);
      String className = "org.camunda.bpm.engine.impl." + String.join(".", List.of(parts).subList(0, firstField));
      Class<?> type;
      try {
        type = Class.forName(className);
      } catch (ClassNotFoundException e) {
        missing.add(path + " (no class " + className + ")");
        continue;
      }
      for (int i = firstField; i < parts.length && type != null; i++) {
        Field field = field(type, parts[i]);
        if (field == null) {
          missing.add(path + " (no field " + parts[i] + " in " + type.getName() + ")");
          type = null;
        } else {
          type = field.getType();
        }
      }
    }
    assertThat(missing).as("fields the guards read from the engine's commands").isEmpty();
  }

  /** The hooks of the engine's configuration and identity the plugins and the session login use. */
  @Test
  void theConfigurationHooksAreStillThere() throws Exception {
    for (String hook : List.of("CustomPreCommandInterceptorsTxRequired", "CustomPreCommandInterceptorsTxRequiresNew",
        "CustomPostCommandInterceptorsTxRequired", "CustomPostCommandInterceptorsTxRequiresNew",
        "CustomPreBPMNParseListeners", "CustomPostBPMNParseListeners", "CustomSessionFactories",
        "HistoryEventHandler")) {
      assertThat(method(ProcessEngineConfigurationImpl.class, "get" + hook)).as("get" + hook).isNotNull();
      assertThat(method(ProcessEngineConfigurationImpl.class, "set" + hook)).as("set" + hook).isNotNull();
    }
    assertThat(AuthorizationManager.class.getMethod("filterAuthenticatedGroupIds", List.class)).isNotNull();
    assertThat(AuthenticationUtil.class.getMethod("getAuthsFromSession", HttpSession.class)).isNotNull();
  }

  private static int firstLowerCaseAfterClass(String[] parts) {
    for (int i = 0; i < parts.length; i++) {
      if (Character.isUpperCase(parts[i].charAt(0))) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("No class in " + String.join(".", parts));
  }

  private static Field field(Class<?> type, String name) {
    for (Class<?> t = type; t != null; t = t.getSuperclass()) {
      for (Field f : t.getDeclaredFields()) {
        if (f.getName().equals(name)) {
          return f;
        }
      }
    }
    return null;
  }

  private static Method method(Class<?> type, String name) {
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name)) {
        return m;
      }
    }
    return null;
  }
}
