package vn.gov.soctrang.tnmt.tdkt.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.gov.soctrang.tnmt.tdkt.EmbeddedPostgresSupport;
import vn.gov.soctrang.tnmt.tdkt.RunsLast;
import vn.gov.soctrang.tnmt.tdkt.TdktApplication;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessKeys;

/**
 * The engine's tables under Flyway (ADR 0014), on PostgreSQL and on H2.
 *
 * <p>A database of the previous release (up to commit e48cfdb): Flyway took the application's tables to V31, the
 * engine created its own tables at its first start (schema-update on), on PostgreSQL the start added the two task
 * query indexes, and the organisation, its Camunda accounts, the deployment and a running process live in it. This
 * class makes one by starting today's application exactly so — Flyway stopped at 31, schema-update on — because
 * e48cfdb differs from it in nothing else that reaches the database (the same V1–V31, the same engine 7.24.0, the
 * same models); the indexes are created with the statements e48cfdb ran at its start. Starting this release on it
 * (schema-update off) must apply migrations 32 and 33, keep every engine and application row, and let the engine
 * run the process on. An empty database must get from Flyway exactly the engine schema the engine would create.
 */
@RunsLast("starts and closes applications of its own inside the test JVM, outside Spring's test context cache: "
    + "they set JVM-wide state (Camunda's engine registry and webapp delegates, which ProcessEngineOfTheRunningTest "
    + "restores, and whatever else a start sets) under the shared application's feet")
class EngineSchemaUnderFlywayTest {

  /** What e48cfdb's organization/TaskQueryIndexes ran at every start on PostgreSQL. */
  private static final List<String> PREVIOUS_RELEASE_INDEXES = List.of(
      "create index if not exists tdkt_idx_auth_read_perms on act_ru_authorization "
          + "(resource_type_, (perms_ & 2), (perms_ & 64))",
      "create index if not exists tdkt_idx_auth_user_id on act_ru_authorization (user_id_)");

  private record Database(String url, String user, String password, boolean postgres) {

    JdbcTemplate jdbc() {
      return new JdbcTemplate(new DriverManagerDataSource(url, user, password));
    }

    Connection connect() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }
  }

  @Test
  void aPostgresqlDatabaseOfThePreviousReleaseUpgradesWithTheEngineSchema() throws Exception {
    upgradesWithoutLoss(postgres("engine_flyway_upgrade"));
  }

  @Test
  void anH2DatabaseOfThePreviousReleaseUpgradesWithTheEngineSchema() throws Exception {
    upgradesWithoutLoss(h2("engine-flyway-upgrade"));
  }

  @Test
  void anEmptyPostgresqlDatabaseGetsTheEnginesOwnSchemaFromFlyway() throws Exception {
    getsTheEnginesOwnSchema(postgres("engine_flyway_by_engine"), postgres("engine_flyway_fresh"));
  }

  @Test
  void anEmptyH2DatabaseGetsTheEnginesOwnSchemaFromFlyway() throws Exception {
    getsTheEnginesOwnSchema(h2("engine-flyway-by-engine"), h2("engine-flyway-fresh"));
  }

  private static void upgradesWithoutLoss(Database db) throws Exception {
    String instanceId;
    String taskId;
    long deployments;
    long units;
    long users;
    try (ConfigurableApplicationContext previous = previousRelease(db)) {
      ProcessEngine engine = previous.getBean(ProcessEngine.class);
      ProcessInstance instance = reportADifficulty(engine);
      instanceId = instance.getId();
      taskId = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult().getId();
      deployments = engine.getRepositoryService().createDeploymentQuery().count();
      users = engine.getIdentityService().createUserQuery().count();
      units = db.jdbc().queryForObject("select count(*) from unit", Long.class);
    }
    JdbcTemplate jdbc = db.jdbc();
    assertThat(jdbc.queryForObject("select max(cast(\"version\" as integer)) from \"flyway_schema_history\"",
        Integer.class)).as("the previous release's Flyway history ends at 31").isEqualTo(31);
    assertThat(jdbc.queryForObject("select count(*) from difficulty_report", Long.class)).isOne();

    try (ConfigurableApplicationContext upgraded = thisRelease(db)) {
      ProcessEngine engine = upgraded.getBean(ProcessEngine.class);
      assertThat(engine.getProcessEngineConfiguration().getDatabaseSchemaUpdate()).isEqualTo("false");
      assertThat(jdbc.queryForList("select \"version\" || ':' || \"description\" || ':' || \"success\" from "
          + "\"flyway_schema_history\" where cast(\"version\" as integer) > 31 order by \"installed_rank\"",
          String.class))
          .startsWith("32:camunda engine schema:" + trueAs(db), "33:task query indexes on act ru authorization:"
              + trueAs(db))
          .allSatisfy(row -> assertThat(row).endsWith(":" + trueAs(db)));
      RepositoryService repository = engine.getRepositoryService();
      assertThat(repository.createDeploymentQuery().count()).as("no new deployment of unchanged models")
          .isEqualTo(deployments);
      assertThat(engine.getIdentityService().createUserQuery().count()).isEqualTo(users);
      assertThat(jdbc.queryForObject("select count(*) from unit", Long.class)).isEqualTo(units);
      assertThat(jdbc.queryForObject("select count(*) from difficulty_report", Long.class)).isOne();
      assertThat(jdbc.queryForList("select VERSION_ from ACT_GE_SCHEMA_LOG", String.class))
          .as("the engine's tables kept, not created again").containsExactly("7.24.0");
      if (db.postgres()) {
        assertThat(indexesOfAuthorizations(jdbc)).contains("tdkt_idx_auth_read_perms", "tdkt_idx_auth_user_id");
      }
      // The process goes on where it was: the Office routes the difficulty to a unit.
      TaskService tasks = engine.getTaskService();
      Task task = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
      assertThat(task.getId()).isEqualTo(taskId);
      asUser(engine.getIdentityService(), "vanphong");
      try {
        tasks.complete(taskId, Map.of("resolverGroup", "donviqldd", "routingNote", "Phòng QLĐĐ trả lời"));
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
      assertThat(tasks.createTaskQuery().processInstanceId(instanceId).singleResult().getTaskDefinitionKey())
          .isEqualTo("answerDifficulty");
    }
  }

  private static void getsTheEnginesOwnSchema(Database byEngine, Database fresh) throws Exception {
    createdByTheEngineItself(byEngine);
    try (ConfigurableApplicationContext app = thisRelease(fresh)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      assertThat(engine.getProcessEngineConfiguration().getDatabaseSchemaUpdate()).isEqualTo("false");
      assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(
          ProcessKeys.DIFFICULTY_REPORT).count()).isOne();
      assertThat(reportADifficulty(engine).isEnded()).isFalse();
      assertThat(fresh.jdbc().queryForList("select \"version\" from \"flyway_schema_history\" where \"success\" "
          + "order by \"installed_rank\"", String.class)).containsSubsequence("31", "32", "33");
      if (fresh.postgres()) {
        assertThat(indexesOfAuthorizations(fresh.jdbc())).contains("tdkt_idx_auth_read_perms",
            "tdkt_idx_auth_user_id");
      }
    }
    assertThat(engineSchema(fresh)).as("the engine schema Flyway created").isEqualTo(engineSchema(byEngine))
        .isNotEmpty();
    assertThat(fresh.jdbc().queryForList("select NAME_ from ACT_GE_PROPERTY order by NAME_", String.class))
        .isEqualTo(byEngine.jdbc().queryForList("select NAME_ from ACT_GE_PROPERTY order by NAME_", String.class));
  }

  /**
   * The reference: the engine alone (no application, no Flyway) creating its tables on an empty database with
   * schema-update on, as every release before ADR 0014 let it do; a full application start would add nothing to
   * the engine's tables but its time.
   */
  private static void createdByTheEngineItself(Database db) {
    ProcessEngineConfiguration configuration = ProcessEngineConfiguration
        .createStandaloneProcessEngineConfiguration()
        .setProcessEngineName("engine-schema-reference-" + System.nanoTime())
        .setJdbcUrl(db.url()).setJdbcUsername(db.user()).setJdbcPassword(db.password())
        .setJdbcDriver(db.postgres() ? "org.postgresql.Driver" : "org.h2.Driver")
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .setJobExecutorActivate(false);
    ProcessEngine engine = configuration.buildProcessEngine();
    try {
      assertThat(engine.getProcessEngineConfiguration().getDatabaseSchemaUpdate()).isEqualTo("true");
    } finally {
      engine.close();
    }
  }

  /** The previous release's start: Flyway up to V31, then the engine creates its own tables. */
  private static ConfigurableApplicationContext previousRelease(Database db) throws SQLException {
    // Hibernate does not validate: today's entities of later migrations (V40 on) have no tables at V31, and the
    // previous release had no such entities. Nor does the start declare the demo movements: today's movement has the
    // columns of V48, which the previous release's table has not.
    ConfigurableApplicationContext app = start(db, "--spring.flyway.target=31",
        "--camunda.bpm.database.schema-update=true", "--spring.jpa.hibernate.ddl-auto=none",
        "--tdkt.seed.demo-movements=false");
    if (db.postgres()) {
      try (Connection c = db.connect(); Statement s = c.createStatement()) {
        for (String index : PREVIOUS_RELEASE_INDEXES) {
          s.execute(index);
        }
      }
    }
    return app;
  }

  private static ConfigurableApplicationContext thisRelease(Database db) {
    return start(db);
  }

  private static ConfigurableApplicationContext start(Database db, String... more) {
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
        "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
        "--spring.datasource.password=" + db.password()));
    args.addAll(List.of(more));
    return new SpringApplicationBuilder(TdktApplication.class).profiles("test").run(args.toArray(String[]::new));
  }

  private static ProcessInstance reportADifficulty(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    asUser(identity, "ccbvmtcv");
    try {
      RuntimeService runtime = engine.getRuntimeService();
      return runtime.startProcessInstanceByKey(ProcessKeys.DIFFICULTY_REPORT, Map.of(
          "difficultyTitle", "Vướng mắc xác định nguồn gốc đất", "difficultyField", "DAT_DAI",
          "difficultyContent", "Xã chưa có bản đồ địa chính chính quy", "proposal", "Đề nghị Sở hướng dẫn"));
    } finally {
      identity.clearAuthentication();
    }
  }

  private static void asUser(IdentityService identity, String user) {
    identity.setAuthentication(user,
        identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
  }

  private static List<String> indexesOfAuthorizations(JdbcTemplate jdbc) {
    return jdbc.queryForList("select indexname from pg_indexes where tablename = 'act_ru_authorization'",
        String.class);
  }

  private static String trueAs(Database db) {
    return db.postgres() ? "true" : "TRUE";
  }

  /**
   * Every engine table's columns (name, type, size, nullability), the engine's named indexes with their columns,
   * and its foreign keys; H2's generated names of unnamed constraints are left out, they depend on what the database
   * held before.
   */
  private static TreeSet<String> engineSchema(Database db) throws SQLException {
    TreeSet<String> schema = new TreeSet<>();
    try (Connection c = db.connect()) {
      DatabaseMetaData md = c.getMetaData();
      String pattern = db.postgres() ? "act\\_%" : "ACT\\_%";
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = md.getTables(c.getCatalog(), c.getSchema(), pattern, new String[] {"TABLE"})) {
        while (rs.next()) {
          tables.add(rs.getString("TABLE_NAME"));
        }
      }
      for (String table : tables) {
        String t = table.toUpperCase(Locale.ROOT);
        schema.add("table " + t);
        try (ResultSet rs = md.getColumns(c.getCatalog(), c.getSchema(), table, null)) {
          while (rs.next()) {
            schema.add("column " + t + "." + rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT) + " "
                + rs.getString("TYPE_NAME") + "(" + rs.getInt("COLUMN_SIZE") + ") " + rs.getString("IS_NULLABLE"));
          }
        }
        try (ResultSet rs = md.getIndexInfo(c.getCatalog(), c.getSchema(), table, false, false)) {
          while (rs.next()) {
            String name = rs.getString("INDEX_NAME");
            if (name != null && name.toUpperCase(Locale.ROOT).startsWith("ACT_")) {
              schema.add("index " + t + "." + name.toUpperCase(Locale.ROOT) + " " + rs.getBoolean("NON_UNIQUE")
                  + " " + rs.getString("COLUMN_NAME"));
            }
          }
        }
        try (ResultSet rs = md.getImportedKeys(c.getCatalog(), c.getSchema(), table)) {
          while (rs.next()) {
            schema.add("foreign key " + t + "." + String.valueOf(rs.getString("FK_NAME")).toUpperCase(Locale.ROOT)
                + " " + rs.getString("FKCOLUMN_NAME").toUpperCase(Locale.ROOT) + " -> "
                + rs.getString("PKTABLE_NAME").toUpperCase(Locale.ROOT));
          }
        }
      }
    }
    return schema;
  }

  private static Database postgres(String name) throws SQLException {
    EmbeddedPostgres pg = EmbeddedPostgresSupport.server();
    try (Connection admin = pg.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
      s.execute("drop database if exists " + name + " with (force)");
      s.execute("create database " + name);
    }
    return new Database(pg.getJdbcUrl("postgres", name), "postgres", "postgres", true);
  }

  private static Database h2(String name) {
    return new Database("jdbc:h2:mem:" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "sa", "", false);
  }
}
