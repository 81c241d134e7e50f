package vn.gov.soctrang.tnmt.tdkt.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;

/** Writes lists and objects as JSON variables, the type Camunda Forms reads for selects and dynamic lists. */
public final class JsonVariables {

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private JsonVariables() {
  }

  public static void set(VariableScope scope, ProcessVariable<?> variable, Object value) {
    scope.setVariable(variable.name(), jsonValue(value));
  }

  public static org.camunda.spin.plugin.variable.value.JsonValue jsonValue(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write variable as JSON", e);
    }
  }
}
