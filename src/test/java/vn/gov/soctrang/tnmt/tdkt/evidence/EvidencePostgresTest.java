package vn.gov.soctrang.tnmt.tdkt.evidence;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.soctrang.tnmt.tdkt.EmbeddedPostgresSupport;

/** The same evidence run on a real PostgreSQL: the bytea column, Flyway and Hibernate's schema validation. */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EvidencePostgresTest extends EvidenceRestTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresSupport.register(registry, "tdkt_evidence");
  }
}
