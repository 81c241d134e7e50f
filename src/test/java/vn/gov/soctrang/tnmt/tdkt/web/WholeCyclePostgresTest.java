package vn.gov.soctrang.tnmt.tdkt.web;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.soctrang.tnmt.tdkt.EmbeddedPostgresSupport;

/** The same whole cycle through REST, on a real PostgreSQL. */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class WholeCyclePostgresTest extends WholeCycleRestTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresSupport.register(registry, "tdkt_whole_cycle");
  }
}
