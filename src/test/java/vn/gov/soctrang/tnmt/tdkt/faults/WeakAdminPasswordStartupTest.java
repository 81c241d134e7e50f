package vn.gov.soctrang.tnmt.tdkt.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.gov.soctrang.tnmt.tdkt.EmbeddedPostgresSupport;

/**
 * The prod profile started as an administrator starts it (its own JVM, the main class) with a password that is long
 * enough but weak: the application refuses to start, ends with an error, and its log names the broken rule in
 * Vietnamese and English without ever printing the password.
 */
class WeakAdminPasswordStartupTest {

  private static final String WEAK = "aaaaaaaaaaaa";

  private AppProcess app;

  @AfterEach
  void stop() {
    if (app != null) {
      app.ensureDead();
    }
  }

  @Test
  void aLongButWeakAdministratorPasswordStopsTheStartInProduction() throws Exception {
    EmbeddedPostgres pg = EmbeddedPostgresSupport.server();
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("drop database if exists tdkt_weak_admin");
      s.execute("create database tdkt_weak_admin");
    }
    Path workDir = Files.createTempDirectory("tdkt-weak-admin");
    app = AppProcess.start("weak-admin-password", workDir, List.of(
        "--spring.profiles.active=prod",
        "--camunda.bpm.job-execution.enabled=false",
        "--TDKT_DB_URL=" + pg.getJdbcUrl("postgres", "tdkt_weak_admin"),
        "--TDKT_DB_USER=postgres",
        "--TDKT_DB_PASSWORD=postgres",
        "--TDKT_ADMIN_PASSWORD=" + WEAK));

    OptionalInt exit = app.awaitExit(Duration.ofMinutes(4));
    assertThat(exit).as("the application ended by itself\n" + app.tail(60)).isPresent();
    assertThat(exit.getAsInt()).as(app.tail(60)).isNotZero();
    String log = app.logText();
    assertThat(log).contains("Mật khẩu quản trị quá đơn giản hoặc là mật khẩu mặc định",
        "phải có ít nhất một chữ hoa", "The administrator password (TDKT_ADMIN_PASSWORD) breaks the password policy",
        "must contain an upper-case letter");
    assertThat(log).as("the password itself is never logged").doesNotContain(WEAK);
    // Nothing was set up: no administrator account with that password exists.
    try (Connection c = pg.getDatabase("postgres", "tdkt_weak_admin").getConnection();
        Statement s = c.createStatement();
        var users = s.executeQuery("select count(*) from act_id_user")) {
      users.next();
      assertThat(users.getInt(1)).isZero();
    }
  }
}
