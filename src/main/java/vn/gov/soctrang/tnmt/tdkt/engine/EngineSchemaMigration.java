package vn.gov.soctrang.tnmt.tdkt.engine;

import java.sql.Connection;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 32: the Camunda engine's tables become part of the migrated schema, and the engine no longer
 * creates or changes them itself ({@code camunda.bpm.database.schema-update: false}).
 *
 * <p>On an empty database it runs the engine's own create scripts from the engine jar on the classpath
 * ({@code org/camunda/bpm/engine/db/create/activiti.<postgres|h2>.create.<component>.sql}, the components in the
 * order the engine creates them). On a database of an earlier release the engine created its tables itself at its
 * first start (schema-update on); they are kept as they are, provided they are at the engine version those releases
 * ran, {@value #PREVIOUS_RELEASES_ENGINE}. Anything else stops the migration (and so the start) with what to do.
 *
 * <p>A Spring bean, which Spring Boot hands to Flyway with the SQL migrations of {@code db/migration}; it runs in
 * Flyway's transaction (PostgreSQL creates the tables all or none) under Flyway's lock, so of several nodes starting
 * together on an empty database exactly one creates the schema.
 *
 * <p><b>Upgrading the engine</b> (say to 7.25): leave this migration as it is and add a new one, a Java migration
 * like this, that runs {@code org/camunda/bpm/engine/db/upgrade/<postgres|h2>_engine_7.24_to_7.25.sql} from the new
 * engine jar when the engine's tables are at 7.24 ({@link EngineSchema#version}) and does nothing when they are
 * already at 7.25 (a database this migration created from the new jar's create scripts). Skipping a minor version
 * means running each script in turn. {@link EngineSchemaVersionCheck} refuses to start the engine on tables of
 * another version than its own, naming the scripts, so an upgrade without that migration cannot go unnoticed.
 * The checksum is null on purpose: what this migration creates is defined by the engine jar, and a new jar must not
 * make Flyway's validation reject the databases it has already migrated.
 */
@Component
class EngineSchemaMigration implements JavaMigration {

  /** The engine version of the releases whose engine created its own tables (up to commit e48cfdb). */
  static final String PREVIOUS_RELEASES_ENGINE = "7.24.0";

  private static final Logger LOG = LoggerFactory.getLogger(EngineSchemaMigration.class);

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("32");
  }

  @Override
  public String getDescription() {
    return "camunda engine schema";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    String databaseType = EngineSchema.databaseType(connection);
    if (!EngineSchema.present(connection)) {
      EngineSchema.create(connection, databaseType);
      LOG.info("Đã tạo các bảng của Camunda engine {} ({}) từ script của engine", EngineSchema.engineVersion(),
          databaseType);
      return;
    }
    String version = EngineSchema.version(connection);
    if (!PREVIOUS_RELEASES_ENGINE.equals(version)) {
      throw new IllegalStateException("Các bảng của Camunda engine trong cơ sở dữ liệu đang ở phiên bản "
          + (version == null ? "không xác định (không có bảng ACT_GE_SCHEMA_LOG)" : version)
          + ", không phải phiên bản " + PREVIOUS_RELEASES_ENGINE + " mà các bản phát hành trước dùng. Hãy đưa "
          + "chúng về phiên bản " + PREVIOUS_RELEASES_ENGINE + " bằng các script nâng cấp của Camunda trước khi "
          + "khởi động bản này" + (version == null ? "." : ": " + String.join(", ",
              EngineSchema.upgradeScripts(databaseType, version, PREVIOUS_RELEASES_ENGINE)) + "."));
    }
    LOG.info("Các bảng của Camunda engine {} đã có (do bản phát hành trước tạo): giữ nguyên, từ nay Flyway quản lý",
        version);
  }
}
