package vn.gov.soctrang.tnmt.tdkt.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditAction;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditService;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditedObject;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;

/**
 * Deadlines in the Department's time zone, counted in working days against the office calendar: the days off and
 * the make-up working days of the {@code holiday} table, and which years are officially announced.
 */
@Service
@Transactional(readOnly = true)
public class CalendarService {

  /** Deadlines fall due at the end of the office day. */
  public static final LocalTime END_OF_OFFICE_DAY = LocalTime.of(17, 0);
  /** Reminders go out at the start of the office day. */
  public static final LocalTime START_OF_OFFICE_DAY = LocalTime.of(8, 0);

  static final int MAX_NAME = 200;
  static final int MAX_NOTE = 1000;
  /** Years an administrator may record; anything outside is a typing error. */
  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;

  private final HolidayRepository holidays;
  private final CalendarYearRepository years;
  private final Clock clock;
  private final AuditService audit;

  public CalendarService(HolidayRepository holidays, CalendarYearRepository years, Clock clock, AuditService audit) {
    this.holidays = holidays;
    this.years = years;
    this.clock = clock;
    this.audit = audit;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The year's days off and make-up working days, by date. */
  public List<Holiday> holidaysOf(int year) {
    return holidays.findByDateBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
        .sorted(Comparator.comparing(Holiday::getDate)).toList();
  }

  /** The year's rows and whether they are announced. */
  public YearCalendar calendarOf(int year) {
    requireYear(year);
    CalendarYear recorded = years.findById(year).orElse(null);
    return new YearCalendar(year, recorded == null ? CalendarYearStatus.PROVISIONAL : recorded.getStatus(),
        recorded == null ? null : recorded.getNote(), holidaysOf(year));
  }

  /** Whether the year's days off are still an estimate (no announcement recorded). */
  public boolean isProvisional(int year) {
    return years.findById(year).map(CalendarYear::isProvisional).orElse(true);
  }

  /** Those of the given years whose days off are not announced yet, in order. */
  public SortedSet<Integer> provisionalAmong(Collection<Integer> candidates) {
    SortedSet<Integer> provisional = new TreeSet<>(candidates);
    if (provisional.isEmpty()) {
      return provisional;
    }
    years.findByYearIn(Set.copyOf(candidates)).stream().filter(y -> !y.isProvisional())
        .map(CalendarYear::getYear).forEach(provisional::remove);
    return provisional;
  }

  /** Adds a holiday or compensatory day off announced for the year (or renames an existing row, keeping its kind). */
  @Transactional
  public Holiday saveHoliday(LocalDate date, String name) {
    return saveHoliday(date, name, null, null);
  }

  /**
   * Adds or changes one dated row. {@code kind} is DAY_OFF or WORKING_DAY; left out, a new row is a day off and an
   * existing one keeps its kind. {@code note} (the announcement it comes from) left out keeps the row's note.
   */
  @Transactional
  public Holiday saveHoliday(LocalDate date, String name, String kind, String note) {
    Problems problems = new Problems();
    problems.addIf(date == null, "Vui lòng chọn ngày.");
    problems.addIf(name == null || name.isBlank() || name.length() > MAX_NAME,
        "Vui lòng nhập tên ngày nghỉ hoặc ngày làm bù (tối đa " + MAX_NAME + " ký tự).");
    HolidayKind chosen = null;
    if (kind != null) {
      chosen = HolidayKind.byName(kind).orElse(null);
      problems.addIf(chosen == null, (kind.isBlank() ? "Vui lòng chọn loại ngày" : "Loại ngày «" + shortened(kind)
          + "» không hợp lệ") + ": DAY_OFF (ngày nghỉ) hoặc WORKING_DAY (ngày làm bù).");
    }
    problems.addIf(note != null && note.length() > MAX_NOTE,
        "Ghi chú nguồn (văn bản công bố) tối đa " + MAX_NOTE + " ký tự.");
    problems.throwIfAny();
    Holiday holiday = holidays.findByDate(date).orElse(null);
    HolidayKind newKind = chosen != null ? chosen : holiday == null ? HolidayKind.DAY_OFF : holiday.getKind();
    if (newKind == HolidayKind.WORKING_DAY && !isWeekend(date)) {
      throw new InvalidInputException("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; ngày "
          + VietnameseDates.format(date) + " vốn đã là ngày làm việc.");
    }
    String newNote = note == null ? (holiday == null ? null : holiday.getNote()) : blankToNull(note);
    if (holiday == null) {
      Holiday created = holidays.save(new Holiday(date, name.strip(), newKind, newNote));
      audit.record(AuditedObject.HOLIDAY, date, AuditAction.CREATED, null, CalendarSnapshots.of(created));
      return created;
    }
    var before = CalendarSnapshots.of(holiday);
    holiday.change(name.strip(), newKind, newNote);
    if (AuditService.changed(before, CalendarSnapshots.of(holiday))) {
      audit.record(AuditedObject.HOLIDAY, date, AuditAction.UPDATED, before, CalendarSnapshots.of(holiday));
    }
    return holiday;
  }

  @Transactional
  public void removeHoliday(LocalDate date) {
    Holiday holiday = holidays.findByDate(date).orElseThrow(() -> new InvalidInputException(
        "Ngày " + VietnameseDates.format(date) + " không có trong danh sách ngày nghỉ và ngày làm bù."));
    holidays.delete(holiday);
    audit.record(AuditedObject.HOLIDAY, date, AuditAction.DELETED, CalendarSnapshots.of(holiday), null);
  }

  /**
   * Records that a year's days off are announced (with the announcement in the note) or still provisional. An
   * announced year needs its source.
   */
  @Transactional
  public YearCalendar markYear(int year, String status, String note) {
    Problems problems = new Problems();
    problems.addIf(year < FIRST_YEAR || year > LAST_YEAR,
        "Năm " + year + " không hợp lệ: chọn năm từ " + FIRST_YEAR + " đến " + LAST_YEAR + ".");
    CalendarYearStatus chosen = CalendarYearStatus.byName(status).orElse(null);
    problems.addIf(chosen == null, (status == null || status.isBlank() ? "Vui lòng chọn trạng thái của năm"
        : "Trạng thái «" + shortened(status) + "» không hợp lệ")
        + ": ANNOUNCED (đã công bố chính thức) hoặc PROVISIONAL (dự kiến, chưa công bố).");
    problems.addIf(chosen == CalendarYearStatus.ANNOUNCED && (note == null || note.isBlank()),
        "Vui lòng ghi văn bản công bố lịch nghỉ của năm (số, ngày, cơ quan ban hành).");
    problems.addIf(note != null && note.length() > MAX_NOTE,
        "Ghi chú nguồn (văn bản công bố) tối đa " + MAX_NOTE + " ký tự.");
    problems.throwIfAny();
    String newNote = blankToNull(note);
    CalendarYear recorded = years.findById(year).orElse(null);
    if (recorded == null) {
      CalendarYear created = years.save(new CalendarYear(year, chosen, newNote));
      audit.record(AuditedObject.CALENDAR_YEAR, year, AuditAction.CREATED, null, CalendarSnapshots.of(created));
    } else {
      var before = CalendarSnapshots.of(recorded);
      recorded.mark(chosen, newNote);
      if (AuditService.changed(before, CalendarSnapshots.of(recorded))) {
        audit.record(AuditedObject.CALENDAR_YEAR, year, AuditAction.UPDATED, before, CalendarSnapshots.of(recorded));
      }
    }
    return calendarOf(year);
  }

  /** The office calendar between two dates (both included), from the rows of both kinds. */
  public WorkingDays workingDays(LocalDate from, LocalDate to) {
    List<Holiday> rows = holidays.findByDateBetween(from, to);
    return new WorkingDays(
        rows.stream().filter(Holiday::isDayOff).map(Holiday::getDate).collect(Collectors.toSet()),
        rows.stream().filter(Holiday::isWorkingDay).map(Holiday::getDate).collect(Collectors.toSet()));
  }

  public LocalDate addWorkingDays(LocalDate start, int days) {
    // Look far enough ahead: even around Tết, N working days lie within 2N + 30 calendar days.
    return workingDays(start, start.plusDays(2L * days + 30)).plus(start, days);
  }

  /** The working days from one date to another, both included. */
  public int countWorkingDays(LocalDate from, LocalDate to) {
    return workingDays(from, to).count(from, to);
  }

  /** The instant a deadline on this date falls due. */
  public Date dueAt(LocalDate date) {
    return Date.from(ZonedDateTime.of(date, END_OF_OFFICE_DAY, clock.getZone()).toInstant());
  }

  /** The instant a reminder for this date goes out. */
  public Date remindAt(LocalDate date) {
    return Date.from(ZonedDateTime.of(date, START_OF_OFFICE_DAY, clock.getZone()).toInstant());
  }

  private static void requireYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new InvalidInputException(
          "Năm " + year + " không hợp lệ: chọn năm từ " + FIRST_YEAR + " đến " + LAST_YEAR + ".");
    }
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** What a user typed, cut short enough to quote back in a message. */
  private static String shortened(String text) {
    String stripped = text.strip();
    return stripped.length() <= 40 ? stripped : stripped.substring(0, 40) + "…";
  }
}
