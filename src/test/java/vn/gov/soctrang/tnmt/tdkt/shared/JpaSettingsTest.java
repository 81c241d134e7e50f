package vn.gov.soctrang.tnmt.tdkt.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;

/**
 * The persistence settings of application.yaml reach Hibernate: instants stored in UTC, links fetched in batches,
 * updates sent in JDBC batches, the schema validated. A misplaced key in the YAML would silently drop them.
 */
class JpaSettingsTest extends ProcessTestSupport {

  @Autowired EntityManagerFactory entities;

  @Test
  void theYamlsHibernateSettingsAreThoseInForce() {
    assertThat(entities.getProperties())
        .containsEntry("hibernate.jdbc.time_zone", "UTC")
        .containsEntry("hibernate.hbm2ddl.auto", "validate")
        .hasEntrySatisfying("hibernate.default_batch_fetch_size", v -> assertThat(v.toString()).isEqualTo("64"))
        .hasEntrySatisfying("hibernate.jdbc.batch_size", v -> assertThat(v.toString()).isEqualTo("50"))
        .hasEntrySatisfying("hibernate.order_updates", v -> assertThat(v.toString()).isEqualTo("true"));
  }
}
