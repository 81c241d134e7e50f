package vn.gov.soctrang.tnmt.tdkt.web;

import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.gov.soctrang.tnmt.tdkt.shared.ApiError;

/**
 * A body in a format no endpoint takes (e.g. JSON sent to the evidence upload): refused while the request is mapped,
 * before any controller is chosen, so the API's own advice (limited to the application's controllers) never sees it.
 */
@RestControllerAdvice
class UnsupportedRequestFormats {

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> unsupported(HttpMediaTypeNotSupportedException e) {
    String accepted = e.getSupportedMediaTypes().stream().map(MediaType::toString).distinct()
        .collect(Collectors.joining(", "));
    String message = "Định dạng dữ liệu gửi lên không được hỗ trợ"
        + (accepted.isEmpty() ? "." : "; hãy gửi theo định dạng " + accepted + ".");
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).contentType(MediaType.APPLICATION_JSON)
        .body(ApiError.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value(), message));
  }
}
