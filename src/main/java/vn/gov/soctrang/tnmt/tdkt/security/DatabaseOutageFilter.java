package vn.gov.soctrang.tnmt.tdkt.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter: a request that fails because the database cannot be reached, wherever it fails (an
 * authentication filter checking a password, a controller, a page), answers 503 with the Vietnamese message, as
 * JSON to API clients and as a short page to a browser, instead of Spring Boot's generic error answer.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException e) {
      if (response.isCommitted() || !DatabaseOutage.causedBy(e)) {
        throw e;
      }
      DatabaseOutage.refused(request.getMethod() + " " + request.getRequestURI(), e);
      answer(request, response);
    }
  }

  private static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.resetBuffer();
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", DatabaseOutage.RETRY_AFTER);
    response.setHeader("Cache-Control", "no-store");
    response.setCharacterEncoding("UTF-8");
    if (wantsPage(request)) {
      response.setContentType("text/html;charset=UTF-8");
      response.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Tạm thời "
          + "gián đoạn</title></head><body><h1>Tạm thời gián đoạn</h1><p>" + DatabaseOutage.MESSAGE
          + "</p></body></html>");
    } else {
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"status\":503,\"message\":\"" + DatabaseOutage.MESSAGE + "\"}");
    }
  }

  /** A browser opening a page (it asks for HTML first); API clients and the webapps' scripts get JSON. */
  private static boolean wantsPage(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains("text/html") && !accept.startsWith("application/json");
  }
}
