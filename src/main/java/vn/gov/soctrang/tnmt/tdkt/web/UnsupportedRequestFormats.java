package vn.gov.soctrang.tnmt.tdkt.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A body in a format no endpoint takes (e.g. JSON sent to the evidence upload): refused while the request is mapped,
 * before any controller is chosen, so the API's own advice (limited to controllers of this package) never sees it.
 */
@RestControllerAdvice
public class UnsupportedRequestFormats {

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Map<String, Object>> unsupported(HttpMediaTypeNotSupportedException e) {
    String accepted = e.getSupportedMediaTypes().stream().map(MediaType::toString).distinct()
        .collect(Collectors.joining(", "));
    String message = "Định dạng dữ liệu gửi lên không được hỗ trợ"
        + (accepted.isEmpty() ? "." : "; hãy gửi theo định dạng " + accepted + ".");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
    body.put("message", message);
    body.put("messages", List.of(message));
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).contentType(MediaType.APPLICATION_JSON)
        .body(body);
  }
}
