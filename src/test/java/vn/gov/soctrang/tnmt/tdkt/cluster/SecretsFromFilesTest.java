package vn.gov.soctrang.tnmt.tdkt.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * In production the passwords are files (Docker secrets under /run/secrets, or any folder named by
 * TDKT_SECRETS_DIR), read by the prod profile as Spring's config tree: the database's and the administrator's
 * passwords reach their properties without an environment variable that `docker inspect` would show. Only the
 * configuration is loaded here, not the application.
 */
class SecretsFromFilesTest {

  @Configuration(proxyBeanMethods = false)
  static class NoBeans {
  }

  @Test
  void theProdProfileReadsThePasswordsFromTheSecretFiles(@TempDir Path secrets) throws IOException {
    // Files written by an editor end with a newline; it is not part of the password.
    Files.writeString(secrets.resolve("TDKT_DB_PASSWORD"), "Mat-khau-CSDL-tu-tep-2026\n");
    Files.writeString(secrets.resolve("TDKT_ADMIN_PASSWORD"), "Mat-khau-quan-tri-tu-tep-2026\n");
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NoBeans.class)
        .web(WebApplicationType.NONE).profiles("prod").logStartupInfo(false)
        .run("--TDKT_SECRETS_DIR=" + secrets, "--spring.main.banner-mode=off")) {
      assertThat(context.getEnvironment().getProperty("spring.datasource.password"))
          .isEqualTo("Mat-khau-CSDL-tu-tep-2026");
      assertThat(context.getEnvironment().getProperty("tdkt.admin.password"))
          .isEqualTo("Mat-khau-quan-tri-tu-tep-2026");
    }
  }

  @Test
  void withoutTheFolderTheProdProfileStillLoadsAndThePasswordStaysUnset(@TempDir Path empty) {
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NoBeans.class)
        .web(WebApplicationType.NONE).profiles("prod").logStartupInfo(false)
        .run("--TDKT_SECRETS_DIR=" + empty.resolve("missing"), "--spring.main.banner-mode=off")) {
      assertThat(context.getEnvironment().containsProperty("TDKT_DB_PASSWORD")).isFalse();
    }
  }
}
