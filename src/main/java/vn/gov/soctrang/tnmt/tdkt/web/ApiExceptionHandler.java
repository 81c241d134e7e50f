package vn.gov.soctrang.tnmt.tdkt.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;
import vn.gov.soctrang.tnmt.tdkt.shared.DomainException;

/** The app API's refusals: a 4xx with a Vietnamese message, never a stack trace. */
@RestControllerAdvice(basePackages = "vn.gov.soctrang.tnmt.tdkt.web")
public class ApiExceptionHandler {

  @ExceptionHandler(DomainException.class)
  ResponseEntity<Map<String, Object>> domain(DomainException e) {
    HttpStatus status = e instanceof ConflictException ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
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

  @ExceptionHandler(org.camunda.bpm.engine.ProcessEngineException.class)
  ResponseEntity<Map<String, Object>> engine(org.camunda.bpm.engine.ProcessEngineException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DomainException domain) {
        return domain(domain);
      }
    }
    throw e;
  }

  private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String message, List<String> messages) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.value());
    body.put("message", message);
    body.put("messages", messages);
    return ResponseEntity.status(status).body(body);
  }
}
