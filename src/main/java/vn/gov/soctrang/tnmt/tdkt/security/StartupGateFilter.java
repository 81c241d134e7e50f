package vn.gov.soctrang.tnmt.tdkt.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Nothing is served until the application is ready: the port opens while the start-up steps still run (seeding,
 * mirroring the organisation into Camunda's users and groups, Tasklist's filters), and a login in that window
 * would be refused as a wrong password. Until Spring Boot declares the application ready (after those steps), and
 * again while it shuts down, every request but the health probes answers 503 with a Vietnamese page or JSON and a
 * Retry-After; {@code /actuator/health/readiness} says OUT_OF_SERVICE meanwhile.
 */
public class StartupGateFilter extends OncePerRequestFilter {

  static final String STARTING = "Hệ thống đang khởi động, xin vui lòng chờ trong giây lát…";
  static final String STOPPING = "Hệ thống đang tạm dừng để khởi động lại, xin vui lòng quay lại sau ít phút.";
  private static final String RETRY_AFTER_SECONDS = "5";

  private final ApplicationAvailability availability;
  private volatile boolean hasBeenReady;

  public StartupGateFilter(ApplicationAvailability availability) {
    this.availability = availability;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
      hasBeenReady = true;
      chain.doFilter(request, response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals("/actuator/health") || path.startsWith("/actuator/health/")) {
      chain.doFilter(request, response);
      return;
    }
    String message = hasBeenReady ? STOPPING : STARTING;
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    response.setHeader("Cache-Control", "no-store");
    response.setCharacterEncoding("UTF-8");
    String accept = request.getHeader("Accept");
    if (accept != null && accept.contains("text/html") && !accept.startsWith("application/json")) {
      response.setContentType("text/html;charset=UTF-8");
      response.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
          + "<meta http-equiv=\"refresh\" content=\"" + RETRY_AFTER_SECONDS + "\"><title>Hệ thống đang khởi động"
          + "</title></head><body><h1>" + (hasBeenReady ? "Hệ thống đang tạm dừng" : "Hệ thống đang khởi động…")
          + "</h1><p>" + message + " Trang sẽ tự tải lại.</p></body></html>");
    } else {
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"status\":503,\"message\":\"" + message + "\"}");
    }
  }
}
