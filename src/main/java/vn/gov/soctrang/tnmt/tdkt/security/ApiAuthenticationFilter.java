package vn.gov.soctrang.tnmt.tdkt.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates calls to the app's own API ({@code /api}): HTTP Basic with Camunda credentials, or the session of
 * someone logged into Tasklist/Cockpit. The engine then applies that user's authorizations to everything the call
 * does.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  private static final String ENGINE = "default";

  private final IdentityService identity;

  public ApiAuthenticationFilter(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String userId = fromSession(request);
    if (userId == null) {
      userId = fromBasic(request.getHeader("Authorization"));
    }
    if (userId == null) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      // A page's own script (it says so with X-Requested-With) handles the refusal itself; the browser's password
      // box would only get in its way.
      if (request.getHeader("X-Requested-With") == null) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"tdkt\", charset=\"UTF-8\"");
      }
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"message\":\"Vui lòng đăng nhập (tài khoản Camunda) để dùng chức năng này.\"}");
      return;
    }
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identity.setAuthentication(userId, groups);
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * A browser session counts for reading; for changes it counts only with a header no other site can make a
   * browser send (a simple guard against cross-site request forgery).
   */
  private static String fromSession(HttpServletRequest request) {
    boolean safe = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    if (!safe && request.getHeader("X-Requested-With") == null) {
      return null;
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return null;
    }
    Authentication auth = authentications.getAuthenticationForProcessEngine(ENGINE);
    return auth == null ? null : auth.getName();
  }

  private String fromBasic(String header) {
    return BasicCredentials.userOf(header, identity);
  }
}
