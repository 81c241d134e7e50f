package vn.gov.soctrang.tnmt.tdkt.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Engine REST errors caused by the app's validation become 400/409 with the Vietnamese message; any other keeps its
 * status with a Vietnamese message and a reference instead of the engine's text ({@link EngineFailures}).
 */
@Provider
@Priority(1)
class DomainRestExceptionMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler fallback = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    if (DatabaseOutage.causedBy(exception)) {
      DatabaseOutage.refused("engine REST call", exception);
      return DatabaseOutage.response();
    }
    return DomainErrors.find(exception).map(DomainErrors::response)
        .or(() -> EngineRefusals.explain(exception))
        .orElseGet(() -> EngineFailures.answer(fallback.toResponse(exception).getStatus(), exception));
  }
}
