package vn.gov.soctrang.tnmt.tdkt.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every call to {@code /api} is authenticated. The API's OpenAPI description is public unless
 * {@code tdkt.security.api-docs-public} is false (the prod profile): then it is for logged-in users only, like the API.
 */
@Configuration
public class ApiSecurityConfiguration {

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identity,
      @Value("${tdkt.security.api-docs-public:true}") boolean apiDocsPublic) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*");
    if (!apiDocsPublic) {
      registration.addUrlPatterns("/v3/api-docs", "/v3/api-docs/*");
    }
    registration.setOrder(20);
    return registration;
  }
}
