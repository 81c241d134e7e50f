package vn.gov.soctrang.tnmt.tdkt.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;

/**
 * The engine is built after Flyway by declaration, not by the accident of its transaction manager waiting for JPA
 * (EngineAfterFlyway), and it leaves its tables to Flyway (schema-update off, migrations 32 and 33 applied).
 */
class EngineStartsAfterFlywayTest extends ProcessTestSupport {

  @Autowired ConfigurableListableBeanFactory beans;

  @Test
  void theProcessEngineDependsOnFlywaysMigrationAndDoesNotTouchItsSchema() {
    assertThat(beans.getBeanDefinition("processEngineFactoryBean").getDependsOn()).contains("flywayInitializer");
    assertThat(engine.getProcessEngineConfiguration().getDatabaseSchemaUpdate()).isEqualTo("false");
    assertThat(jdbc.queryForList("select \"version\" from \"flyway_schema_history\" where \"success\" order by "
        + "\"installed_rank\"", String.class)).containsSubsequence("31", "32", "33");
  }
}
