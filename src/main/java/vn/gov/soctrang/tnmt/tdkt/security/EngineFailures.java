package vn.gov.soctrang.tnmt.tdkt.security;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer to an engine REST error that is neither the app's own refusal nor one of the engine refusals said in
 * Vietnamese ({@link EngineRefusals}): the engine's text can quote an expression ({@code ${...}}), an ENGINE-xxxxx
 * code, a Java class, a stack frame or SQL, none of which a user should read. The client gets the status (400/404
 * for a request the engine rejects, 500 otherwise), a Vietnamese message and a reference; the log gets the whole
 * exception under the same reference, so an administrator can find it from what the user reports.
 */
final class EngineFailures {

  private static final Logger LOG = LoggerFactory.getLogger(EngineFailures.class);

  static final String SERVER_ERROR = "Không thực hiện được thao tác (mã tham chiếu: %s). Vui lòng liên hệ quản trị "
      + "hệ thống.";
  static final String BAD_REQUEST = "Không thực hiện được thao tác: yêu cầu không hợp lệ hoặc không còn phù hợp với "
      + "trạng thái hiện tại của hồ sơ (mã tham chiếu: %s). Vui lòng tải lại trang và kiểm tra lại; nếu vẫn không "
      + "được, hãy liên hệ quản trị hệ thống.";
  static final String NOT_FOUND = "Không tìm thấy dữ liệu được yêu cầu: có thể đã được xử lý xong hoặc đã bị xóa "
      + "(mã tham chiếu: %s). Vui lòng tải lại trang; nếu vẫn không được, hãy liên hệ quản trị hệ thống.";

  private EngineFailures() {
  }

  /**
   * @param status the status Camunda's own handler would have answered; below 400 or above 599 counts as 500
   * @param error what went wrong, logged in full with the reference
   */
  static Response answer(int status, Throwable error) {
    int code = status >= 400 && status < 600 ? status : 500;
    String reference = reference();
    String message;
    String type;
    if (code >= 500) {
      LOG.error("Lỗi khi xử lý yêu cầu tới engine, mã tham chiếu {} / engine call failed, reference {}", reference,
          reference, error);
      message = SERVER_ERROR;
      type = "ServerError";
    } else {
      LOG.warn("Engine từ chối yêu cầu (HTTP {}), mã tham chiếu {} / engine refused the request, reference {}", code,
          reference, reference, error);
      message = code == 404 ? NOT_FOUND : BAD_REQUEST;
      type = code == 404 ? "NotFound" : "InvalidRequest";
    }
    String text = String.format(Locale.ROOT, message, reference);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", text);
    body.put("messages", List.of(text));
    body.put("reference", reference);
    return Response.status(code).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
  }

  /** Eight characters, easy to read out on the phone; random, so it says nothing about time or order. */
  static String reference() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
  }
}
