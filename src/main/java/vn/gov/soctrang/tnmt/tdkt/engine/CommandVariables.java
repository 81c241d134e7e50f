package vn.gov.soctrang.tnmt.tdkt.engine;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractInstantiationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * Which variables an engine command would write, read from the command itself (Camunda 7's commands have no getters
 * for them). Used by the guards that keep some variables out of anyone's hands.
 */
final class CommandVariables {

  private CommandVariables() {
  }

  /** The names the variable commands (set, remove, patch, batch) would write or remove; empty for other commands. */
  public static List<String> setOrRemoved(Command<?> command) {
    List<String> names = new ArrayList<>();
    if (command instanceof AbstractSetVariableCmd || command instanceof SetVariablesToProcessInstancesBatchCmd) {
      names.addAll(keys(read(command, "variables")));
    } else if (command instanceof AbstractRemoveVariableCmd) {
      names.addAll(strings(read(command, "variableNames")));
    } else if (command instanceof AbstractPatchVariablesCmd) {
      names.addAll(keys(read(command, "variables")));
      names.addAll(strings(read(command, "deletions")));
    }
    return names;
  }

  /**
   * The names of every variable a command carries in, through any door of the engine: the variable commands, a task's
   * completion or form, a start (with its start instructions), a message (correlation, batch correlation, an
   * execution's subscription), a signal, a start condition, a process-instance modification (its variables and each
   * instruction's), a restart, a migration and a task's BPMN error or escalation. Correlation keys are not included:
   * they select the instance, they write nothing.
   */
  public static List<String> carried(Command<?> command) {
    List<String> names = new ArrayList<>(setOrRemoved(command));
    if (command instanceof CompleteTaskCmd || command instanceof SubmitStartFormCmd
        || command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd
        || command instanceof CorrelateAllMessageBatchCmd) {
      names.addAll(keys(read(command, "variables")));
    } else if (command instanceof SubmitTaskFormCmd) {
      names.addAll(keys(read(command, "properties")));
    } else if (command instanceof StartProcessInstanceCmd || command instanceof StartProcessInstanceAtActivitiesCmd) {
      names.addAll(ofInstanceModification(read(read(command, "instantiationBuilder"), "modificationBuilder")));
    } else if (command instanceof AbstractCorrelateMessageCmd) {
      Object builder = read(command, "builder");
      names.addAll(keys(read(builder, "payloadProcessInstanceVariables")));
      names.addAll(keys(read(builder, "payloadProcessInstanceVariablesLocal")));
      names.addAll(keys(read(builder, "payloadProcessInstanceVariablesToTriggeredScope")));
    } else if (command instanceof MessageEventReceivedCmd) {
      names.addAll(keys(read(command, "processVariables")));
      names.addAll(keys(read(command, "processVariablesLocal")));
      names.addAll(keys(read(command, "processVariablesToTriggeredScope")));
    } else if (command instanceof SignalCmd) {
      names.addAll(keys(read(command, "processVariables")));
    } else if (command instanceof SignalEventReceivedCmd || command instanceof EvaluateStartConditionCmd) {
      names.addAll(keys(read(read(command, "builder"), "variables")));
    } else if (command instanceof ModifyProcessInstanceCmd || command instanceof ModifyProcessInstanceAsyncCmd) {
      names.addAll(ofInstanceModification(read(command, "builder")));
    } else if (command instanceof AbstractModificationCmd || command instanceof AbstractRestartProcessInstanceCmd) {
      names.addAll(ofInstructions(read(read(command, "builder"), "instructions")));
    } else if (command instanceof AbstractMigrationCmd) {
      names.addAll(keys(read(read(read(command, "executionBuilder"), "migrationPlan"), "variables")));
    }
    return names;
  }

  private static List<String> ofInstanceModification(Object builder) {
    List<String> names = new ArrayList<>(keys(read(builder, "processVariables")));
    names.addAll(ofInstructions(read(builder, "operations")));
    return names;
  }

  private static List<String> ofInstructions(Object instructions) {
    List<String> names = new ArrayList<>();
    if (instructions instanceof Collection<?> all) {
      for (Object instruction : all) {
        if (instruction instanceof AbstractInstantiationCmd) {
          names.addAll(keys(read(instruction, "variables")));
          names.addAll(keys(read(instruction, "variablesLocal")));
        }
      }
    }
    return names;
  }

  /** A field of an engine object; an engine upgrade that renamed it fails closed rather than let a write through. */
  public static Object read(Object target, String fieldName) {
    if (target == null) {
      return null;
    }
    for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(fieldName);
        field.setAccessible(true);
        return field.get(target);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read " + fieldName + " of " + target.getClass().getName(), e);
      }
    }
    throw new IllegalStateException("No field " + fieldName + " in " + target.getClass().getName());
  }

  public static Collection<String> keys(Object map) {
    return map instanceof Map<?, ?> m ? strings(m.keySet()) : List.of();
  }

  public static Collection<String> strings(Object collection) {
    return collection instanceof Collection<?> c ? c.stream().map(String::valueOf).toList() : List.of();
  }
}
