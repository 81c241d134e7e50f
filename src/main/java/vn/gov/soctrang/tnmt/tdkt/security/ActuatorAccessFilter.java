package vn.gov.soctrang.tnmt.tdkt.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.gov.soctrang.tnmt.tdkt.organization.CamundaGroups;

/**
 * The actuator: its health answer (status only) is open, for the proxy and the orchestrator; everything else it
 * exposes (metrics) is for administrators, with HTTP Basic and their Camunda account.
 */
public class ActuatorAccessFilter extends OncePerRequestFilter {

  private final IdentityService identity;

  public ActuatorAccessFilter(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals("/actuator/health") || path.startsWith("/actuator/health/")) {
      chain.doFilter(request, response);
      return;
    }
    String user = basicUser(request.getHeader("Authorization"));
    if (user == null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"tdkt\", charset=\"UTF-8\"");
      refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Vui lòng đăng nhập bằng tài khoản quản trị.");
      return;
    }
    if (identity.createUserQuery().userId(user).memberOfGroup(CamundaGroups.ADMIN).count() == 0) {
      refuse(response, HttpServletResponse.SC_FORBIDDEN, "Chỉ quản trị hệ thống được xem số liệu vận hành.");
      return;
    }
    chain.doFilter(request, response);
  }

  private String basicUser(String header) {
    return BasicCredentials.userOf(header, identity);
  }

  private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write("{\"message\":\"" + message + "\"}");
  }
}
