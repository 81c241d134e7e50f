package vn.gov.soctrang.tnmt.tdkt.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;

/**
 * A JAX-RS API (the engine REST API, the webapps' login and their own APIs) whose call fails because the database
 * cannot be reached answers 503 with the Vietnamese message; any other unexpected error answers 500 with a
 * Vietnamese message and a reference ({@link EngineFailures}), and Jersey's own HTTP refusals keep Camunda's answer.
 * It takes the errors no closer mapper takes, mostly Spring's when a transaction cannot even begin.
 */
@Provider
@Priority(1)
class DatabaseOutageMapper implements ExceptionMapper<Throwable> {

  private final ExceptionHandler fallback = new ExceptionHandler();

  @Override
  public Response toResponse(Throwable exception) {
    if (DatabaseOutage.causedBy(exception)) {
      DatabaseOutage.refused("JAX-RS call", exception);
      return DatabaseOutage.response();
    }
    if (exception instanceof WebApplicationException) {
      // Jersey's own answers (no such resource, method not allowed, unsupported media type): no internals in them.
      return fallback.toResponse(exception);
    }
    return EngineFailures.answer(500, exception);
  }
}
