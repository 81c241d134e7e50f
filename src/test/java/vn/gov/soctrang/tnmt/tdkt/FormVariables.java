package vn.gov.soctrang.tnmt.tdkt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Form values as the engine's REST API takes them: a list (a checklist) goes as a JSON variable, as Tasklist sends it. */
public final class FormVariables {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormVariables() {
  }

  public static Map<String, Object> of(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, value instanceof List<?> list
        ? Map.of("value", json(list), "type", "Json") : Map.of("value", value)));
    return variables;
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
