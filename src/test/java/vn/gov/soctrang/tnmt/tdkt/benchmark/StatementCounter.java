package vn.gov.soctrang.tnmt.tdkt.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the application's DataSource so the benchmark can count the JDBC statements each step prepares (Camunda's
 * MyBatis prepares one per statement; a JDBC batch counts once). While {@link #record} is on, it also counts them by
 * SQL text, so a report can name the statements a completion spends. Everything else is passed through.
 */
final class StatementCounter implements BeanPostProcessor {

  static final AtomicLong PREPARED = new AtomicLong();
  private static final Map<String, AtomicLong> BY_SQL = new ConcurrentHashMap<>();
  private static volatile boolean recording;
  private static volatile boolean capturing;
  private static final List<Captured> CAPTURED = Collections.synchronizedList(new ArrayList<>());

  /** A statement as it was prepared, with the parameters bound to it (1-based positions). */
  record Captured(String sql, Map<Integer, Object> parameters) {
  }

  /** Starts keeping every prepared statement with its parameters, forgetting what was kept before. */
  static void capture() {
    CAPTURED.clear();
    capturing = true;
  }

  /** Stops keeping statements and returns those kept. */
  static List<Captured> stopCapture() {
    capturing = false;
    synchronized (CAPTURED) {
      return List.copyOf(CAPTURED);
    }
  }

  /** Starts counting statements by their text, forgetting what was counted before. */
  static void record() {
    BY_SQL.clear();
    recording = true;
  }

  /** Stops counting by text and returns the {@code limit} most frequent statements with their counts. */
  static Map<String, Long> stopAndTop(int limit) {
    recording = false;
    Map<String, Long> top = new LinkedHashMap<>();
    BY_SQL.entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<String, AtomicLong> e) -> e.getValue().get()).reversed())
        .limit(limit).forEach(e -> top.put(e.getKey(), e.getValue().get()));
    return top;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass())) {
      return Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
          handler(ds, true));
    }
    return bean;
  }

  private static InvocationHandler handler(Object target, boolean dataSource) {
    return (proxy, method, args) -> {
      if (method.getName().equals("equals") && args != null && args.length == 1) {
        return proxy == args[0];
      }
      if (method.getName().equals("hashCode") && (args == null || args.length == 0)) {
        return System.identityHashCode(proxy);
      }
      Object result = invoke(target, method, args);
      String name = method.getName();
      if (dataSource && name.equals("getConnection") && result instanceof Connection c) {
        return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
            handler(c, false));
      }
      if (!dataSource && (name.equals("prepareStatement") || name.equals("prepareCall")
          || name.equals("createStatement"))) {
        PREPARED.incrementAndGet();
        if (recording) {
          String sql = args != null && args.length > 0 && args[0] instanceof String s ? shorten(s) : name + "()";
          BY_SQL.computeIfAbsent(sql, k -> new AtomicLong()).incrementAndGet();
        }
        if (capturing && result instanceof PreparedStatement ps && args != null && args[0] instanceof String sql) {
          Captured captured = new Captured(sql, new TreeMap<>());
          CAPTURED.add(captured);
          return Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
              new Class<?>[] {PreparedStatement.class}, binding(ps, captured));
        }
      }
      return result;
    };
  }

  /** Passes everything through and notes each parameter bound with a {@code setXxx(index, value, …)} call. */
  private static InvocationHandler binding(PreparedStatement target, Captured captured) {
    return (proxy, method, args) -> {
      if (method.getName().startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer i) {
        captured.parameters().put(i, method.getName().equals("setNull") ? null : args[1]);
      }
      return invoke(target, method, args);
    };
  }

  /** The statement's text on one line, cut to a length a report can show. */
  static String shorten(String sql) {
    String line = sql.replaceAll("\\s+", " ").strip();
    return line.length() > 160 ? line.substring(0, 160) + "…" : line;
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
