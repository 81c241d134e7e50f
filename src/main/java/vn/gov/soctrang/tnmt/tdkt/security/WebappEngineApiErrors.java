package vn.gov.soctrang.tnmt.tdkt.security;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;

/**
 * Tasklist and Cockpit talk to the engine through their own copy of the REST API (the "Engine Api" servlet under
 * /camunda/api/engine). This adds the app's error mappers to that servlet, so a refused form answers 400/409 with
 * the Vietnamese message in Tasklist as well as in /engine-rest; other errors keep Camunda's own handling. It is an
 * auto-configuration ordered after Camunda's webapp one, so it runs once the servlet is registered.
 */
@AutoConfiguration(after = CamundaBpmWebappAutoConfiguration.class)
public class WebappEngineApiErrors {

  static final String ENGINE_API_SERVLET = "Engine Api";
  private static final String PROVIDER_CLASSNAMES = "jersey.config.server.provider.classnames";

  @Bean
  ServletContextInitializer webappEngineApiErrorMappers() {
    return WebappEngineApiErrors::addMappers;
  }

  static void addMappers(ServletContext servletContext) {
    ServletRegistration registration = servletContext.getServletRegistration(ENGINE_API_SERVLET);
    if (registration == null) {
      throw new IllegalStateException("Camunda webapp servlet '" + ENGINE_API_SERVLET + "' is not registered");
    }
    registration.setInitParameter(PROVIDER_CLASSNAMES, Stream.of(DomainRestExceptionMapper.class,
        DomainEngineExceptionMapper.class, DomainExceptionMapper.class, SpinJsonConfigurator.class).map(Class::getName)
        .collect(Collectors.joining(",")));
  }
}
