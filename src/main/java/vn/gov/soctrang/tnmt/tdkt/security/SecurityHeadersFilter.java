package vn.gov.soctrang.tnmt.tdkt.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browser hardening for the app's own responses (the API, the public page, the dashboard, the engine REST API); the
 * Camunda webapps get theirs from Camunda's header filter ({@code camunda.bpm.webapp.header-security.*}). The
 * content security policy allows only the app's own scripts and stylesheets (no inline script or style, no eval: the
 * public pages and the dashboard keep theirs in static files, and the dashboard sets colours through the CSSOM),
 * images and fonts from the app or data URLs, and no framing at all.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
      + "style-src 'self'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
      + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
  static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

  private final boolean hsts;

  /** @param hsts whether to tell browsers to use HTTPS only (production, behind TLS) */
  public SecurityHeadersFilter(boolean hsts) {
    this.hsts = hsts;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // Set before the chain runs, so that refusals and errors carry them too. A PDF opens in the browser's own
    // viewer, which a page policy would only get in the way of.
    if (!request.getRequestURI().endsWith(".pdf")) {
      response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    if (hsts) {
      response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    }
    chain.doFilter(request, response);
  }
}
