package vn.gov.soctrang.tnmt.tdkt.security;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;
import vn.gov.soctrang.tnmt.tdkt.shared.DomainException;
import vn.gov.soctrang.tnmt.tdkt.shared.ForbiddenException;

/** Finds the app's own refusal inside an engine exception and answers it as the user should see it. */
final class DomainErrors {

  private DomainErrors() {
  }

  /** Said to the one who lost a race: someone else's completion of the same work went first. */
  static final String ALREADY_DONE = "Công việc này đã được xử lý bởi người khác ngay trước đó; vui lòng tải lại danh "
      + "sách công việc.";

  /** Said to one who submits a task that no longer exists: done by someone else, or withdrawn. */
  static final String GONE = "Công việc này đã được xử lý xong hoặc không còn tồn tại; vui lòng tải lại danh sách "
      + "công việc.";

  static Optional<DomainException> find(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof DomainException domain) {
        return Optional.of(domain);
      }
      if (t instanceof OptimisticLockingException) {
        return Optional.of(new ConflictException(ALREADY_DONE));
      }
      if (t instanceof NullValueException && t.getMessage() != null && t.getMessage().contains("Cannot find task")) {
        return Optional.of(new ConflictException(GONE));
      }
    }
    return Optional.empty();
  }

  static int status(DomainException e) {
    return e instanceof ConflictException ? 409 : e instanceof ForbiddenException ? 403 : 400;
  }

  static Response response(DomainException e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", e instanceof ConflictException ? "ConflictException"
        : e instanceof ForbiddenException ? "AuthorizationException" : "InvalidInputException");
    body.put("message", e.getMessage());
    body.put("messages", e.messages());
    return Response.status(status(e)).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body)
        .build();
  }
}
