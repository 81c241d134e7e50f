package vn.gov.soctrang.tnmt.tdkt.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * After every Flyway run (each start), the engine's tables must be at the version of the engine on the classpath:
 * with schema-update off the engine checks only that its tables exist, and would otherwise fail later, statement by
 * statement, on columns it expects. This is what catches a new engine version in the pom without the migration that
 * upgrades the tables (see {@link EngineSchemaMigration}); the message names the engine's scripts that migration must
 * run. The engine starts after Flyway ({@link EngineAfterFlyway}), so it never sees tables of another version.
 */
@Component
class EngineSchemaVersionCheck implements Callback {

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.AFTER_MIGRATE;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    try {
      check(context.getConnection(), EngineSchema.engineVersion());
    } catch (SQLException e) {
      throw new IllegalStateException("Không kiểm tra được phiên bản các bảng của Camunda engine", e);
    }
  }

  /**
   * Refuses tables of another version than {@code engineVersion}; no tables at all is left to the engine, which
   * names the missing ones (only a Flyway run stopped before migration 32 leaves none).
   */
  static void check(Connection connection, String engineVersion) throws SQLException {
    if (!EngineSchema.present(connection)) {
      return;
    }
    String version = EngineSchema.version(connection);
    if (engineVersion.equals(version)) {
      return;
    }
    String databaseType = EngineSchema.databaseType(connection);
    List<String> scripts = version == null ? List.of()
        : EngineSchema.upgradeScripts(databaseType, version, engineVersion);
    throw new IllegalStateException("Các bảng của Camunda engine trong cơ sở dữ liệu đang ở phiên bản "
        + (version == null ? "không xác định" : version) + " nhưng ứng dụng dùng Camunda engine " + engineVersion
        + ". Cần thêm một migration Flyway chạy " + (scripts.isEmpty()
            ? "các script nâng cấp phù hợp trong " + EngineSchema.UPGRADE_SCRIPTS + " của thư viện engine"
            : "lần lượt các script nâng cấp của engine: " + String.join(", ", scripts))
        + " (xem hướng dẫn nâng cấp engine trong README).");
  }

  @Override
  public String getCallbackName() {
    return "camunda engine schema version";
  }
}
