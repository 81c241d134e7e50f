package vn.gov.soctrang.tnmt.tdkt.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;
import vn.gov.soctrang.tnmt.tdkt.shared.DomainException;

/** The app API's refusals: a 4xx with a Vietnamese message, never a stack trace. */
@RestControllerAdvice(basePackages = {"vn.gov.soctrang.tnmt.tdkt.web", "vn.gov.soctrang.tnmt.tdkt.movement",
    "vn.gov.soctrang.tnmt.tdkt.cycle",
    "vn.gov.soctrang.tnmt.tdkt.organization", "vn.gov.soctrang.tnmt.tdkt.document",
    "vn.gov.soctrang.tnmt.tdkt.merit"})
public class ApiExceptionHandler {

  @ExceptionHandler(DomainException.class)
  ResponseEntity<Map<String, Object>> domain(DomainException e) {
    HttpStatus status = e instanceof ConflictException ? HttpStatus.CONFLICT
        : e instanceof vn.gov.soctrang.tnmt.tdkt.shared.ForbiddenException ? HttpStatus.FORBIDDEN
        : HttpStatus.BAD_REQUEST;
    return body(status, e.getMessage(), e.messages());
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, Object>> forbidden(AuthorizationException e) {
    return body(HttpStatus.FORBIDDEN, "Bạn không có quyền thực hiện thao tác này.", List.of());
  }

  @ExceptionHandler(org.springframework.web.server.ResponseStatusException.class)
  ResponseEntity<Map<String, Object>> status(org.springframework.web.server.ResponseStatusException e) {
    return body(HttpStatus.valueOf(e.getStatusCode().value()), e.getReason(), List.of());
  }

  @ExceptionHandler(java.time.format.DateTimeParseException.class)
  ResponseEntity<Map<String, Object>> badDate(java.time.format.DateTimeParseException e) {
    return body(HttpStatus.BAD_REQUEST, "Ngày không hợp lệ (định dạng năm-tháng-ngày, ví dụ 2026-12-31).", List.of());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    return body(HttpStatus.BAD_REQUEST, "Dữ liệu gửi lên không đúng định dạng JSON hoặc sai kiểu dữ liệu.", List.of());
  }

  /** A path or query parameter of the wrong type, e.g. {@code ?year=abc} or {@code /api/documents/abc}. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, Object>> badParameter(MethodArgumentTypeMismatchException e) {
    return body(HttpStatus.BAD_REQUEST, "Giá trị «" + shown(e.getValue()) + "» của tham số «" + e.getName()
        + "» không hợp lệ" + (Number.class.isAssignableFrom(wrapped(e.getRequiredType())) ? " (cần một số)." : "."),
        List.of());
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException e) {
    return body(HttpStatus.BAD_REQUEST, "Thiếu tham số «" + e.getParameterName() + "».", List.of());
  }

  @ExceptionHandler(org.camunda.bpm.engine.ProcessEngineException.class)
  ResponseEntity<Map<String, Object>> engine(org.camunda.bpm.engine.ProcessEngineException e) {
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

  private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String message, List<String> messages) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.value());
    body.put("message", message);
    body.put("messages", messages);
    return ResponseEntity.status(status).body(body);
  }
}
