package vn.gov.soctrang.tnmt.tdkt.security;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Keeps the log readable while the database is unreachable: a warning or error whose exception comes from the
 * lost connection (the job executor's failed acquisition, the engine's metrics reporter, …) is written at most once
 * a minute per logger, with its stack trace; the repeats within the minute are dropped. Every other event passes
 * untouched. The requests refused meanwhile are counted by {@link DatabaseOutage} in one warning a minute.
 */
@Component
class DatabaseOutageLogging implements InitializingBean, DisposableBean {

  static final Duration ONCE_PER = Duration.ofMinutes(1);

  private final Throttle throttle = new Throttle();

  @Override
  public void afterPropertiesSet() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      throttle.setName("tdkt-database-outage");
      throttle.start();
      context.addTurboFilter(throttle);
    }
  }

  @Override
  public void destroy() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      context.getTurboFilterList().remove(throttle);
    }
  }

  static final class Throttle extends TurboFilter {

    private final Map<String, Long> lastWritten = new ConcurrentHashMap<>();

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
        Throwable t) {
      if (level == null || format == null || !level.isGreaterOrEqual(Level.WARN)) {
        return FilterReply.NEUTRAL;
      }
      Throwable error = t != null ? t : lastThrowable(params);
      if (error == null || !DatabaseOutage.causedBy(error)) {
        return FilterReply.NEUTRAL;
      }
      long now = System.nanoTime();
      Long last = lastWritten.get(logger.getName());
      if (last != null && now - last < ONCE_PER.toNanos()) {
        return FilterReply.DENY;
      }
      lastWritten.put(logger.getName(), now);
      return FilterReply.NEUTRAL;
    }

    private static Throwable lastThrowable(Object[] params) {
      return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable error
          ? error : null;
    }
  }
}
