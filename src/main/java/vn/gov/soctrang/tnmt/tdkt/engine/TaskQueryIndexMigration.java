package vn.gov.soctrang.tnmt.tdkt.engine;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 33: what PostgreSQL needs to run Tasklist's filters fast with authorization on, two indexes of
 * the application's own on the engine's ACT_RU_AUTHORIZATION (until migration 32 put the engine's tables under
 * Flyway, {@code organization/TaskQueryIndexes} created them at every start, because the engine created its tables
 * only after Flyway had run).
 *
 * <p>Camunda joins every task to the caller's grants with {@code AUTH.RESOURCE_ID_ IN (task id, definition key, '*')}
 * after filtering ACT_RU_AUTHORIZATION on {@code PERMS_ & 2 = 2} (READ on a task) or {@code PERMS_ & 64 = 64}
 * (READ_TASK on a definition). PostgreSQL has no statistics for those expressions and guesses a handful of grants
 * where a unit has one per open task, so it compares every task of the unit with every grant (2.8 million
 * comparisons, 2 s, at 1,667 tasks per unit in the benchmark). An index on the expressions gives ANALYZE their
 * statistics; the planner then looks each task's grants up in ACT_IDX_AUTH_RESOURCE_ID instead.
 *
 * <p>The caller's grants themselves are picked by {@code USER_ID_ IN (user, '*') OR GROUP_ID_ IN (groups)}. The
 * engine indexes GROUP_ID_ alone but USER_ID_ only behind TYPE_, which the query compares with {@code < 2}; so
 * PostgreSQL read the whole table (24,000 rows at 20,000 open tasks, one grant per task) for each Tasklist statement.
 * With USER_ID_ indexed on its own it combines both indexes (BitmapOr) and reads only the caller's grants.
 *
 * <p>H2 (the demo database) has no expression indexes and needs none at its size: the migration does nothing there.
 * A database of an earlier release already has both indexes ({@code if not exists}).
 */
@Component
class TaskQueryIndexMigration implements JavaMigration {

  static final String AUTH_PERMS_INDEX = "tdkt_idx_auth_read_perms";

  static final String AUTH_USER_INDEX = "tdkt_idx_auth_user_id";

  static final List<String> POSTGRESQL = List.of(
      "create index if not exists " + AUTH_PERMS_INDEX
          + " on act_ru_authorization (resource_type_, (perms_ & 2), (perms_ & 64))",
      "create index if not exists " + AUTH_USER_INDEX + " on act_ru_authorization (user_id_)");

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("33");
  }

  @Override
  public String getDescription() {
    return "task query indexes on act ru authorization";
  }

  @Override
  public Integer getChecksum() {
    return POSTGRESQL.hashCode();
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    if (!"postgres".equals(EngineSchema.databaseType(connection))) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      for (String index : POSTGRESQL) {
        statement.execute(index);
      }
    }
  }
}
