package vn.gov.soctrang.tnmt.tdkt.security;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.spin.SpinRuntimeException;
import vn.gov.soctrang.tnmt.tdkt.organization.DepartmentPasswordPolicy;

/**
 * The engine REST API's own refusals, said in Vietnamese: a permission the user lacks (the engine's text names
 * resources and permissions in English), a body or a JSON variable that is not JSON or not of the expected shape
 * (Jackson's and Spin's texts quote Java classes), a message that no process waits for and a new password that
 * breaks the production password policy.
 */
final class EngineRefusals {

  static final String FORBIDDEN = "Bạn không có quyền thực hiện thao tác này (công việc hoặc quy trình không thuộc "
      + "đơn vị hay vai trò của bạn).";

  static final String UNREADABLE = "Dữ liệu gửi lên không đúng định dạng JSON hoặc sai kiểu dữ liệu; vui lòng kiểm "
      + "tra lại biểu mẫu.";

  static final String NO_RECEIVER = "Không có quy trình nào đang chờ thông điệp này với các khóa đã gửi (businessKey "
      + "TDKT-<năm>, hình thức khen thưởng): có thể hồ sơ chưa được gửi lên tỉnh, kết quả đã được ghi nhận, hoặc năm "
      + "không đúng.";

  /** A new password that breaks the production password policy (Camunda Admin checks it first in its own words). */
  static final String PASSWORD = "Mật khẩu chưa đạt yêu cầu. " + new DepartmentPasswordPolicy().describe();

  /** The engine's text when a saved user's new password breaks the password policy (SaveUserCmd). */
  private static final String ENGINE_PASSWORD_REFUSAL = "Password does not match policy";

  private EngineRefusals() {
  }

  /**
   * The engine's refusals a user should read in Vietnamese: a missing permission (403), a JSON variable that is not
   * JSON (400), a message no process waits for (400).
   */
  static Optional<Response> explain(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof AuthorizationException) {
        return Optional.of(forbidden());
      }
      if (t instanceof SpinRuntimeException) {
        return Optional.of(unreadable());
      }
      if (t instanceof MismatchingMessageCorrelationException) {
        return Optional.of(response(400, "InvalidRequestException", NO_RECEIVER));
      }
      if (t instanceof ProcessEngineException && ENGINE_PASSWORD_REFUSAL.equals(t.getMessage())) {
        return Optional.of(response(400, "InvalidRequestException", PASSWORD));
      }
    }
    return Optional.empty();
  }

  static Response forbidden() {
    return response(403, "AuthorizationException", FORBIDDEN);
  }

  static Response unreadable() {
    return response(400, "InvalidRequestException", UNREADABLE);
  }

  private static Response response(int status, String type, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    body.put("messages", List.of(message));
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
  }
}
