package vn.gov.soctrang.tnmt.tdkt.evidence;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import vn.gov.soctrang.tnmt.tdkt.shared.ApiError;

/**
 * Multipart limits for evidence uploads. The servlet's own limit (Spring Boot's default is 1 MB per file) must stay
 * above the largest value the dated setting {@code evidence.maxSizeMb} may take (50 MB), so that the application,
 * not the container, refuses a file that is too large, with the limit actually in force. This bean replaces Spring
 * Boot's default multipart configuration.
 */
@Configuration
class EvidenceUploadConfiguration {

  /** Above the setting's maximum (50 MB), with room for the note and the form's other parts. */
  static final long MAX_FILE_BYTES = 52L * 1024 * 1024;
  static final long MAX_REQUEST_BYTES = 53L * 1024 * 1024;

  @Bean
  MultipartConfigElement multipartConfigElement() {
    return new MultipartConfigElement(null, MAX_FILE_BYTES, MAX_REQUEST_BYTES, 0);
  }

  /**
   * A request beyond even the container's limit is refused before any controller runs, so the API's own advice
   * (for the application's controllers) never sees it: this one answers it, in Vietnamese.
   */
  @RestControllerAdvice
  static class TooLargeUploads {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
      String message = "Tệp tải lên quá lớn: mỗi tệp minh chứng không được vượt quá giới hạn của hệ thống ("
          + MAX_FILE_BYTES / (1024 * 1024) + " MB; giới hạn đang áp dụng có thể nhỏ hơn). Chỉ chấp nhận "
          + EvidenceKind.ACCEPTED_TEXT + ".";
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
          .body(ApiError.of(HttpStatus.PAYLOAD_TOO_LARGE.value(), message));
    }

    /** A multipart body the container cannot read (no boundary, cut short): refused before any controller runs. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> unreadable(MultipartException e) {
      String message = "Không đọc được tệp gửi lên: yêu cầu tải lên không đúng định dạng multipart/form-data "
          + "(trường «file»). Vui lòng chọn lại tệp và tải lên.";
      return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
          .body(ApiError.of(HttpStatus.BAD_REQUEST.value(), message));
    }
  }
}
