package vn.gov.soctrang.tnmt.tdkt.security;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recognises an error that means the database cannot be reached (down, restarting, unreachable, or no connection
 * free within the pool's wait), and answers it: 503 with a Vietnamese message and a hint to retry, never the
 * technical detail. The detection looks only at the JDBC exceptions in the chain of causes, whatever wraps them
 * (Spring's transaction and data-access exceptions, Hibernate's, MyBatis', the engine's, Jersey's).
 */
final class DatabaseOutage {

  public static final String MESSAGE = "Cơ sở dữ liệu tạm thời không truy cập được, vui lòng thử lại sau ít phút.";
  /** Seconds a client is told to wait before trying again. */
  static final String RETRY_AFTER = "30";
  /** At most one warning per this period; the other refused requests are logged at debug level. */
  private static final Duration LOG_EVERY = Duration.ofMinutes(1);
  private static final int MAX_CAUSES = 64;
  private static final String HIKARI_CLOSED = "Connection is closed";
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutage.class);
  private static final AtomicLong lastWarning = new AtomicLong(Long.MIN_VALUE);
  private static final AtomicLong refusedSinceWarning = new AtomicLong();

  private DatabaseOutage() {
  }

  /** True when the error or one of its causes says the database connection failed or could not be had. */
  public static boolean causedBy(Throwable error) {
    int depth = 0;
    for (Throwable t = error; t != null && depth < MAX_CAUSES; t = t.getCause() == t ? null : t.getCause()) {
      depth++;
      if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql && (connectionState(sql.getSQLState()) || closedUnderneath(sql))) {
        return true;
      }
    }
    return false;
  }

  /**
   * SQLSTATE class 08 is "connection exception"; 57P01–57P03 are PostgreSQL's "terminating connection due to
   * administrator command", "crash shutdown" and "the database system is starting up / shutting down".
   */
  static boolean connectionState(String sqlState) {
    return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P"));
  }

  /**
   * The pool's answer to a caller still holding a connection that it has just evicted as broken (e.g. the rollback
   * after a statement failed with SQLSTATE 08006, which then replaces the original error).
   */
  private static boolean closedUnderneath(SQLException e) {
    return e.getSQLState() == null && HIKARI_CLOSED.equals(e.getMessage());
  }

  /** The answer of a JAX-RS API (the engine REST API, the webapps' own APIs). */
  static Response response() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "DatabaseUnavailable");
    body.put("message", MESSAGE);
    return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", RETRY_AFTER)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
  }

  /**
   * Logs a refused request without flooding the log: the first one, then one warning a minute with the number
   * refused since, each with the underlying cause in one line (no stack trace).
   */
  static void refused(String request, Throwable error) {
    long now = System.nanoTime();
    long last = lastWarning.get();
    long count = refusedSinceWarning.incrementAndGet();
    if ((last == Long.MIN_VALUE || now - last >= LOG_EVERY.toNanos()) && lastWarning.compareAndSet(last, now)) {
      refusedSinceWarning.set(0);
      LOG.warn("Database unavailable, answering 503 ({} request(s) refused since the last warning, latest {}): {}",
          count, request, rootCause(error));
    } else if (LOG.isDebugEnabled()) {
      LOG.debug("Database unavailable, answering 503 to {}: {}", request, rootCause(error));
    }
  }

  private static String rootCause(Throwable error) {
    Throwable root = error;
    for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < MAX_CAUSES; depth++) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
