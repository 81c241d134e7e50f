package vn.gov.soctrang.tnmt.tdkt.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import vn.gov.soctrang.tnmt.tdkt.EmbeddedPostgresSupport;

/**
 * The calendar migration on PostgreSQL, the production database: rows seeded before V21 keep their date and name
 * and gain a kind and a source; the kinds and the year statuses are guarded by the database too. (H2 runs the same
 * migration in every Spring test.)
 */
class CalendarMigrationPostgresTest {

  @Test
  void theCalendarMigrationRunsOnPostgresql() throws SQLException {
    EmbeddedPostgres pg = EmbeddedPostgresSupport.server();
    try (Connection admin = pg.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
      s.execute("drop database if exists calendar_migration");
      s.execute("create database calendar_migration");
    }
    DataSource database = pg.getDatabase("postgres", "calendar_migration");

    // As far as the holidays seeded by V3 (the later migrations before V21 leave the table alone).
    Flyway before = Flyway.configure().dataSource(database).locations("classpath:db/migration").target("3").load();
    before.migrate();
    int seeded = count(database, "select count(*) from holiday");

    Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();

    assertThat(count(database, "select count(*) from holiday")).isEqualTo(seeded + 6);
    assertThat(count(database, "select count(*) from holiday where note is null")).isZero();
    assertThat(count(database, "select count(*) from holiday where kind = 'WORKING_DAY'")).isEqualTo(4);
    assertThat(text(database, "select name || '/' || kind from holiday where holiday_date = date '2024-04-29'"))
        .isEqualTo("Nghỉ hoán đổi/DAY_OFF");
    assertThat(text(database, "select kind from holiday where holiday_date = date '2026-01-10'"))
        .isEqualTo("WORKING_DAY");
    assertThat(count(database, "select count(*) from calendar_year where status = 'ANNOUNCED'")).isEqualTo(6);
    assertThat(text(database, "select status from calendar_year where calendar_year = 2027")).isEqualTo("PROVISIONAL");

    assertThatThrownBy(() -> update(database,
        "insert into holiday (holiday_date, name, kind) values (date '2099-01-03', 'x', 'HOLIDAY')"))
        .isInstanceOf(SQLException.class).hasMessageContaining("ck_holiday_kind");
    assertThatThrownBy(() -> update(database,
        "insert into calendar_year (calendar_year, status) values (2099, 'OFFICIAL')"))
        .isInstanceOf(SQLException.class).hasMessageContaining("ck_calendar_year_status");
  }

  private static int count(DataSource database, String sql) throws SQLException {
    return Integer.parseInt(text(database, sql));
  }

  private static String text(DataSource database, String sql) throws SQLException {
    try (Connection c = database.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }

  private static void update(DataSource database, String sql) throws SQLException {
    try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }
}
