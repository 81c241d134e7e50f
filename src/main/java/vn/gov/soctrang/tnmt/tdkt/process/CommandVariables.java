package vn.gov.soctrang.tnmt.tdkt.process;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * Which variables an engine command would write, read from the command itself (Camunda 7's commands have no getters
 * for them). Used by the guards that keep some variables out of anyone's hands.
 */
public final class CommandVariables {

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
