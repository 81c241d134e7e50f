package vn.gov.soctrang.tnmt.tdkt.engine;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The Camunda engine's own tables as Flyway sees them: which database this is in the engine's naming, the engine's
 * create and upgrade scripts inside its jar, whether its tables exist, and which version they are at.
 *
 * <p>The scripts are read from the engine jar at run time, never copied: the schema Flyway creates is the one the
 * engine itself would create ({@code DbSqlSession.dbSchemaCreate}), component by component in the engine's order.
 * The version of the tables is the newest entry of ACT_GE_SCHEMA_LOG: the create script writes the engine's version
 * there and every upgrade script adds the version it leads to (ACT_GE_PROPERTY's {@code schema.version} only ever
 * says {@code fox}).
 */
final class EngineSchema {

  /**
   * The components in the order the engine creates them, for the configuration this application runs (history
   * used, Camunda's own identity tables, CMMN and DMN enabled: the engine's defaults, which the starter keeps).
   */
  static final List<String> COMPONENTS = List.of("engine", "history", "identity", "case.engine", "case.history",
      "decision.engine", "decision.history");

  static final String CREATE_SCRIPTS = "org/camunda/bpm/engine/db/create/";

  static final String UPGRADE_SCRIPTS = "org/camunda/bpm/engine/db/upgrade/";

  private EngineSchema() {
  }

  /** The engine's name for the database: {@code postgres} or {@code h2}; any other database is refused. */
  static String databaseType(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgresql")) {
      return "postgres";
    }
    if (product.equals("h2")) {
      return "h2";
    }
    throw new IllegalStateException("Cơ sở dữ liệu " + product + " không được hỗ trợ: hệ thống chỉ chạy trên "
        + "PostgreSQL (vận hành) và H2 (chạy thử).");
  }

  /** Whether the engine's tables exist in the connection's schema (the engine looks for ACT_GE_PROPERTY too). */
  static boolean present(Connection connection) throws SQLException {
    return tableExists(connection, "ACT_GE_PROPERTY");
  }

  static boolean tableExists(Connection connection, String table) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), null,
        new String[] {"TABLE"})) {
      while (tables.next()) {
        if (table.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The version the engine's tables are at: the newest entry of ACT_GE_SCHEMA_LOG, or null when it has none. */
  static String version(Connection connection) throws SQLException {
    if (!tableExists(connection, "ACT_GE_SCHEMA_LOG")) {
      return null;
    }
    String newest = null;
    long newestId = Long.MIN_VALUE;
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select ID_, VERSION_ from ACT_GE_SCHEMA_LOG")) {
      while (rows.next()) {
        long id = Long.parseLong(rows.getString(1).trim());
        if (id > newestId) {
          newestId = id;
          newest = rows.getString(2);
        }
      }
    }
    return newest;
  }

  /** The version of the engine on the classpath, from its jar's manifest (7.24.0 today). */
  static String engineVersion() {
    String version = ProcessEngine.class.getPackage().getImplementationVersion();
    if (version == null) {
      throw new IllegalStateException("Không đọc được phiên bản của Camunda engine từ thư viện của nó.");
    }
    return version;
  }

  /** Runs every create script of the engine's jar for the database, in the engine's order. */
  static void create(Connection connection, String databaseType) {
    for (String component : COMPONENTS) {
      ClassPathResource script = new ClassPathResource(
          CREATE_SCRIPTS + "activiti." + databaseType + ".create." + component + ".sql", EngineSchema.class
              .getClassLoader());
      if (!script.exists()) {
        throw new IllegalStateException("Thư viện Camunda engine không có script tạo bảng " + script.getPath());
      }
      ScriptUtils.executeSqlScript(connection, new EncodedResource(script, StandardCharsets.UTF_8));
    }
  }

  /**
   * The engine's upgrade scripts that lead from one minor version to another, e.g. from 7.24 to 7.26:
   * {@code postgres_engine_7.24_to_7.25.sql}, {@code postgres_engine_7.25_to_7.26.sql}, each with its path in the
   * engine jar. Patch scripts (same minor version) are not listed: the community edition publishes none for 7.24.
   */
  static List<String> upgradeScripts(String databaseType, String from, String to) {
    int[] start = majorMinor(from);
    int[] end = majorMinor(to);
    List<String> scripts = new ArrayList<>();
    if (start[0] != end[0] || start[1] >= end[1]) {
      return scripts;
    }
    for (int minor = start[1]; minor < end[1]; minor++) {
      scripts.add(UPGRADE_SCRIPTS + databaseType + "_engine_" + start[0] + "." + minor + "_to_" + start[0] + "."
          + (minor + 1) + ".sql");
    }
    return scripts;
  }

  /** "7.24.0" → 7.24: the part of a version that the engine's upgrade scripts are named after. */
  static String minor(String version) {
    int[] parts = majorMinor(version);
    return parts[0] + "." + parts[1];
  }

  private static int[] majorMinor(String version) {
    String[] parts = version.trim().split("[.-]");
    if (parts.length < 2) {
      throw new IllegalArgumentException("Phiên bản không hợp lệ: " + version);
    }
    return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
  }
}
