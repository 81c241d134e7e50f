package vn.gov.soctrang.tnmt.tdkt.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Security headers on the app's own responses, the database-outage answer and the start-up gate. Who may call what
 * is {@link ApiSecurityConfiguration}'s.
 * HSTS is on where the app is reached over HTTPS only ({@code tdkt.security.hsts}, set by the prod profile).
 */
@Configuration
class WebSecurityConfiguration {

  @Bean
  FilterRegistrationBean<SecurityHeadersFilter> securityHeaders(@Value("${tdkt.security.hsts:false}") boolean hsts) {
    FilterRegistrationBean<SecurityHeadersFilter> registration =
        new FilterRegistrationBean<>(new SecurityHeadersFilter(hsts));
    registration.setName("tdkt-security-headers");
    registration.addUrlPatterns("/api/*", "/cong-bo", "/cong-bo/*", "/dashboard", "/dashboard/*", "/engine-rest/*",
        "/actuator/*");
    // Before the authentication filters, so that a refusal carries the headers too.
    registration.setOrder(5);
    return registration;
  }

  /**
   * Outermost (right after Spring's character encoding filter), so that a request failing anywhere for want of the
   * database, the authentication filters included, answers 503 with the Vietnamese message.
   */
  @Bean
  FilterRegistrationBean<DatabaseOutageFilter> databaseOutage() {
    FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(new DatabaseOutageFilter());
    registration.setName("tdkt-database-outage");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  /**
   * Right after the outage filter and before every authentication filter: until the start-up steps have mirrored
   * the organisation into Camunda, no request reaches a password check.
   */
  @Bean
  FilterRegistrationBean<StartupGateFilter> startupGate(
      org.springframework.boot.availability.ApplicationAvailability availability) {
    FilterRegistrationBean<StartupGateFilter> registration =
        new FilterRegistrationBean<>(new StartupGateFilter(availability));
    registration.setName("tdkt-startup-gate");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }
}
