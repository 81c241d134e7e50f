package vn.gov.soctrang.tnmt.tdkt.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.gov.soctrang.tnmt.tdkt.organization.CamundaGroups;

/**
 * Spring Security for the app's own doors: the API ({@code /api}), the actuator, the OpenAPI description and the
 * public pages. The Camunda webapps and the engine's REST API keep Camunda's own filters.
 *
 * <ul>
 *   <li>Who: HTTP Basic against Camunda's identity service, or the Tasklist/Cockpit session
 *       ({@link WebappSessionAuthenticationFilter}); the user's Camunda groups are their authorities.</li>
 *   <li>What: the role rules in {@link AccessRules}; everything else in the API needs a logged-in user, and the
 *       engine then applies that user's authorizations ({@link EngineAuthenticationFilter}).</li>
 *   <li>CSRF: a change made on the strength of the browser session carries the token of the cookie
 *       {@value #CSRF_COOKIE} in the header {@value #CSRF_HEADER}; the pages' scripts send it. A call with its own
 *       credentials (HTTP Basic) needs none.</li>
 * </ul>
 *
 * <p>The security headers come from {@link SecurityHeadersFilter}, which runs first so that a refusal carries them
 * too ({@code spring.security.filter.order} places this chain after it).
 */
@Configuration
@EnableWebSecurity
class ApiSecurityConfiguration {

  static final String CSRF_COOKIE = "TDKT-XSRF-TOKEN";
  static final String CSRF_HEADER = "X-TDKT-XSRF-TOKEN";

  /** The paths Spring Security's filter sees at all; the Camunda webapps and engine REST are not among them. */
  static final List<String> GUARDED_PATHS = List.of("/api/*", "/actuator/*", "/v3/api-docs", "/v3/api-docs/*",
      "/cong-bo", "/cong-bo/*", "/dashboard", "/dashboard/*", "/minh-chung/*");

  /** Keeps Spring Security's servlet filter to the app's own paths (the webapps have their own filters). */
  @Bean
  static BeanPostProcessor securityFilterOnTheAppsOwnPaths() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof DelegatingFilterProxyRegistrationBean registration
            && "securityFilterChainRegistration".equals(name)) {
          registration.setUrlPatterns(GUARDED_PATHS);
        }
        return bean;
      }
    };
  }

  /**
   * A request Spring Security's firewall refuses (an encoded semicolon, slash or dot-segment in the address, …)
   * gets 400 with a Vietnamese message like every other bad request, not the container's error page.
   */
  @Bean
  RequestRejectedHandler rejectedRequests() {
    return (request, response, e) -> {
      String accept = request.getHeader(HttpHeaders.ACCEPT);
      if (accept != null && accept.contains("text/html")) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Yêu cầu không "
            + "hợp lệ</title></head><body><p>" + AccessRules.REJECTED_ADDRESS + "</p></body></html>");
      } else {
        JsonRefusals.write(response, HttpServletResponse.SC_BAD_REQUEST, AccessRules.REJECTED_ADDRESS);
      }
    };
  }

  /** The actuator: health (status only) for the proxy and the orchestrator; the rest for administrators. */
  @Bean
  @Order(1)
  SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
    return stateless(http.securityMatcher("/actuator/**"))
        .csrf(csrf -> csrf.disable())
        .authorizeHttpRequests(rules -> rules
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .anyRequest().hasAuthority(CamundaGroups.ADMIN))
        .httpBasic(basic -> basic.authenticationEntryPoint(
            JsonRefusals.loginRequired(AccessRules.ACTUATOR_LOGIN_REQUIRED, true)))
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint(JsonRefusals.loginRequired(AccessRules.ACTUATOR_LOGIN_REQUIRED, true))
            .accessDeniedHandler(JsonRefusals.refused(AccessRules.ACTUATOR_REFUSED)))
        .build();
  }

  /** The API, and the OpenAPI description when the profile keeps it for logged-in users. */
  @Bean
  @Order(2)
  SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identity,
      @Value("${tdkt.security.api-docs-public:true}") boolean apiDocsPublic) throws Exception {
    List<String> paths = new ArrayList<>(List.of("/api/**"));
    if (!apiDocsPublic) {
      paths.addAll(List.of("/v3/api-docs", "/v3/api-docs/**"));
    }
    CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
    tokens.setCookieName(CSRF_COOKIE);
    tokens.setHeaderName(CSRF_HEADER);
    tokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict").path("/"));
    return stateless(http.securityMatcher(paths.toArray(String[]::new)))
        .csrf(csrf -> csrf.csrfTokenRepository(tokens)
            .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
            .requireCsrfProtectionMatcher(ApiSecurityConfiguration::changeOnTheSession))
        .addFilterBefore(new WebappSessionAuthenticationFilter(identity), CsrfFilter.class)
        .addFilterAfter(new CsrfCookieIssuer(), BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identity), AuthorizationFilter.class)
        .authorizeHttpRequests(rules -> {
          for (AccessRules.Rule rule : AccessRules.API) {
            if (rule.needsUnitStaff()) {
              rules.requestMatchers(rule.matcher()).access((authentication, context) ->
                  new org.springframework.security.authorization.AuthorizationDecision(rule.allows(
                      authentication.get().getAuthorities().stream()
                          .map(org.springframework.security.core.GrantedAuthority::getAuthority).toList())));
            } else {
              rules.requestMatchers(rule.matcher()).hasAnyAuthority(rule.authorities());
            }
          }
          rules.anyRequest().authenticated();
        })
        .httpBasic(basic -> basic.authenticationEntryPoint(JsonRefusals.loginRequired(AccessRules.LOGIN_REQUIRED,
            false)))
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint(JsonRefusals.loginRequired(AccessRules.LOGIN_REQUIRED, false))
            .accessDeniedHandler(JsonRefusals.apiRefused()))
        .build();
  }

  /** The public pages and the dashboard's page: open to all; what they show comes through the API. */
  @Bean
  @Order(3)
  SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
    return stateless(http.securityMatcher("/cong-bo", "/cong-bo/**", "/dashboard", "/dashboard/**", "/minh-chung/**",
        "/v3/api-docs", "/v3/api-docs/**"))
        .csrf(csrf -> csrf.disable())
        .authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
        .build();
  }

  private static HttpSecurity stateless(HttpSecurity http) throws Exception {
    return http
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(context -> context.requireExplicitSave(true))
        .requestCache(cache -> cache.disable())
        .headers(headers -> headers.disable())
        .formLogin(form -> form.disable())
        .logout(logout -> logout.disable());
  }

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  /**
   * A change (not a read) made on the strength of the browser's Tasklist/Cockpit session (the session filter, which
   * runs before the CSRF check, has authenticated it), rather than with the caller's own credentials. A request
   * with neither is refused as not logged in.
   */
  private static boolean changeOnTheSession(HttpServletRequest request) {
    return !SAFE.contains(request.getMethod()) && request.getHeader(HttpHeaders.AUTHORIZATION) == null
        && SecurityContextHolder.getContext().getAuthentication() != null;
  }

  /**
   * Puts the CSRF token's cookie on the responses a page's script gets with the session, so that its next change
   * can carry it (Spring Security otherwise issues the token only when something reads it).
   */
  static final class CsrfCookieIssuer extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (request.getHeader(HttpHeaders.AUTHORIZATION) == null
          && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
        token.getToken();
      }
      chain.doFilter(request, response);
    }
  }
}
