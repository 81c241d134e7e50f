package vn.gov.soctrang.tnmt.tdkt;

import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Test classes of equal configuration share one application (Spring's context cache), so each must leave it as it
 * found it: after every class whose application stays open, this removes what tests create ({@link TestData}) and
 * then compares every table of the database with the state it had when the first class met the application. A
 * table left changed (a unit renamed, a template uploaded, a setting's row, a user, a deployment) fails that class,
 * naming the table, instead of failing some later class that expected the demo organisation as shipped. History
 * (the engine's history tables and their byte arrays) and the engine's id block and metrics are left out: they
 * only grow. A class that edits a few shipped rows names their tables ({@link PutsBack}) and gets them written back;
 * a class that has to change more of the shipped data gets an application of its own ({@link OwnApplication}).
 * Registered for every test in {@code META-INF/spring.factories}.
 */
public class SharedApplicationGuard implements TestExecutionListener, Ordered {

  private static final List<String> ONLY_GROWING = List.of("ACT_HI_", "ACT_GE_BYTEARRAY", "ACT_GE_PROPERTY",
      "ACT_RU_METER_LOG", "ACT_RU_TASK_METER_LOG", "FLYWAY_SCHEMA_HISTORY");

  /**
   * Columns that change without changing what a later class finds: the engine's revision of a row (a grant changed
   * and changed back), an account's count of wrong passwords (reset by {@link TestData}); the history clean-up job,
   * which reschedules itself when a test runs it (only the number of jobs is compared).
   */
  private static final Map<String, Set<String>> NOT_COMPARED = Map.of(
      "ACT_ID_USER", Set.of("ATTEMPTS_", "LOCK_EXP_TIME_"),
      "ACT_RU_JOB", Set.of("*"));

  private static final Map<ApplicationContext, Map<String, TableState>> FOUND =
      Collections.synchronizedMap(new WeakHashMap<>());

  /** The deployments each application started with. */
  private static final Map<ApplicationContext, Set<String>> SHIPPED =
      Collections.synchronizedMap(new WeakHashMap<>());

  /** The rows a running {@link PutsBack} class's tables had before its first test, by table. */
  private static final Map<Class<?>, Map<String, List<Map<String, Object>>>> PUT_BACK =
      Collections.synchronizedMap(new HashMap<>());

  /** A table's row count and an order-independent digest of its rows. */
  record TableState(long rows, long digest) {
  }

  @Override
  public int getOrder() {
    // After the engine registration (2100); its afterTestClass runs before the context is marked dirty (3000 runs
    // first in the "after" callbacks, and a class that closes its application is skipped).
    return 2200;
  }

  @Override
  public void prepareTestInstance(TestContext testContext) {
    if (!testContext.hasApplicationContext() || closesItsApplication(testContext.getTestClass())) {
      return;
    }
    ApplicationContext context = testContext.getApplicationContext();
    if (context.getBeanProvider(DataSource.class).getIfUnique() != null) {
      FOUND.computeIfAbsent(context, started -> {
        // As every class finds it: after the clean-up (the start-up's own audit entry included).
        TestData.removeWhatTestsCreated(started);
        SHIPPED.put(started, Set.copyOf(started.getBean(RepositoryService.class).createDeploymentQuery().list()
            .stream().map(Deployment::getId).toList()));
        return tables(started);
      });
      PutsBack putsBack = AnnotatedElementUtils.findMergedAnnotation(testContext.getTestClass(), PutsBack.class);
      if (putsBack != null) {
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        PUT_BACK.computeIfAbsent(testContext.getTestClass(), type -> {
          Map<String, List<Map<String, Object>>> copies = new LinkedHashMap<>();
          for (String table : putsBack.value()) {
            copies.put(table, jdbc.queryForList("select * from " + table));
          }
          return copies;
        });
      }
    }
  }

  /** Writes back every copied row (again if it was deleted) and removes the rows added since, table by table. */
  private static void putBack(ApplicationContext context, Map<String, List<Map<String, Object>>> copies) {
    JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
    copies.forEach((table, rows) -> {
      List<Object> ids = new ArrayList<>();
      for (Map<String, Object> row : rows) {
        List<String> columns = row.keySet().stream().filter(c -> !c.equalsIgnoreCase("id")).toList();
        Object id = row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("id")).findFirst()
            .orElseThrow(() -> new IllegalStateException(table + " has no id column to put its rows back by"))
            .getValue();
        ids.add(id);
        List<Object> values = new ArrayList<>(columns.stream().map(row::get).toList());
        values.add(id);
        if (jdbc.update("update " + table + " set " + String.join(" = ?, ", columns) + " = ? where id = ?",
            values.toArray()) == 0) {
          jdbc.update("insert into " + table + " (" + String.join(", ", row.keySet()) + ") values ("
              + String.join(", ", row.keySet().stream().map(c -> "?").toList()) + ")", row.values().toArray());
        }
      }
      jdbc.update("delete from " + table + (ids.isEmpty() ? "" : " where id not in (" + String.join(", ",
          ids.stream().map(id -> "?").toList()) + ")"), ids.toArray());
    });
  }

  @Override
  public void afterTestClass(TestContext testContext) {
    if (!testContext.hasApplicationContext()) {
      return;
    }
    ApplicationContext context = testContext.getApplicationContext();
    Map<String, TableState> before = FOUND.get(context);
    if (before == null) {
      return;
    }
    TestData.removeWhatTestsCreated(context);
    Map<String, List<Map<String, Object>>> copies = PUT_BACK.remove(testContext.getTestClass());
    if (copies != null) {
      putBack(context, copies);
    }
    TestData.removeDeploymentsOtherThan(context, SHIPPED.get(context));
    Map<String, TableState> after = tables(context);
    Set<String> tables = new TreeSet<>(before.keySet());
    tables.addAll(after.keySet());
    List<String> changed = new ArrayList<>();
    for (String table : tables) {
      TableState was = before.get(table);
      TableState is = after.get(table);
      if (!Objects.equals(was, is)) {
        changed.add(table + ": " + (was == null ? "-" : was.rows()) + " rows before, "
            + (is == null ? "-" : is.rows()) + " after" + (was != null && is != null && was.rows() == is.rows()
            ? " (rows changed)" : ""));
      }
    }
    if (!changed.isEmpty()) {
      FOUND.put(context, after);
      throw new AssertionError(testContext.getTestClass().getName() + " left the application it shares with other "
          + "test classes changed (remove what it adds, in TestData or in the class, or give the class an "
          + "application of its own with @OwnApplication):\n  " + String.join("\n  ", changed));
    }
  }

  /** A class that closes its application after itself leaves nothing for others to find. */
  static boolean closesItsApplication(Class<?> testClass) {
    DirtiesContext dirties = AnnotatedElementUtils.findMergedAnnotation(testClass, DirtiesContext.class);
    return dirties != null && (dirties.classMode() == DirtiesContext.ClassMode.AFTER_CLASS
        || dirties.classMode() == DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD);
  }

  static Map<String, TableState> tables(ApplicationContext context) {
    JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
    List<String> names = jdbc.queryForList("select table_name from information_schema.tables "
        + "where table_schema = current_schema and table_type in ('BASE TABLE', 'TABLE')", String.class);
    Map<String, TableState> states = new TreeMap<>();
    for (String name : names) {
      String upper = name.toUpperCase(Locale.ROOT);
      if (ONLY_GROWING.stream().anyMatch(upper::startsWith)) {
        continue;
      }
      long[] rowsAndDigest = new long[2];
      Set<String> skipped = NOT_COMPARED.getOrDefault(upper, Set.of());
      boolean engineTable = upper.startsWith("ACT_");
      jdbc.query("select * from \"" + name + "\"", rs -> {
        ResultSetMetaData meta = rs.getMetaData();
        Object[] values = new Object[meta.getColumnCount()];
        for (int i = 1; i <= values.length; i++) {
          String column = meta.getColumnName(i).toUpperCase(Locale.ROOT);
          if (skipped.contains("*") || skipped.contains(column) || engineTable && column.equals("REV_")) {
            continue;
          }
          int type = meta.getColumnType(i);
          boolean binary = type == Types.BLOB || type == Types.BINARY || type == Types.VARBINARY
              || type == Types.LONGVARBINARY;
          values[i - 1] = binary ? Arrays.hashCode(rs.getBytes(i)) : rs.getString(i);
        }
        rowsAndDigest[0]++;
        rowsAndDigest[1] += Arrays.hashCode(values) * 0x9E3779B97F4A7C15L;
      });
      states.put(upper, new TableState(rowsAndDigest[0], rowsAndDigest[1]));
    }
    return states;
  }
}
