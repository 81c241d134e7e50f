package vn.gov.soctrang.tnmt.tdkt.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.soctrang.tnmt.tdkt.EmbeddedPostgresSupport;
import vn.gov.soctrang.tnmt.tdkt.TdktApplication;

/** The prod profile on a real PostgreSQL: no demo accounts, and no start without a real admin password. */
class ProductionProfileTest {

  private static ConfigurableApplicationContext start(String database, String adminPassword) throws Exception {
    EmbeddedPostgres pg = EmbeddedPostgresSupport.server();
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("drop database if exists " + database);
      s.execute("create database " + database);
    }
    // Command-line arguments: they win over application.yaml, as the environment does in production.
    return new SpringApplicationBuilder(TdktApplication.class).profiles("prod").run(
        "--server.port=0",
        "--camunda.bpm.job-execution.enabled=false",
        "--TDKT_DB_URL=" + pg.getJdbcUrl("postgres", database),
        "--TDKT_DB_USER=postgres",
        "--TDKT_DB_PASSWORD=postgres",
        "--TDKT_ADMIN_PASSWORD=" + adminPassword);
  }

  @Test
  void startUpIsRefusedWithoutAnAdministratorPassword() {
    assertThatThrownBy(() -> start("tdkt_prod_nopassword", "")).hasStackTraceContaining(
        "Chưa đặt mật khẩu quản trị: hãy đặt biến môi trường TDKT_ADMIN_PASSWORD");
  }

  @Test
  void startUpIsRefusedWithADefaultAdministratorPassword() {
    assertThatThrownBy(() -> start("tdkt_prod_default", "demo")).hasStackTraceContaining(
        "Mật khẩu quản trị quá đơn giản hoặc là mật khẩu mặc định");
  }

  @Test
  void withAStrongPasswordItStartsWithTheOrganisationButNoDemoAccounts() throws Exception {
    try (ConfigurableApplicationContext app = start("tdkt_prod_ok", "Mot-mat-khau-that-dai-2026")) {
      IdentityService identity = app.getBean(IdentityService.class);
      assertThat(identity.checkPassword("admin", "Mot-mat-khau-that-dai-2026")).isTrue();
      assertThat(identity.createUserQuery().userId("qlddcv").count()).isZero();
      assertThat(identity.createUserQuery().userId("vanphong").count()).isZero();
      assertThat(identity.createGroupQuery().groupId("donviqldd").count()).isOne();
      assertThat(app.getBean(UnitRepository.class).count()).isEqualTo(12);
    }
  }
}
