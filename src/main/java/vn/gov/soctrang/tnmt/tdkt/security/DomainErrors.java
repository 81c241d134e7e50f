package vn.gov.soctrang.tnmt.tdkt.security;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;
import vn.gov.soctrang.tnmt.tdkt.shared.DomainException;

/** Finds the app's own refusal inside an engine exception and answers it as the user should see it. */
final class DomainErrors {

  private DomainErrors() {
  }

  static Optional<DomainException> find(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof DomainException domain) {
        return Optional.of(domain);
      }
    }
    return Optional.empty();
  }

  static int status(DomainException e) {
    return e instanceof ConflictException ? 409 : 400;
  }

  static Response response(DomainException e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", e instanceof ConflictException ? "ConflictException" : "InvalidInputException");
    body.put("message", e.getMessage());
    body.put("messages", e.messages());
    return Response.status(status(e)).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body)
        .build();
  }
}
