package vn.gov.soctrang.tnmt.tdkt.web;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.soctrang.tnmt.tdkt.EmbeddedPostgresSupport;

/** The same first half through REST, on a real PostgreSQL (Flyway migrations, Camunda schema, locking). */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class FirstHalfPostgresTest extends FirstHalfRestTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresSupport.register(registry, "tdkt_first_half");
  }
}
