package vn.gov.soctrang.tnmt.tdkt.security;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;

/**
 * Tasklist and Cockpit talk to the engine through their own copy of the REST API (the "Engine Api" servlet under
 * /camunda/api/engine). This adds the app's error mappers to that servlet, so a refused form answers 400/409 with
 * the Vietnamese message in Tasklist as well as in /engine-rest; other errors keep Camunda's own handling. Every
 * webapp API servlet (the login is in the admin one) also answers an unreachable database with 503 and the
 * Vietnamese message ({@link DatabaseOutageMapper}). It is an auto-configuration ordered after Camunda's webapp one,
 * so it runs once the servlets are registered.
 */
@AutoConfiguration(after = CamundaBpmWebappAutoConfiguration.class)
class WebappEngineApiErrors {

  static final String ENGINE_API_SERVLET = "Engine Api";
  static final List<String> OTHER_API_SERVLETS = List.of("Admin Api", "Tasklist Api", "Cockpit Api", "Welcome Api");
  private static final String PROVIDER_CLASSNAMES = "jersey.config.server.provider.classnames";

  @Bean
  ServletContextInitializer webappEngineApiErrorMappers() {
    return WebappEngineApiErrors::addMappers;
  }

  static void addMappers(ServletContext servletContext) {
    setProviders(servletContext, ENGINE_API_SERVLET, DomainRestExceptionMapper.class,
        DomainEngineExceptionMapper.class, DomainExceptionMapper.class, DatabaseOutageMapper.class,
        SpinJsonConfigurator.class);
    OTHER_API_SERVLETS.forEach(servlet -> setProviders(servletContext, servlet, DatabaseOutageMapper.class));
  }

  private static void setProviders(ServletContext servletContext, String servlet, Class<?>... providers) {
    ServletRegistration registration = servletContext.getServletRegistration(servlet);
    if (registration == null) {
      throw new IllegalStateException("Camunda webapp servlet '" + servlet + "' is not registered");
    }
    registration.setInitParameter(PROVIDER_CLASSNAMES, Stream.of(providers).map(Class::getName)
        .collect(Collectors.joining(",")));
  }
}
