package vn.gov.soctrang.tnmt.tdkt.testclock;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The settings a database held when its application became ready: the rows the migrations shipped. Tests that record
 * settings remove every later row, whatever its date, so a shipped value dated after 2021 (a decree's date) stays.
 */
public final class ShippedSettings {

  private static final Map<DataSource, Long> LAST_SHIPPED = new ConcurrentHashMap<>();

  private ShippedSettings() {
  }

  static void record(DataSource dataSource) {
    Long max = new JdbcTemplate(dataSource).queryForObject("select coalesce(max(id), 0) from setting", Long.class);
    LAST_SHIPPED.putIfAbsent(dataSource, max == null ? 0L : max);
  }

  /** Removes the settings recorded since the application started. */
  public static void removeRecorded(JdbcTemplate jdbc) {
    Long shipped = LAST_SHIPPED.get(jdbc.getDataSource());
    if (shipped == null) {
      throw new IllegalStateException("The shipped settings of this database were not recorded at start-up");
    }
    jdbc.update("delete from setting where id > ?", shipped);
  }
}
