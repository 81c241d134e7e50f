package vn.gov.soctrang.tnmt.tdkt.testclock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one place a test's "now" comes from: the application's {@link Clock} bean and the engine's clock
 * ({@link ClockUtil}, which drives timers, due dates and job locks) always show the same instant.
 *
 * <p>Each test starts at the suite's date: {@code -Dtdkt.test.now=2031-02-15} or {@code 2026-12-31T23:30} (a date
 * or a date-time in the Department's zone, Asia/Ho_Chi_Minh), {@value #DEFAULT_START} when not given. From there
 * the clock runs (the job executor of a child application needs time to pass); a test that is about a date pins it
 * with {@link AtDate}, and a test that moves through time calls {@link #freezeAt} and {@link #advance}.
 * {@link TestClockExtension} puts the clock back after every test.
 */
public final class TestClock extends Clock {

  /** The Department's zone, as {@code tdkt.zone} in application.yaml. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  /** The system property naming the suite's date. */
  public static final String PROPERTY = "tdkt.test.now";

  /** A Monday in the Department's working hours, far from New Year and Tết. */
  public static final String DEFAULT_START = "2026-11-16T09:00";

  private static final Instant START = parse(System.getProperty(PROPERTY, DEFAULT_START));
  private static final TestClock INSTANCE = new TestClock(ZONE);

  /** The instant the clock stands still at, or null while it runs. */
  private static volatile Instant frozen;
  /** While running: the clock's distance from the machine's clock. */
  private static volatile long offsetMillis;

  static {
    startAt(START);
  }

  private final ZoneId zone;

  private TestClock(ZoneId zone) {
    this.zone = zone;
  }

  /** The clock the application context gets as its {@code clock} bean. */
  public static Clock clock() {
    return INSTANCE;
  }

  /** Reads {@code 2026-12-31}, {@code 2026-12-31T23:30} (Department's zone) or an instant with its offset. */
  public static Instant parse(String text) {
    String value = text.trim();
    if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
      return java.time.OffsetDateTime.parse(value).toInstant();
    }
    if (value.contains("T")) {
      return LocalDateTime.parse(value).atZone(ZONE).toInstant();
    }
    return LocalDate.parse(value).atTime(9, 0).atZone(ZONE).toInstant();
  }

  /** The suite's date and time, where every test begins. */
  public static Instant start() {
    return START;
  }

  public static LocalDate startDate() {
    return LocalDate.ofInstant(START, ZONE);
  }

  /** The year of the suite's date: the year tests open their cycle for. */
  public static int startYear() {
    return startDate().getYear();
  }

  /** The clock runs from the given instant on. */
  public static synchronized void startAt(Instant at) {
    frozen = null;
    offsetMillis = at.toEpochMilli() - System.currentTimeMillis();
    ClockUtil.reset();
    ClockUtil.offset(offsetMillis);
  }

  /** The clock stands still at the given instant until it is moved or reset. */
  public static synchronized void freezeAt(Instant at) {
    frozen = at;
    ClockUtil.setCurrentTime(Date.from(at));
  }

  /** The clock stands still at nine in the morning of the given day. */
  public static void freezeAt(LocalDate day) {
    freezeAt(day.atTime(9, 0).atZone(ZONE).toInstant());
  }

  /** Moves the clock forward, standing or running as it was. */
  public static synchronized void advance(Duration duration) {
    Instant next = now().plus(duration);
    if (frozen != null) {
      freezeAt(next);
    } else {
      startAt(next);
    }
  }

  /** Back to the suite's date, running. */
  public static void reset() {
    startAt(START);
  }

  public static Instant now() {
    return INSTANCE.instant();
  }

  /** Today in the Department's zone. */
  public static LocalDate today() {
    return LocalDate.ofInstant(now(), ZONE);
  }

  /** Today plus (or minus) a number of calendar days, as the ISO text forms and REST take. */
  public static String daysFromToday(int days) {
    return today().plusDays(days).toString();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return other.equals(zone) ? this : new TestClock(other);
  }

  @Override
  public Instant instant() {
    Instant at = frozen;
    return at != null ? at : Instant.ofEpochMilli(System.currentTimeMillis() + offsetMillis);
  }

  @Override
  public long millis() {
    return instant().toEpochMilli();
  }
}
