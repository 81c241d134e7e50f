package vn.gov.soctrang.tnmt.tdkt.organization;

import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * What PostgreSQL needs to run Tasklist's filters fast with authorization on, created at start once the engine's
 * tables exist (Flyway runs before the engine creates them on an empty database: JPA needs Flyway, and the engine
 * needs JPA's transaction manager, so this cannot be a Flyway migration).
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
 * <p>H2 (the demo database) has no expression indexes and needs none at its size: nothing is created there.
 */
@Component
class TaskQueryIndexes {

  private static final Logger LOG = LoggerFactory.getLogger(TaskQueryIndexes.class);

  static final String AUTH_PERMS_INDEX = "tdkt_idx_auth_read_perms";

  static final String AUTH_USER_INDEX = "tdkt_idx_auth_user_id";

  static final List<String> POSTGRESQL = List.of(
      "create index if not exists " + AUTH_PERMS_INDEX
          + " on act_ru_authorization (resource_type_, (perms_ & 2), (perms_ & 64))",
      "create index if not exists " + AUTH_USER_INDEX + " on act_ru_authorization (user_id_)");

  private final DataSource dataSource;
  private final JdbcTemplate jdbc;

  public TaskQueryIndexes(DataSource dataSource, JdbcTemplate jdbc) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
  }

  /** Creates what is missing; idempotent, so it runs at every start. */
  public void ensure() {
    if (!isPostgreSql()) {
      return;
    }
    for (String statement : POSTGRESQL) {
      try {
        jdbc.execute(statement);
      } catch (DataAccessException e) {
        // Another node of the cluster, starting at the same moment, may have created it: the query still works.
        LOG.warn("Chưa tạo được chỉ mục cho truy vấn công việc ({}): {}", statement,
            e.getMostSpecificCause().toString());
      }
    }
    LOG.debug("Chỉ mục cho truy vấn công việc: {}, {}", AUTH_PERMS_INDEX, AUTH_USER_INDEX);
  }

  private boolean isPostgreSql() {
    try {
      String product = JdbcUtils.extractDatabaseMetaData(dataSource, md -> md.getDatabaseProductName());
      return product != null && product.toLowerCase(java.util.Locale.ROOT).contains("postgresql");
    } catch (MetaDataAccessException e) {
      LOG.warn("Không xác định được loại cơ sở dữ liệu: {}", e.toString());
      return false;
    }
  }
}
