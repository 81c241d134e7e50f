package vn.gov.soctrang.tnmt.tdkt;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A real PostgreSQL server started inside the test run, one per JVM, shared by the tests that need it. */
public final class EmbeddedPostgresSupport {

  private static EmbeddedPostgres server;

  private EmbeddedPostgresSupport() {
  }

  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (IOException ignored) {
          // the JVM is ending anyway
        }
      }));
    }
    return server;
  }

  /** Points the application at a fresh database of the shared server. */
  public static void register(DynamicPropertyRegistry registry, String database) {
    EmbeddedPostgres pg = server();
    try (var connection = pg.getPostgresDatabase().getConnection();
        var statement = connection.createStatement()) {
      statement.execute("drop database if exists " + database);
      statement.execute("create database " + database);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Cannot create test database " + database, e);
    }
    registry.add("spring.datasource.url", () -> pg.getJdbcUrl("postgres", database));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }
}
