package vn.gov.soctrang.tnmt.tdkt.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.soctrang.tnmt.tdkt.EmbeddedPostgresSupport;
import vn.gov.soctrang.tnmt.tdkt.RunsLast;
import vn.gov.soctrang.tnmt.tdkt.TdktApplication;

/** The prod profile on a real PostgreSQL: no demo accounts, and no start without a real admin password. */
@ExtendWith(OutputCaptureExtension.class)
@RunsLast("starts and closes applications of its own inside the test JVM, outside Spring's test context cache: "
    + "they set JVM-wide state (Camunda's engine registry and webapp delegates, which ProcessEngineOfTheRunningTest "
    + "restores, and whatever else a start sets) under the shared application's feet")
class ProductionProfileTest {

  private static final String WEAK = "aaaaaaaaaaaa";

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

  /**
   * A password long enough but weak: the start is refused, the log names the broken rule in Vietnamese and English
   * without ever printing the password, nothing is set up, and the failed start leaves no thread that would keep
   * the administrator's JVM alive (its main method then ends with an error).
   */
  @Test
  void aLongButWeakAdministratorPasswordStopsTheStartAndLeavesNothingBehind(CapturedOutput output) throws Exception {
    Set<Thread> before = liveUserThreads();
    assertThatThrownBy(() -> start("tdkt_prod_weak", WEAK)).hasStackTraceContaining(
        "Mật khẩu quản trị quá đơn giản hoặc là mật khẩu mặc định");
    assertThat(output.getAll()).contains("Mật khẩu quản trị quá đơn giản hoặc là mật khẩu mặc định",
        "phải có ít nhất một chữ hoa", "The administrator password (TDKT_ADMIN_PASSWORD) breaks the password policy",
        "must contain an upper-case letter");
    assertThat(output.getAll()).as("the password itself is never logged").doesNotContain(WEAK);
    EmbeddedPostgres pg = EmbeddedPostgresSupport.server();
    try (Connection c = pg.getDatabase("postgres", "tdkt_prod_weak").getConnection();
        Statement s = c.createStatement();
        ResultSet users = s.executeQuery("select count(*) from act_id_user")) {
      users.next();
      assertThat(users.getInt(1)).as("no account was set up").isZero();
    }
    Set<Thread> left = liveUserThreads();
    left.removeAll(before);
    assertThat(left.stream().map(Thread::getName).collect(Collectors.toSet()))
        .as("non-daemon threads the refused start left running").isEmpty();
  }

  private static Set<Thread> liveUserThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && !t.isDaemon())
        .collect(Collectors.toSet());
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
