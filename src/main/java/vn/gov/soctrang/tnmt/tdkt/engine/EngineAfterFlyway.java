package vn.gov.soctrang.tnmt.tdkt.engine;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * The engine is built only after Flyway has migrated the database: with schema-update off its tables come from
 * Flyway (migration 32), and the version check runs after Flyway's migrations ({@link EngineSchemaVersionCheck}).
 *
 * <p>Spring Boot makes every bean this detector names depend on the database initializers (Flyway's
 * {@code flywayInitializer}), as it does for JPA and JdbcTemplate. Without it the order held only by accident of
 * wiring (the engine uses JPA's transaction manager, whose entity manager factory waits for Flyway), and would break
 * silently if that changed. Registered in {@code META-INF/spring.factories}.
 */
class EngineAfterFlyway extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

  @Override
  protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
    return Set.of(ProcessEngineFactoryBean.class, ProcessEngine.class);
  }
}
