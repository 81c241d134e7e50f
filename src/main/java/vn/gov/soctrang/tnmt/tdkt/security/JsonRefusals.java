package vn.gov.soctrang.tnmt.tdkt.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** How the security chains say no: a JSON body {@code {"message": "…"}} in Vietnamese, like every other refusal. */
final class JsonRefusals {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonRefusals() {
  }

  /**
   * Not logged in: 401. The browser's password box is offered only to a request that did not come from a page's own
   * script (it says so with {@code X-Requested-With}); a page handles the refusal itself.
   */
  static AuthenticationEntryPoint loginRequired(String message, boolean alwaysOfferBasic) {
    return (request, response, e) -> {
      if (alwaysOfferBasic || request.getHeader("X-Requested-With") == null) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"tdkt\", charset=\"UTF-8\"");
      }
      write(response, HttpServletResponse.SC_UNAUTHORIZED, message);
    };
  }

  /** Logged in but not allowed: 403 with the sentence of the rule that refused, or a missing CSRF token named. */
  static AccessDeniedHandler apiRefused() {
    return (request, response, e) -> write(response, HttpServletResponse.SC_FORBIDDEN, e instanceof CsrfException
        ? AccessRules.CSRF_REFUSED
        : AccessRules.ruleFor(request).map(AccessRules.Rule::refusal).orElse(AccessRules.NOT_ALLOWED));
  }

  static AccessDeniedHandler refused(String message) {
    return (request, response, e) -> write(response, HttpServletResponse.SC_FORBIDDEN, message);
  }

  static void write(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.writeValueAsString(Map.of("message", message)));
  }
}
