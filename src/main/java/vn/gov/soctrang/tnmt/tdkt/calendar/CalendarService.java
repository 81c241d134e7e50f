package vn.gov.soctrang.tnmt.tdkt.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Deadlines in the Department's time zone, counted in working days against the holiday list. */
@Service
@Transactional(readOnly = true)
public class CalendarService {

  /** Deadlines fall due at the end of the office day. */
  public static final LocalTime END_OF_OFFICE_DAY = LocalTime.of(17, 0);
  /** Reminders go out at the start of the office day. */
  public static final LocalTime START_OF_OFFICE_DAY = LocalTime.of(8, 0);

  private final HolidayRepository holidays;
  private final Clock clock;

  public CalendarService(HolidayRepository holidays, Clock clock) {
    this.holidays = holidays;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public LocalDate addWorkingDays(LocalDate start, int days) {
    // Look far enough ahead: even around Tết, N working days lie within 2N + 30 calendar days.
    WorkingDays calendar = new WorkingDays(holidays.findByDateBetween(start, start.plusDays(2L * days + 30))
        .stream().map(Holiday::getDate).collect(Collectors.toSet()));
    return calendar.plus(start, days);
  }

  /** The instant a deadline on this date falls due. */
  public Date dueAt(LocalDate date) {
    return Date.from(ZonedDateTime.of(date, END_OF_OFFICE_DAY, clock.getZone()).toInstant());
  }

  /** The instant a reminder for this date goes out. */
  public Date remindAt(LocalDate date) {
    return Date.from(ZonedDateTime.of(date, START_OF_OFFICE_DAY, clock.getZone()).toInstant());
  }
}
