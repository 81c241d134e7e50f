package vn.gov.soctrang.tnmt.tdkt.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.gov.soctrang.tnmt.tdkt.shared.DomainException;

/** The app's refusals that reach the engine REST API unwrapped (e.g. from a start form) become 400/409. */
@Provider
@Priority(1)
class DomainExceptionMapper implements ExceptionMapper<DomainException> {

  @Override
  public Response toResponse(DomainException exception) {
    return DomainErrors.response(exception);
  }
}
