package vn.gov.soctrang.tnmt.tdkt.security;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body the engine REST API cannot read: 400 in Vietnamese instead of Jackson's text. The mappers are for the exact
 * types Jackson's own mappers take, with a higher priority, so that these are chosen.
 */
final class UnreadableJsonMapper {

  private UnreadableJsonMapper() {
  }

  /** Malformed JSON, e.g. cut short. */
  @Provider
  @Priority(1)
  public static class Malformed implements ExceptionMapper<JsonParseException> {

    @Override
    public Response toResponse(JsonParseException exception) {
      return EngineRefusals.unreadable();
    }
  }

  /** Well-formed JSON of the wrong shape, e.g. an object where the API expects a list. */
  @Provider
  @Priority(1)
  public static class WrongShape implements ExceptionMapper<JsonMappingException> {

    @Override
    public Response toResponse(JsonMappingException exception) {
      return EngineRefusals.unreadable();
    }
  }
}
