package vn.gov.soctrang.tnmt.tdkt.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Migration 32 and the version check on a real (H2) database: the engine's tables from its jar's scripts, kept when
 * a previous release created them, and refused — with the engine's scripts to run — at any other version.
 */
class EngineSchemaMigrationTest {

  private Connection connection;

  @BeforeEach
  void openAnEmptyDatabase() throws SQLException {
    connection = DriverManager.getConnection("jdbc:h2:mem:engine-schema-" + System.nanoTime(), "sa", "");
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  private Context context() {
    return new Context() {
      @Override
      public Configuration getConfiguration() {
        return null;
      }

      @Override
      public Connection getConnection() {
        return connection;
      }
    };
  }

  private String schemaVersion() throws SQLException {
    return EngineSchema.version(connection);
  }

  private void schemaLogSays(String version) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("update ACT_GE_SCHEMA_LOG set VERSION_ = '" + version + "'");
    }
  }

  @Test
  void anEmptyDatabaseGetsTheEnginesTablesAtTheEnginesVersion() throws Exception {
    new EngineSchemaMigration().migrate(context());

    assertThat(schemaVersion()).isEqualTo(EngineSchema.engineVersion()).isEqualTo("7.24.0");
    for (String table : new String[] {"ACT_RU_TASK", "ACT_HI_PROCINST", "ACT_ID_USER", "ACT_RE_CASE_DEF",
        "ACT_HI_CASEINST", "ACT_RE_DECISION_DEF", "ACT_HI_DECINST"}) {
      assertThat(EngineSchema.tableExists(connection, table)).as(table).isTrue();
    }
    EngineSchemaVersionCheck.check(connection, EngineSchema.engineVersion());
  }

  @Test
  void tablesThePreviousReleaseCreatedAreKept() throws Exception {
    EngineSchema.create(connection, "h2");
    try (Statement s = connection.createStatement()) {
      s.execute("insert into ACT_RE_DEPLOYMENT (ID_, NAME_) values ('d1', 'kept')");
    }

    new EngineSchemaMigration().migrate(context());

    try (Statement s = connection.createStatement(); var rs = s.executeQuery("select NAME_ from ACT_RE_DEPLOYMENT")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("kept");
    }
  }

  @Test
  void tablesOfAnotherEngineVersionStopTheMigration() throws Exception {
    EngineSchema.create(connection, "h2");
    schemaLogSays("7.22.0");

    assertThatThrownBy(() -> new EngineSchemaMigration().migrate(context()))
        .hasMessageContaining("đang ở phiên bản 7.22.0")
        .hasMessageContaining("org/camunda/bpm/engine/db/upgrade/h2_engine_7.22_to_7.23.sql, "
            + "org/camunda/bpm/engine/db/upgrade/h2_engine_7.23_to_7.24.sql");
  }

  @Test
  void tablesBehindTheEngineOnTheClasspathStopTheStartWithTheScriptsToRun() throws Exception {
    EngineSchema.create(connection, "h2");

    assertThatThrownBy(() -> EngineSchemaVersionCheck.check(connection, "7.26.0"))
        .hasMessageContaining("đang ở phiên bản 7.24.0 nhưng ứng dụng dùng Camunda engine 7.26.0")
        .hasMessageContaining("Cần thêm một migration Flyway")
        .hasMessageContaining("h2_engine_7.24_to_7.25.sql, org/camunda/bpm/engine/db/upgrade/h2_engine_7.25_to_7.26.sql");
  }

  @Test
  void theNewestEntryOfTheSchemaLogIsTheTablesVersion() throws Exception {
    EngineSchema.create(connection, "h2");
    schemaLogSays("7.23.0");
    try (Statement s = connection.createStatement()) {
      s.execute("insert into ACT_GE_SCHEMA_LOG values ('1300', CURRENT_TIMESTAMP, '7.24.0')");
    }

    assertThat(schemaVersion()).isEqualTo("7.24.0");
    EngineSchemaVersionCheck.check(connection, "7.24.0");
  }

  @Test
  void theUpgradeScriptsNamedExistInTheEngineJarForBothDatabases() {
    for (String database : new String[] {"postgres", "h2"}) {
      for (String script : EngineSchema.upgradeScripts(database, "7.20.0", "7.24.0")) {
        assertThat(getClass().getClassLoader().getResource(script)).as(script).isNotNull();
      }
    }
  }
}
