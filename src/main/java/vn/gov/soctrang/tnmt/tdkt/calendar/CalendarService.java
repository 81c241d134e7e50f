package vn.gov.soctrang.tnmt.tdkt.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditAction;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditService;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditSnapshots;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditedObject;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;

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
  private final AuditService audit;

  public CalendarService(HolidayRepository holidays, Clock clock, AuditService audit) {
    this.holidays = holidays;
    this.clock = clock;
    this.audit = audit;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public List<Holiday> holidaysOf(int year) {
    return holidays.findByDateBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
        .sorted(Comparator.comparing(Holiday::getDate)).toList();
  }

  /** Adds a holiday or compensatory day off announced for the year (or renames an existing one). */
  @Transactional
  public Holiday saveHoliday(LocalDate date, String name) {
    Problems problems = new Problems();
    problems.addIf(date == null, "Vui lòng chọn ngày nghỉ.");
    problems.addIf(name == null || name.isBlank() || name.length() > 200, "Vui lòng nhập tên ngày nghỉ (tối đa 200 ký tự).");
    problems.throwIfAny();
    Holiday holiday = holidays.findByDate(date).orElse(null);
    if (holiday == null) {
      Holiday created = holidays.save(new Holiday(date, name.strip()));
      audit.record(AuditedObject.HOLIDAY, date, AuditAction.CREATED, null, AuditSnapshots.of(created));
      return created;
    }
    var before = AuditSnapshots.of(holiday);
    holiday.rename(name.strip());
    if (AuditService.changed(before, AuditSnapshots.of(holiday))) {
      audit.record(AuditedObject.HOLIDAY, date, AuditAction.UPDATED, before, AuditSnapshots.of(holiday));
    }
    return holiday;
  }

  @Transactional
  public void removeHoliday(LocalDate date) {
    Holiday holiday = holidays.findByDate(date).orElseThrow(() -> new InvalidInputException(
        "Ngày " + VietnameseDates.format(date) + " không có trong danh sách ngày nghỉ."));
    holidays.delete(holiday);
    audit.record(AuditedObject.HOLIDAY, date, AuditAction.DELETED, AuditSnapshots.of(holiday), null);
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
