package vn.gov.soctrang.tnmt.tdkt.security;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The engine REST API's JSON mapper, plus one thing: a JSON variable (the lists our forms use) is written as the
 * JSON it holds. Without it a request with the default deserializeValues=true returned the Spin node's bean
 * properties ("nodeType", "array", …) instead of the data.
 */
@Provider
@Priority(1)
@Produces({MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON})
class SpinJsonConfigurator extends JacksonConfigurator {

  @Override
  public ObjectMapper getContext(Class<?> type) {
    ObjectMapper mapper = super.getContext(type);
    SimpleModule spin = new SimpleModule("spin-json-as-json");
    spin.addSerializer(SpinJsonNode.class, new StdSerializer<>(SpinJsonNode.class) {
      @Override
      public void serialize(SpinJsonNode node, JsonGenerator generator, SerializerProvider provider)
          throws IOException {
        generator.writeRawValue(node.toString());
      }
    });
    return mapper.registerModule(spin);
  }
}
