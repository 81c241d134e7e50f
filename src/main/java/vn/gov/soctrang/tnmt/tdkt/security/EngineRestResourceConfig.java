package vn.gov.soctrang.tnmt.tdkt.security;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * The engine's REST API, plus mappers that turn the app's refusals into 4xx answers with Vietnamese messages and an
 * unreachable database into 503.
 */
@Component
class EngineRestResourceConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(DomainRestExceptionMapper.class);
    register(DomainEngineExceptionMapper.class);
    register(DomainExceptionMapper.class);
    register(UnreadableJsonMapper.Malformed.class);
    register(UnreadableJsonMapper.WrongShape.class);
    register(DatabaseOutageMapper.class);
    register(SpinJsonConfigurator.class);
  }
}
