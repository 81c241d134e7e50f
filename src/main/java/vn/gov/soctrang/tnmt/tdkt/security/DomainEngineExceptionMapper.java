package vn.gov.soctrang.tnmt.tdkt.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;

/**
 * Engine exceptions caused by the app's validation become 400/409 with the Vietnamese message; the engine's own
 * refusals ({@link EngineRefusals}) are said in Vietnamese too. Any other engine exception is answered with its
 * status and a Vietnamese message with a reference, never with the engine's own text ({@link EngineFailures}).
 */
@Provider
@Priority(1)
class DomainEngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {

  private final ProcessEngineExceptionHandler fallback = new ProcessEngineExceptionHandler();

  @Override
  public Response toResponse(ProcessEngineException exception) {
    if (DatabaseOutage.causedBy(exception)) {
      DatabaseOutage.refused("engine REST call", exception);
      return DatabaseOutage.response();
    }
    if (exception instanceof AuthorizationException refused && VanishedTasks.explain(refused)) {
      return DomainErrors.response(new ConflictException(DomainErrors.GONE));
    }
    return DomainErrors.find(exception).map(DomainErrors::response)
        .or(() -> EngineRefusals.explain(exception))
        .orElseGet(() -> EngineFailures.answer(fallback.toResponse(exception).getStatus(), exception));
  }
}
