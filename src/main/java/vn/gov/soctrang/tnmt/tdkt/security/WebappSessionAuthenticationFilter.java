package vn.gov.soctrang.tnmt.tdkt.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Someone logged into Tasklist or Cockpit is logged in for the app's pages too: the Camunda webapps' session
 * authentication becomes the request's Spring Security authentication. A request that brings its own credentials
 * ({@code Authorization}) is left to HTTP Basic. Changes made on the strength of the session need the CSRF token
 * (see {@link ApiSecurityConfiguration}).
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

  private static final String ENGINE = "default";

  private final IdentityService identity;

  WebappSessionAuthenticationFilter(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String user = request.getHeader(HttpHeaders.AUTHORIZATION) == null ? sessionUser(request) : null;
    if (user != null) {
      var context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
          CamundaIdentityAuthenticationProvider.authoritiesOf(identity, user)));
      SecurityContextHolder.setContext(context);
    }
    chain.doFilter(request, response);
  }

  private static String sessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return null;
    }
    var auth = authentications.getAuthenticationForProcessEngine(ENGINE);
    return auth == null ? null : auth.getName();
  }
}
