package vn.gov.soctrang.tnmt.tdkt.testclock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dated rows a database held when its application became ready: the rows the migrations and the start-up shipped
 * in the tables where an administrator or the Office adds rows over time (settings, document wordings and templates,
 * holidays, the years of the office calendar). Tests that add such rows remove every later row, whatever its date,
 * so a shipped value dated after 2021 (a decree's date) stays.
 */
public final class ShippedDatedRows {

  private static final List<String> DATED_TABLES = List.of("setting", "document_wording", "document_template",
      "holiday");

  private static final Map<DataSource, Map<String, Long>> LAST_SHIPPED = new ConcurrentHashMap<>();

  /** The years of the office calendar the database held (a year's row is keyed by the year, not by an id). */
  private static final Map<DataSource, List<Integer>> SHIPPED_YEARS = new ConcurrentHashMap<>();

  private ShippedDatedRows() {
  }

  static void record(DataSource dataSource) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    Map<String, Long> last = new LinkedHashMap<>();
    for (String table : DATED_TABLES) {
      Long max = jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);
      last.put(table, max == null ? 0L : max);
    }
    LAST_SHIPPED.putIfAbsent(dataSource, last);
    SHIPPED_YEARS.putIfAbsent(dataSource, jdbc.queryForList("select calendar_year from calendar_year", Integer.class));
  }

  /** Removes the dated rows added since the application started. */
  public static void removeRecorded(JdbcTemplate jdbc) {
    Map<String, Long> shipped = LAST_SHIPPED.get(jdbc.getDataSource());
    if (shipped == null) {
      throw new IllegalStateException("The shipped dated rows of this database were not recorded at start-up");
    }
    shipped.forEach((table, last) -> jdbc.update("delete from " + table + " where id > ?", last));
    List<Integer> years = SHIPPED_YEARS.get(jdbc.getDataSource());
    jdbc.queryForList("select calendar_year from calendar_year", Integer.class).stream()
        .filter(year -> !years.contains(year))
        .forEach(year -> jdbc.update("delete from calendar_year where calendar_year = ?", year));
  }
}
