package vn.gov.soctrang.tnmt.tdkt.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.gov.soctrang.tnmt.tdkt.shared.ApiError;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;
import vn.gov.soctrang.tnmt.tdkt.shared.DomainException;

/**
 * The app API's refusals: a 4xx with a Vietnamese message, never a stack trace. Advice for every controller of the
 * application, whichever feature module it lives in; a controller's own handlers (e.g. the evidence's) come first.
 */
@RestControllerAdvice(basePackages = "vn.gov.soctrang.tnmt.tdkt")
class ApiExceptionHandler {

  @ExceptionHandler(DomainException.class)
  ResponseEntity<ApiError> domain(DomainException e) {
    HttpStatus status = e instanceof ConflictException ? HttpStatus.CONFLICT
        : e instanceof vn.gov.soctrang.tnmt.tdkt.shared.ForbiddenException ? HttpStatus.FORBIDDEN
        : HttpStatus.BAD_REQUEST;
    return body(status, e.getMessage(), e.messages());
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ApiError> forbidden(AuthorizationException e) {
    return body(HttpStatus.FORBIDDEN, "Bạn không có quyền thực hiện thao tác này.", List.of());
  }

  @ExceptionHandler(org.springframework.web.server.ResponseStatusException.class)
  ResponseEntity<ApiError> status(org.springframework.web.server.ResponseStatusException e) {
    return body(HttpStatus.valueOf(e.getStatusCode().value()), e.getReason(), List.of());
  }

  @ExceptionHandler(java.time.format.DateTimeParseException.class)
  ResponseEntity<ApiError> badDate(java.time.format.DateTimeParseException e) {
    return body(HttpStatus.BAD_REQUEST, "Ngày không hợp lệ (định dạng năm-tháng-ngày, ví dụ 2026-12-31).", List.of());
  }

  /**
   * A request record that breaks its Bean Validation rules: every message, in the order of the record's fields (the
   * order the form-like bodies always listed them in).
   */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
    Object target = e.getBindingResult().getTarget();
    List<String> order = target != null && target.getClass().isRecord()
        ? Arrays.stream(target.getClass().getRecordComponents()).map(RecordComponent::getName).toList()
        : List.of();
    List<String> messages = new ArrayList<>();
    e.getBindingResult().getFieldErrors().stream()
        .sorted(Comparator.comparingInt((FieldError f) -> order.indexOf(f.getField()) < 0 ? Integer.MAX_VALUE
            : order.indexOf(f.getField())))
        .map(FieldError::getDefaultMessage).forEach(messages::add);
    e.getBindingResult().getGlobalErrors().forEach(g -> messages.add(g.getDefaultMessage()));
    return body(HttpStatus.BAD_REQUEST, String.join(" ", messages), messages);
  }

  /** A body Jackson could not read; a refusal raised while building a request record keeps its own message. */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof DomainException domain) {
        return domain(domain);
      }
    }
    return body(HttpStatus.BAD_REQUEST, "Dữ liệu gửi lên không đúng định dạng JSON hoặc sai kiểu dữ liệu.", List.of());
  }

  /** A path or query parameter of the wrong type, e.g. {@code ?year=abc} or {@code /api/documents/abc}. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException e) {
    return body(HttpStatus.BAD_REQUEST, "Giá trị «" + shown(e.getValue()) + "» của tham số «" + e.getName()
        + "» không hợp lệ" + (Number.class.isAssignableFrom(wrapped(e.getRequiredType())) ? " (cần một số)." : "."),
        List.of());
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
    return body(HttpStatus.BAD_REQUEST, "Thiếu tham số «" + e.getParameterName() + "».", List.of());
  }

  @ExceptionHandler(org.camunda.bpm.engine.ProcessEngineException.class)
  ResponseEntity<ApiError> engine(org.camunda.bpm.engine.ProcessEngineException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DomainException domain) {
        return domain(domain);
      }
    }
    throw e;
  }

  private static String shown(Object value) {
    String text = String.valueOf(value);
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  private static Class<?> wrapped(Class<?> type) {
    if (type == null) {
      return Object.class;
    }
    return type == int.class || type == long.class || type == double.class ? Number.class : type;
  }

  private static ResponseEntity<ApiError> body(HttpStatus status, String message, List<String> messages) {
    return ResponseEntity.status(status).body(new ApiError(status.value(), message, messages));
  }
}
